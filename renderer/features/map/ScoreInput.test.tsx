// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScaleView } from './ScaleView';
import { ScoreInput } from './ScoreInput';

beforeAll(async () => {
  await import('../../app/i18n');
});
afterEach(cleanup);

describe('a participant types their own number', () => {
  it.each([
    ['11', 'Skalaen går fra 0 til 10'],
    ['6,5', 'Skalering er hele tal – vælg fx 6 eller 7'],
    ['otte', 'Skriv et helt tal fra 0 til 10'],
  ])('%j is refused with "%s", kept in the field and not saved', (typed, message) => {
    const save = vi.fn(async () => undefined);
    render(<ScoreInput name="Camilla Nielsen" value={null} previous={4} save={save} />);
    const field = screen.getByLabelText('Camilla Nielsen');
    fireEvent.change(field, { target: { value: typed } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect((field as HTMLInputElement).value).toBe(typed);
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByText('sidst: 4')).toBeTruthy();
  });

  it('saves a whole number from 0 to 10', () => {
    const save = vi.fn(async () => undefined);
    render(<ScoreInput name="Lars Berg" value={null} previous={null} save={save} />);
    fireEvent.change(screen.getByLabelText('Lars Berg'), { target: { value: '7' } });
    fireEvent.keyDown(screen.getByLabelText('Lars Berg'), { key: 'Enter' });
    expect(save).toHaveBeenCalledWith(7);
  });
});

it('the scale shows one mark per person, shared marks stacked, and the spread in words', () => {
  render(
    <ScaleView
      marks={[
        { name: 'Camilla Nielsen', value: 4 },
        { name: 'Lars Berg', value: 6 },
        { name: 'Sara Lund', value: 4 },
      ]}
    />,
  );
  expect(screen.getByRole('img').getAttribute('aria-label')).toBe('3 har skaleret: fra 4 til 6, midt på 4');
  expect(screen.getByTitle('Camilla Nielsen: 4').textContent).toBe('CN');
  expect(screen.getAllByText(/^(CN|LB|SL)$/)).toHaveLength(3);
});
