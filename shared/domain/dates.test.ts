import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, isoWeek, parseDanishDate } from './dates';

describe('Danish dates', () => {
  it.each([
    [new Date(2026, 0, 5), '05.01.2026'],
    [new Date(2026, 11, 31), '31.12.2026'],
  ])('formats %s as dd.mm.yyyy', (date, expected) => expect(formatDate(date)).toBe(expected));

  it('formats times as HH.mm', () => expect(formatTime(new Date(2026, 0, 5, 9, 5))).toBe('09.05'));

  it.each([
    ['2026-01-01', 2026, 1],
    ['2027-01-01', 2026, 53],
    ['2021-01-03', 2020, 53],
    ['2024-12-30', 2025, 1],
    ['2026-11-26', 2026, 48],
  ])('ISO week of %s is %i-W%i', (day, year, week) => {
    const [y, m, d] = day.split('-').map(Number);
    expect(isoWeek(new Date(y!, m! - 1, d!))).toEqual({ year, week });
  });

  it.each([
    ['05.01.2026', '2026-01-05'],
    ['5.1.2026', '2026-01-05'],
    ['31.02.2026', null],
    ['2026-01-05', null],
    ['', null],
  ])('parses %j', (text, expected) => expect(parseDanishDate(text)).toBe(expected));
});
