/** Pure rules of running a meeting: statuses, the phase timer, attendance and unusual dates. */
export const MEETING_STATUSES = ['planned', 'running', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ATTENDANCE = ['invited', 'present', 'absent', 'phone'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** What the shared screen does: follow the facilitator, go black, or hold the phase it showed. */
export const PRESENTER_MODES = ['live', 'blackout', 'freeze'] as const;
export type PresenterMode = (typeof PRESENTER_MODES)[number];

/** Shared notes may reach the shared screen; fortrolige notes are for professionals only and never leave the console. */
export const NOTE_KINDS = ['shared', 'confidential'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Elapsed seconds of a phase timer: what was banked plus the running stretch, if any. */
export function elapsedSeconds(timer: { elapsedSeconds: number; runningSince: string | null }, now: Date): number {
  if (!timer.runningSince) return timer.elapsedSeconds;
  const running = Math.max(0, Math.floor((now.getTime() - new Date(timer.runningSince).getTime()) / 1000));
  return timer.elapsedSeconds + running;
}

export type TimerTone = 'calm' | 'nearing' | 'over';

/**
 * A calm overrun signal: the last 10 % (at least one minute) is "nearing", past the plan is "over".
 * Meetings overrun a little all the time; the facilitator needs a hint, not an alarm.
 */
export function timerTone(elapsed: number, plannedMinutes: number): TimerTone {
  const planned = plannedMinutes * 60;
  if (planned <= 0) return 'calm';
  if (elapsed > planned) return 'over';
  if (elapsed >= planned - Math.max(60, planned * 0.1)) return 'nearing';
  return 'calm';
}

/** m:ss, or h:mm:ss past an hour. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** How far from today a meeting date may be before we ask "are you sure?" (typing 2062 for 2026 happens). */
export const UNUSUAL_PAST_DAYS = 30;
export const UNUSUAL_FUTURE_DAYS = 365;

export type DateConcern = 'far_past' | 'far_future' | null;

export function meetingDateConcern(startsAt: string, now: Date): DateConcern {
  const days = (new Date(startsAt).getTime() - now.getTime()) / 86_400_000;
  if (days < -UNUSUAL_PAST_DAYS) return 'far_past';
  if (days > UNUSUAL_FUTURE_DAYS) return 'far_future';
  return null;
}

export const DATE_CONCERN_MESSAGES: Record<Exclude<DateConcern, null>, string> = {
  far_past: 'Datoen ligger mere end en måned tilbage. Bekræft, at det er rigtigt (fx et møde, der registreres bagefter).',
  far_future: 'Datoen ligger mere end et år ude i fremtiden. Bekræft, at det er rigtigt.',
};

/** Local 'yyyy-mm-ddTHH:mm' from a date and a time field, or null when either is missing/invalid. */
export function combineDateTime(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const [h, m] = time.split(':').map(Number);
  if (h! > 23 || m! > 59) return null;
  return `${day}T${time}`;
}

/** The index of the next/previous phase, clamped to the list. */
export function stepPhase(currentIndex: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1;
  return Math.min(count - 1, Math.max(0, currentIndex + delta));
}
