import { describe, expect, it } from 'vitest';
import { danishHolidays, easterSunday, holidayOn, isWorkingDay, nearestWorkingDays } from './holidays';

// Year, Skærtorsdag, Langfredag, Påskedag, 2. påskedag, Kristi himmelfartsdag, Pinsedag, 2. pinsedag.
const EASTER_BASED: [number, string, string, string, string, string, string, string][] = [
  [2024, '2024-03-28', '2024-03-29', '2024-03-31', '2024-04-01', '2024-05-09', '2024-05-19', '2024-05-20'],
  [2025, '2025-04-17', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-29', '2025-06-08', '2025-06-09'],
  [2026, '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25'],
  [2027, '2027-03-25', '2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-16', '2027-05-17'],
  [2028, '2028-04-13', '2028-04-14', '2028-04-16', '2028-04-17', '2028-05-25', '2028-06-04', '2028-06-05'],
  [2029, '2029-03-29', '2029-03-30', '2029-04-01', '2029-04-02', '2029-05-10', '2029-05-20', '2029-05-21'],
  [2030, '2030-04-18', '2030-04-19', '2030-04-21', '2030-04-22', '2030-05-30', '2030-06-09', '2030-06-10'],
  [2031, '2031-04-10', '2031-04-11', '2031-04-13', '2031-04-14', '2031-05-22', '2031-06-01', '2031-06-02'],
  [2032, '2032-03-25', '2032-03-26', '2032-03-28', '2032-03-29', '2032-05-06', '2032-05-16', '2032-05-17'],
];
const NAMES = ['Skærtorsdag', 'Langfredag', 'Påskedag', '2. påskedag', 'Kristi himmelfartsdag', 'Pinsedag', '2. pinsedag'];

describe('Danish holidays', () => {
  it.each(EASTER_BASED.map((row) => [row[0], row[3]] as const))('Easter Sunday %i is %s', (year, easter) => expect(easterSunday(year)).toBe(easter));

  describe.each(EASTER_BASED)('the Easter-based holidays of %i', (year, ...days) => {
    it.each(days.map((day, i) => [NAMES[i]!, day]))('%s is %s and no working day', (name, day) => {
      expect(holidayOn(day)?.name).toBe(name);
      expect(isWorkingDay(day)).toBe(false);
    });
    it('has no Store bededag any more (abolished from 2024)', () => {
      expect(danishHolidays(year).map((h) => h.name)).not.toContain('Store bededag');
    });
  });

  it('still knew Store bededag in 2023 (4th Friday after Easter)', () => expect(holidayOn('2023-05-05')?.name).toBe('Store bededag'));

  it.each([
    ['2026-01-01', 'Nytårsdag'],
    ['2026-06-05', 'Grundlovsdag'],
    ['2026-12-24', 'Juleaftensdag'],
    ['2026-12-25', 'Juledag'],
    ['2026-12-26', '2. juledag'],
    ['2026-12-31', 'Nytårsaftensdag'],
  ])('%s is %s', (day, name) => expect(holidayOn(day)?.name).toBe(name));

  it.each([
    ['2026-05-01', true, '1. maj is a working day for most municipal staff'],
    ['2026-12-23', true, 'the day before Christmas Eve'],
    ['2026-11-28', false, 'a Saturday'],
    ['2026-11-29', false, 'a Sunday'],
    ['2027-05-07', true, 'the Friday after Kristi himmelfart'],
  ])('%s working day: %s (%s)', (day, expected) => expect(isWorkingDay(day)).toBe(expected));

  it.each([
    // Across the year boundary: 31.12 and 1.1 are closed, so is the weekend after.
    ['2026-12-31', ['2026-12-30', '2026-12-29', '2026-12-28']],
    ['2027-01-01', ['2026-12-30', '2026-12-29', '2027-01-04']],
    // Easter 2027: Thursday to Monday closed.
    ['2027-03-26', ['2027-03-24', '2027-03-23', '2027-03-22']],
    ['2027-05-06', ['2027-05-05', '2027-05-07', '2027-05-04']],
  ])('the working days nearest %s are %j (nearest first, earlier on ties)', (day, expected) =>
    expect(nearestWorkingDays(day, 3)).toEqual(expected),
  );
});
