import { holidayOn, isWorkingDay, nearestWorkingDays } from './holidays';
import { addDays, addMonths, daysBetween, isoWeekOfDay, isWeekend, type LocalDateTime } from './localTime';

/**
 * Follow-up rules: when the next meeting should be (cadence presets from DOMAIN.md, per case with an override),
 * the proposal Kreds makes (a working day inside the window, same weekday and wall-clock time when possible),
 * and what is wrong with a date the facilitator picks instead.
 */

export const CADENCE_PRESETS = ['network_meeting', 'placement', 'preventive', 'statutory_95'] as const;
export type CadencePreset = (typeof CADENCE_PRESETS)[number];

/** Days after the meeting: the earliest, the default and the latest acceptable day. */
export interface Interval {
  minDays: number;
  targetDays: number;
  maxDays: number;
}

export interface CaseCadence {
  preset: CadencePreset;
  /** The case's own interval between follow-ups (after the first), in weeks; null = the preset's. */
  overrideWeeks: number | null;
  /** Why this cadence: required for an override and for § 95 (the reason is given to the child and parents). */
  reason: string;
  /** § 95: the day the support started; the first follow-up is due at the latest 3 months later. */
  supportStartDate: string | null;
}

export const DEFAULT_CADENCE: CaseCadence = { preset: 'network_meeting', overrideWeeks: null, reason: '', supportStartDate: null };

const weeks = (min: number, target: number, max: number): Interval => ({ minDays: min * 7, targetDays: target * 7, maxDays: max * 7 });

/**
 * The presets' windows. Fixed cadences get a window of about a week either side so a holiday can be avoided;
 * "every 3 months" is 13 weeks so the weekday stays the same.
 */
export const PRESET_INTERVALS: Record<Exclude<CadencePreset, 'statutory_95'>, { first: Interval; then: Interval }> = {
  network_meeting: { first: weeks(6, 7, 8), then: weeks(6, 7, 8) },
  placement: { first: { minDays: 11, targetDays: 14, maxDays: 17 }, then: weeks(5, 6, 7) },
  preventive: { first: weeks(3, 4, 5), then: weeks(12, 13, 14) },
};

/** The interval a case's own cadence gives: N weeks, give or take a week (3 days for short cadences). */
export function overrideInterval(overrideWeeks: number): Interval {
  const slack = overrideWeeks >= 4 ? 7 : 3;
  const target = overrideWeeks * 7;
  return { minDays: Math.max(1, target - slack), targetDays: target, maxDays: target + slack };
}

export interface Window {
  earliest: string;
  target: string;
  latest: string;
}

/** The window for the next follow-up after a meeting on meetingDay. */
export function followUpWindow(meetingDay: string, cadence: CaseCadence, isFirst: boolean): Window {
  const relative = (interval: Interval): Window => ({
    earliest: addDays(meetingDay, interval.minDays),
    target: addDays(meetingDay, interval.targetDays),
    latest: addDays(meetingDay, interval.maxDays),
  });
  if (!isFirst && cadence.overrideWeeks) return relative(overrideInterval(cadence.overrideWeeks));
  if (cadence.preset !== 'statutory_95') {
    const preset = PRESET_INTERVALS[cadence.preset];
    return relative(isFirst ? preset.first : preset.then);
  }
  if (!isFirst) return relative(PRESET_INTERVALS.network_meeting.then);
  // § 95: at the latest 3 months after support started; aim for 7 weeks after this meeting when that is earlier.
  const deadline = addMonths(cadence.supportStartDate ?? meetingDay, 3);
  const earliest = addDays(meetingDay, Math.min(14, Math.max(1, daysBetween(meetingDay, deadline))));
  const sevenWeeks = addDays(meetingDay, 49);
  const target = sevenWeeks < deadline ? sevenWeeks : deadline;
  return { earliest: earliest < target ? earliest : target, target, latest: deadline };
}

/** § 95 after the first follow-up needs a cadence decided for the case; until then the network default applies. */
export function cadenceNeedsDecision(cadence: CaseCadence): boolean {
  return cadence.preset === 'statutory_95' && !cadence.overrideWeeks;
}

export interface Proposal {
  start: LocalDateTime;
  window: Window;
  /** Why the proposal is not on the window's target day (a holiday's name or 'weekend'), or null. */
  movedFrom: { date: string; reason: string } | null;
  insideWindow: boolean;
  week: number;
}

/** Working days of the window, nearest to the target first (earlier first at equal distance). */
export function workingDaysInWindow(window: Window): string[] {
  const days: string[] = [];
  for (let day = window.earliest; day <= window.latest; day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day);
  return days;
}

/**
 * The next meeting Kreds proposes: the window's target day (by default 7 weeks on, so the same weekday) at the same
 * wall-clock time, moved to the nearest working day inside the window when the target is a weekend or holiday.
 */
