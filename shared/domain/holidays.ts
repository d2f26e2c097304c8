import { addDays, isWeekend, makeDay } from './localTime';

/**
 * Days on which Danish municipalities do not hold meetings: the public holidays (helligdage) plus the days municipal
 * offices are closed by agreement (24.12, 31.12 and all of Grundlovsdag). Store bededag stopped being a holiday in 2024.
 */

export interface Holiday {
  /** 'yyyy-mm-dd' */
  date: string;
  /** Danish name, as a worker would say it. */
  name: string;
  /** A public holiday by law (helligdag) or a day off by municipal practice. */
  kind: 'public' | 'municipal';
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day);
}

const cache = new Map<number, Holiday[]>();

/** Every non-meeting day of a year, sorted by date. */
export function danishHolidays(year: number): Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fromEaster = (days: number, name: string): Holiday => ({ date: addDays(easter, days), name, kind: 'public' });
  const fixed = (month: number, day: number, name: string, kind: Holiday['kind'] = 'public'): Holiday => ({
    date: makeDay(year, month, day),
    name,
    kind,
  });
  const list: Holiday[] = [
    fixed(1, 1, 'Nytårsdag'),
    fromEaster(-3, 'Skærtorsdag'),
    fromEaster(-2, 'Langfredag'),
    fromEaster(0, 'Påskedag'),
    fromEaster(1, '2. påskedag'),
    ...(year < 2024 ? [fromEaster(26, 'Store bededag')] : []),
    fromEaster(39, 'Kristi himmelfartsdag'),
    fromEaster(49, 'Pinsedag'),
    fromEaster(50, '2. pinsedag'),
    fixed(6, 5, 'Grundlovsdag', 'municipal'),
    fixed(12, 24, 'Juleaftensdag', 'municipal'),
    fixed(12, 25, 'Juledag'),
    fixed(12, 26, '2. juledag'),
    fixed(12, 31, 'Nytårsaftensdag', 'municipal'),
  ].sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, list);
  return list;
}

export function holidayOn(day: string): Holiday | null {
  return danishHolidays(Number(day.slice(0, 4))).find((h) => h.date === day) ?? null;
}

export function isWorkingDay(day: string): boolean {
  return !isWeekend(day) && !holidayOn(day);
}

/**
 * The closest working days around a day (the day itself excluded), nearest first; at equal distance the earlier
 * day comes first, because a follow-up "at the latest" should rather come a day early than late.
 */
export function nearestWorkingDays(day: string, count = 3): string[] {
  const found: string[] = [];
  for (let distance = 1; found.length < count && distance <= 60; distance++) {
    for (const candidate of [addDays(day, -distance), addDays(day, distance)]) {
      if (found.length < count && isWorkingDay(candidate)) found.push(candidate);
    }
  }
  return found;
}

/** The next working day on or after a day. */
export function workingDayOnOrAfter(day: string): string {
  let candidate = day;
  while (!isWorkingDay(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}

/** The last working day before a day (a Monday meeting's eve is the Friday; Kristi himmelfart's the Wednesday). */
export function workingDayBefore(day: string): string {
  let candidate = addDays(day, -1);
  while (!isWorkingDay(candidate)) candidate = addDays(candidate, -1);
  return candidate;
}
