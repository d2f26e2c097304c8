/**
 * Calendar days and wall-clock times as plain strings ('yyyy-mm-dd', 'HH:mm'), so follow-up rules never depend on
 * the time zone of the machine running them. Municipal meetings live in Europe/Copenhagen; conversion to an instant
 * happens only at the edges (overdue checks, .ics), via Intl, which is available in Node and every browser.
 */

export const MEETING_TIME_ZONE = 'Europe/Copenhagen';

/** A meeting's local start in Copenhagen: the day and the wall-clock time people put in their calendars. */
export interface LocalDateTime {
  date: string;
  time: string;
}

const DAY_MS = 86_400_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayToUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

function utcToDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function makeDay(year: number, month: number, day: number): string {
  return utcToDay(Date.UTC(year, month - 1, day));
}

export function addDays(day: string, days: number): string {
  return utcToDay(dayToUtc(day) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayToUtc(to) - dayToUtc(from)) / DAY_MS);
}

/** Adds calendar months, clamping to the month's last day (31.01 + 1 month = 28/29.02). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(y!, m! - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  return makeDay(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, Math.min(d!, lastDay));
}

/** 1 = Monday … 7 = Sunday (Danish weeks start Monday). */
export function weekday(day: string): number {
  return new Date(dayToUtc(day)).getUTCDay() || 7;
}

export function isWeekend(day: string): boolean {
  return weekday(day) >= 6;
}

/** ISO 8601 week of a calendar day (week 1 holds the year's first Thursday). */
export function isoWeekOfDay(day: string): { year: number; week: number } {
  const thursday = dayToUtc(day) + (4 - weekday(day)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  return { year, week: Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1 };
}

export function isValidDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && utcToDay(dayToUtc(day)) === day;
}

/** Typed times, the Danish way: 'tt.mm', 'tt:mm' or 'tt' → 'HH:mm', or null. */
export function parseDanishTime(text: string): string | null {
  const match = /^\s*(\d{1,2})(?:[.:](\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2] ?? 0)];
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: MEETING_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Copenhagen wall-clock day and time of an instant. */
export function toCopenhagen(instant: Date): LocalDateTime {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes Copenhagen is ahead of UTC at an instant (60 in winter, 120 in summer). */
function copenhagenOffsetMinutes(instant: number): number {
  const local = toCopenhagen(new Date(instant));
  const [h, min] = local.time.split(':').map(Number);
  return Math.round((dayToUtc(local.date) + (h! * 60 + min!) * 60_000 - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The instant a Copenhagen wall-clock time happens (the night hour repeated in October is ambiguous; no meeting starts then). */
export function fromCopenhagen(local: LocalDateTime): Date {
  const [h, min] = local.time.split(':').map(Number);
  const asUtc = dayToUtc(local.date) + (h! * 60 + min!) * 60_000;
  let instant = asUtc - copenhagenOffsetMinutes(asUtc) * 60_000;
  instant = asUtc - copenhagenOffsetMinutes(instant) * 60_000;
  return new Date(instant);
}
