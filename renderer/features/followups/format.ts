import type { TFunction } from 'i18next';
import { isoWeekOfDay, toCopenhagen, weekday, type LocalDateTime } from '../../../shared/domain/localTime';

/** 'yyyy-mm-dd' → 'dd.mm.yyyy' without passing through a Date (no time-zone surprises). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

/** 'HH:mm' → 'HH.mm', the Danish way. */
export function formatClock(time: string): string {
  return time.replace(':', '.');
}

export function weekdayName(t: TFunction, day: string): string {
  return t(`followups:weekday.${weekday(day)}`);
}

/** "onsdag 05.05.2027 kl. 10.00 · uge 18" */
export function describeStart(t: TFunction, start: LocalDateTime): string {
  return t('followups:start', {
    weekday: weekdayName(t, start.date),
    date: formatDay(start.date),
    time: formatClock(start.time),
    week: isoWeekOfDay(start.date).week,
  });
}

/** The meeting's 'yyyy-mm-ddTHH:mm' as the meeting slice stores it. */
export function meetingLocalStart(startsAt: string): LocalDateTime {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(startsAt)) return { date: startsAt.slice(0, 10), time: startsAt.slice(11, 16) };
  return toCopenhagen(new Date(startsAt));
}

/** Saves text as a file through the browser's download (works in both hosts). */
export function downloadFile(fileName: string, content: string, type = 'text/calendar;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
