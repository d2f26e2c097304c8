/**
 * Scaling 0–10 (DOMAIN.md "Signs of Safety"): every present participant gives their own number per question;
 * the numbers over meetings show progress.
 */
export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

export const DEFAULT_SCALING_QUESTION =
  'På en skala fra 0 til 10, hvor 10 er, at barnet er tilstrækkeligt sikkert til at sagen kan lukkes, og 0 er, at barnet ikke kan bo hjemme – hvor er vi i dag?';

/** The wellbeing (trivsel) variant for early-help cases, where "cannot live at home" is the wrong picture. */
export const DEFAULT_WELLBEING_SCALING_QUESTION =
  'På en skala fra 0 til 10, hvor 10 er, at barnet trives så godt, at vi kan stoppe her, og 0 er, at det ikke kan blive værre – hvor er vi i dag?';

export const SCORE_MESSAGE = 'Skriv et helt tal fra 0 til 10';

/** Reads what the user typed into a score field: an integer 0–10, nothing (cleared), or a Danish reason. */
export function parseScore(input: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return { ok: false, message: SCORE_MESSAGE };
  const value = Number(text.replace(',', '.'));
  if (!Number.isInteger(value)) return { ok: false, message: 'Skalering er hele tal – vælg fx 6 eller 7' };
  if (value < SCALE_MIN || value > SCALE_MAX) return { ok: false, message: 'Skalaen går fra 0 til 10' };
  return { ok: true, value };
}

export interface Spread {
  count: number;
  min: number;
  max: number;
  median: number;
  /** max − min: how far apart the room is, which is often the conversation to have. */
  range: number;
}

export function spread(values: number[]): Spread | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: sorted.length, min: sorted[0]!, max: sorted[sorted.length - 1]!, median, range: sorted[sorted.length - 1]! - sorted[0]! };
}

/** Participants who gave the same number share one mark on the scale. */
export function marksByValue<T extends { value: number }>(scores: T[]): Map<number, T[]> {
  const marks = new Map<number, T[]>();
  for (const score of scores) marks.set(score.value, [...(marks.get(score.value) ?? []), score]);
  return marks;
}

export interface ScoreRecord {
  meetingId: string;
  meetingDate: string;
  /** The question's identity across meetings (questions carried forward keep it). */
  seriesId: string;
  participantId: string;
  value: number;
}

export interface TrendPoint {
  meetingId: string;
  meetingDate: string;
  value: number;
}

export interface TrendSeries {
  seriesId: string;
  participantId: string;
  points: TrendPoint[];
  /** Last value minus the one before it; null with fewer than two points. */
  lastChange: number | null;
}

/** One series per participant and question, points in meeting order. */
export function trendSeries(records: ScoreRecord[]): TrendSeries[] {
  const groups = new Map<string, ScoreRecord[]>();
  for (const record of records) {
    const key = `${record.seriesId}\u0000${record.participantId}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map((group) => {
    const points = group
      .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))
      .map(({ meetingId, meetingDate, value }) => ({ meetingId, meetingDate, value }));
    const last = points[points.length - 1]!;
    const before = points[points.length - 2];
    return { seriesId: group[0]!.seriesId, participantId: group[0]!.participantId, points, lastChange: before ? last.value - before.value : null };
  });
}

export interface ScoreChange {
  seriesId: string;
  participantId: string;
  before: number | null;
  after: number | null;
}

/** Scores that moved between two meetings (for "Siden sidst"), new and dropped ones included. */
export function scoreChanges(
  previous: { seriesId: string; participantId: string; value: number }[],
  current: { seriesId: string; participantId: string; value: number }[],
): ScoreChange[] {
  const key = (s: { seriesId: string; participantId: string }) => `${s.seriesId}\u0000${s.participantId}`;
  const before = new Map(previous.map((s) => [key(s), s]));
  const changes: ScoreChange[] = [];
  for (const s of current) {
    const old = before.get(key(s));
    before.delete(key(s));
    if (!old || old.value !== s.value) changes.push({ seriesId: s.seriesId, participantId: s.participantId, before: old?.value ?? null, after: s.value });
  }
  for (const old of before.values()) changes.push({ seriesId: old.seriesId, participantId: old.participantId, before: old.value, after: null });
  return changes;
}

export interface ScalingTrendLike {
  meetings: { meetingId: string; startsAt: string; status: string }[];
  questions: { seriesId: string; text: string }[];
  series: { seriesId: string; name: string; points: { meetingId: string; value: number }[] }[];
}

/**
 * The case page's "Seneste skalering": the newest meeting that was held (or is running) with numbers, and its question
 * with the most numbers. By status, not by date: a meeting booked for later but held today counts; numbers prepared
 * for a meeting still planned do not. Null when nobody has scaled in a held meeting yet.
 */
export function latestScaling(trend: ScalingTrendLike): { meetingId: string; startsAt: string; question: string; scores: { name: string; value: number }[] } | null {
  const meeting = trend.meetings.filter((m) => m.status === 'held' || m.status === 'running').sort((a, b) => a.startsAt.localeCompare(b.startsAt)).pop();
  if (!meeting) return null;
  const scoresOf = (seriesId: string) =>
    trend.series.filter((s) => s.seriesId === seriesId).flatMap((s) => s.points.filter((p) => p.meetingId === meeting.meetingId).map((p) => ({ name: s.name, value: p.value })));
  const ranked = trend.questions.map((q) => ({ question: q.text, scores: scoresOf(q.seriesId) })).sort((a, b) => b.scores.length - a.scores.length);
  const best = ranked[0];
  return best && best.scores.length > 0 ? { meetingId: meeting.meetingId, startsAt: meeting.startsAt, ...best } : null;
}
