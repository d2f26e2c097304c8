import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromCopenhagen, isoWeekOfDay, parseDanishTime, toCopenhagen, weekday } from './localTime';

describe('calendar days and Copenhagen wall-clock time', () => {
  it.each([
    ['2026-12-28', 3, '2026-12-31'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-26', 49, '2026-05-14'],
  ])('%s + %i days = %s', (day, n, expected) => expect(addDays(day, n)).toBe(expected));

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-29', 3, '2028-02-29'],
  ])('%s + %i months = %s (clamped to the month end)', (day, n, expected) => expect(addMonths(day, n)).toBe(expected));

  it.each([
    ['2026-11-23', 1],
    ['2026-11-29', 7],
  ])('%s is weekday %i (Monday = 1)', (day, expected) => expect(weekday(day)).toBe(expected));

  it.each([
    ['2026-12-31', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2020-12-31', 2020, 53],
    ['2032-12-31', 2032, 53],
    ['2024-12-30', 2025, 1],
    ['2025-12-29', 2026, 1],
  ])('ISO week of %s is %i uge %i (53-week years and year boundaries)', (day, year, week) => expect(isoWeekOfDay(day)).toEqual({ year, week }));

  it.each([
    [{ date: '2026-03-26', time: '10:00' }, '2026-03-26T09:00:00.000Z'],
    [{ date: '2026-03-29', time: '10:00' }, '2026-03-29T08:00:00.000Z'],
    [{ date: '2026-10-25', time: '10:00' }, '2026-10-25T09:00:00.000Z'],
    [{ date: '2026-07-01', time: '07:30' }, '2026-07-01T05:30:00.000Z'],
  ])('%j in Copenhagen is %s (summer time shifts the offset, not the wall clock)', (local, instant) => {
    expect(fromCopenhagen(local).toISOString()).toBe(instant);
    expect(toCopenhagen(new Date(instant))).toEqual(local);
  });

  it.each([
    ['10.00', '10:00'],
    ['9.30', '09:30'],
    ['14:15', '14:15'],
    ['8', '08:00'],
    ['24.00', null],
    ['10.60', null],
    ['kl. 10', null],
    ['', null],
  ])('reads the typed time %j as %j', (text, expected) => expect(parseDanishTime(text)).toBe(expected));
});
