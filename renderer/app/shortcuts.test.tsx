// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runShortcut, useShortcut } from './shortcuts';

vi.mock('../api', () => ({ onKredsEvent: () => () => undefined }));

function Handles({ id, onRun }: { id: string; onRun(): void }) {
  useShortcut(id, onRun);
  return null;
}

describe('useShortcut', () => {
  afterEach(() => document.body.replaceChildren());

  it('runs the newest mounted handler and falls back to the earlier one when it unmounts', () => {
    const everywhere = vi.fn();
    const meetingConsole = vi.fn();
    render(<Handles id="case.new" onRun={everywhere} />);
    const inner = render(<Handles id="case.new" onRun={meetingConsole} />);
    expect(runShortcut('case.new')).toBe(true);
    expect(meetingConsole).toHaveBeenCalledTimes(1);
    expect(everywhere).not.toHaveBeenCalled();
    inner.unmount();
    runShortcut('case.new');
    expect(everywhere).toHaveBeenCalledTimes(1);
  });

  it('reports a shortcut nobody handles right now', () => {
    expect(runShortcut('search.focus')).toBe(false);
  });
});
