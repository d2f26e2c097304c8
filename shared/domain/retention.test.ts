import { describe, expect, it } from 'vitest';
import { toIsoDay } from './dates';
import { deletionConfirmed, deletionDate, isDeletionDue } from './retention';

describe('retention of closed cases', () => {
  it.each([
    ['2026-03-02T09:00:00', 5, '2031-03-02'],
    ['2026-12-31T23:00:00', 1, '2027-12-31'],
    ['2028-02-29T12:00:00', 5, '2033-03-01'],
  ])('closed %s, kept %i years → deleted %s', (closedAt, years, day) => expect(toIsoDay(deletionDate(closedAt, years))).toBe(day));

  it('is due on the deletion day, not before', () => {
    expect(isDeletionDue('2026-03-02T09:00:00', 5, new Date('2031-03-01T23:59:00'))).toBe(false);
    expect(isDeletionDue('2026-03-02T09:00:00', 5, new Date('2031-03-02T00:00:00'))).toBe(true);
  });
});

describe('typing the name to confirm deletion', () => {
  it.each([
    ['Oliver', 'Oliver', true],
    ['Oliver', '  oliver ', true],
    ['Åse', 'åse', true],
    ['Oliver', 'Olive', false],
    ['Oliver', '', false],
  ])('%j typed as %j → %s', (name, typed, ok) => expect(deletionConfirmed(name, typed)).toBe(ok));
});
