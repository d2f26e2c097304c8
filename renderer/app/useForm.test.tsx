// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSubmit } from './useForm';

afterEach(cleanup);

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A save button that, like a page on a loaded machine, is drawn enabled again only some frames after the answer. */
function SlowForm({ redrawAfterFrames }: { redrawAfterFrames: number }) {
  const [slow, setSlow] = useState(false);
  const submit = useSubmit(
    async () => 'saved',
    () => {
      setSlow(true);
      let left = redrawAfterFrames;
      const tick = () => (--left > 0 ? requestAnimationFrame(tick) : setSlow(false));
      requestAnimationFrame(tick);
    },
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run();
      }}
    >
      <input aria-label="Hvad" />
      <button type="submit" disabled={submit.busy || slow}>
        Gem
      </button>
    </form>
  );
}

describe('useSubmit gives the keyboard focus back to the save button', () => {
  it('also when the enabled button is drawn several frames after the answer', async () => {
    render(<SlowForm redrawAfterFrames={5} />);
    const button = screen.getByRole('button', { name: 'Gem' });
    button.focus();
    await act(async () => {
      fireEvent.submit(button.closest('form')!);
      // The disabled button drops the focus, as a browser does.
      button.blur();
      for (let i = 0; i < 12; i++) await frame();
    });
    expect((button as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('leaves the focus where the user put it meanwhile', async () => {
    render(<SlowForm redrawAfterFrames={5} />);
    const button = screen.getByRole('button', { name: 'Gem' });
    const field = screen.getByRole('textbox', { name: 'Hvad' });
    button.focus();
    await act(async () => {
      fireEvent.submit(button.closest('form')!);
      button.blur();
      await frame();
      field.focus();
      for (let i = 0; i < 12; i++) await frame();
    });
    expect(document.activeElement).toBe(field);
  });
});