export function proposeNextMeeting(meetingStart: LocalDateTime, cadence: CaseCadence = DEFAULT_CADENCE, isFirst = true): Proposal {
  const window = followUpWindow(meetingStart.date, cadence, isFirst);
  const distance = (day: string) => Math.abs(daysBetween(window.target, day));
  const inWindow = workingDaysInWindow(window).sort((a, b) => distance(a) - distance(b) || a.localeCompare(b));
  const date = isWorkingDay(window.target) ? window.target : (inWindow[0] ?? nearestWorkingDays(window.target, 1)[0]!);
  const movedFrom = date === window.target ? null : { date: window.target, reason: nonWorkingReason(window.target) };
  return {
    start: { date, time: meetingStart.time },
    window,
    movedFrom,
    insideWindow: date >= window.earliest && date <= window.latest,
    week: isoWeekOfDay(date).week,
  };
}

/** A holiday's name, or 'weekend'. */
export function nonWorkingReason(day: string): string {
  return holidayOn(day)?.name ?? (isWeekend(day) ? 'weekend' : '');
}

export const EARLIEST_USUAL_TIME = '07:00';
export const LATEST_USUAL_TIME = '19:00';

export type DateProblem =
  | { code: 'past' }
  | { code: 'weekend' }
  | { code: 'holiday'; name: string }
  | { code: 'outside_window'; window: Window }
  | { code: 'unusual_time' };

export interface DateCheck {
  problems: DateProblem[];
  /** Past, weekend or holiday: the date cannot be saved; these working days are offered instead. */
  blocked: boolean;
  suggestions: string[];
  needsReason: boolean;
  needsTimeConfirmation: boolean;
}

/** What is wrong with a date the facilitator picked, and which working days to offer instead. */
export function checkChosenStart(chosen: LocalDateTime, window: Window | null, now: LocalDateTime): DateCheck {
  const problems: DateProblem[] = [];
  const past = chosen.date < now.date || (chosen.date === now.date && chosen.time <= now.time);
  if (past) problems.push({ code: 'past' });
  const holiday = holidayOn(chosen.date);
  if (holiday) problems.push({ code: 'holiday', name: holiday.name });
  else if (isWeekend(chosen.date)) problems.push({ code: 'weekend' });
  if (window && (chosen.date < window.earliest || chosen.date > window.latest)) problems.push({ code: 'outside_window', window });
  const unusualTime = chosen.time < EARLIEST_USUAL_TIME || chosen.time > LATEST_USUAL_TIME;
  if (unusualTime) problems.push({ code: 'unusual_time' });
  const blocked = past || !isWorkingDay(chosen.date);
  const from = past ? addDays(now.date, 1) : chosen.date;
  const suggestions = blocked ? futureWorkingDaysNear(from, now.date, 3) : [];
  return {
    problems,
    blocked,
    suggestions,
    needsReason: problems.some((p) => p.code === 'outside_window'),
    needsTimeConfirmation: unusualTime,
  };
}

/** The working day before (when still ahead) and the working days after: a choice on both sides of the bad day. */
function futureWorkingDaysNear(day: string, today: string, count: number): string[] {
  const before = previousWorkingDay(day);
  const after: string[] = [];
  for (let d = day; after.length < count; d = addDays(d, 1)) if (isWorkingDay(d)) after.push(d);
  const choices = before > today ? [before, ...after.slice(0, count - 1)] : after;
  return choices.sort();
}

function previousWorkingDay(day: string): string {
  let d = addDays(day, -1);
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** One Danish sentence per problem, for error messages from the host (the screens use the i18n texts). */
export function describeProblem(problem: DateProblem): string {
  switch (problem.code) {
    case 'past':
      return 'Datoen er passeret';
    case 'weekend':
      return 'Datoen ligger i en weekend';
    case 'holiday':
      return `Datoen er ${problem.name}; der holdes ikke møder på helligdage og lukkedage`;
    case 'outside_window':
      return 'Datoen ligger uden for vinduet for opfølgning; skriv en kort begrundelse';
    case 'unusual_time':
      return 'Tidspunktet ligger uden for 07.00–19.00; bekræft det';
  }
}

/** The lengths the planner offers for a booking, in minutes. */
export const BOOKING_LENGTHS = [45, 60, 90, 120, 150] as const;

/**
 * How long to book the next meeting: as long as its phases run (rounded up to a quarter of an hour), or the
 * municipality's usual booking when that is longer. The default follow-up runs 105 minutes: a 90-minute booking left
 * the family in the room after the calendar said the meeting was over.
 */
export function bookingMinutes(usualMinutes: number, plannedMinutes: number): number {
  return Math.max(usualMinutes, Math.ceil(plannedMinutes / 15) * 15);
}
