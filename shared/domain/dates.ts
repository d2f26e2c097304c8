/** Danish date display rules: dd.mm.yyyy, HH.mm, weeks start Monday, ISO week numbers ("uge 7"). */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'yyyy-mm-dd' for a local calendar day. */
export function toIsoDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Parses 'yyyy-mm-dd' (or the date part of an ISO timestamp) as a local calendar day. */
export function fromIsoDay(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

export function formatDate(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

export function formatTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

export function formatDateTime(value: Date | string): string {
  return `${formatDate(value)} kl. ${formatTime(value)}`;
}

/** ISO 8601 week number: weeks start Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): { year: number; week: number } {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return { year: d.getUTCFullYear(), week };
}

/** Parses a Danish 'dd.mm.yyyy' into 'yyyy-mm-dd', or null when it is not a real date. */
export function parseDanishDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return toIsoDay(date);
}
