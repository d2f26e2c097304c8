// The review/search bench data set, written through the real services so the search index is built by the same
// triggers as in the app. A medium set (default 200 cases × 10 meetings) until the municipal-scale generator (issue 10)
// prepares a data dir; the measures in review.ts only need the ids returned here.
import { openDatabase } from '../../electron/db/connection';
import { writeCaseHistory, type MeetingSpec } from '../../electron/services/caseHistory';
import { createCase } from '../../electron/services/cases';
import type { ServiceContext } from '../../electron/services/context';
import { toIsoDay } from '../../shared/domain/dates';
import type { PhaseKind } from '../../shared/domain/meetingTemplates';
import { Random } from '../generator/random';
import { adultFirstNames, childNames, paragraphs, sentence, surnames } from '../generator/text';

export interface ReviewBenchData {
  /** A case with 50 meetings (the timeline target). */
  timelineCaseId: string;
  /** A held meeting with notes long enough for a summary of about ten pages. */
  longMeetingId: string;
  words: number;
}

const NOTE_PHASES: PhaseKind[] = ['child_voice', 'family_perspective', 'network_professionals', 'since_last'];
const PEOPLE = { child: 'child', mother: 'mother', father: 'father', grandparent: 'grandparent', teacher: 'teacher', ppr: 'ppr_psychologist', worker: 'social_worker' } as const;

function meetingSpecs(random: Random, child: string, count: number, wordsPerMeeting: number, start: Date): MeetingSpec[] {
  const specs: MeetingSpec[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i * 49);
    const present = Object.keys(PEOPLE).filter(() => random.chance(0.85));
    specs.push({
      type: i === 0 ? 'network_meeting' : 'follow_up',
      startsAt: `${toIsoDay(day)}T09:00`,
      present,
      notes: NOTE_PHASES.map((phase) => ({ phase, text: paragraphs(random, child, wordsPerMeeting / NOTE_PHASES.length).join('\n'), confidential: random.chance(0.1) })),
      map: Array.from({ length: random.int(2, 5) }, () => ({
        part: random.pick(['harm', 'complicating_factors', 'danger_statements', 'strengths', 'existing_safety', 'safety_goals', 'next_steps'] as const),
        text: sentence(random, child).slice(0, 900),
        confidential: random.chance(0.05),
      })),
      scores: Object.fromEntries(present.filter((p) => p !== 'child').map((p) => [p, random.int(2, 8)])),
      agreements: Array.from({ length: random.int(1, 3) }, () => ({ what: sentence(random, child).slice(0, 900), responsible: random.pick(Object.keys(PEOPLE)) })),
    });
  }
  return specs;
}

function writeCase(ctx: ServiceContext, random: Random, meetings: number, wordsPerMeeting: number): string {
  const child = random.pick(childNames);
  const worker = `${random.pick(adultFirstNames)} ${random.pick(surnames)}`;
  const caseId = createCase(ctx, { childName: child, birthYear: random.int(2010, 2022), caseType: 'network', responsibleWorker: worker }).id;
  const people = Object.fromEntries(
    Object.entries(PEOPLE).map(([key, role]) => [key, { name: key === 'child' ? child : `${random.pick(adultFirstNames)} ${random.pick(surnames)}`, role }]),
  );
  const start = new Date(2019 + random.int(0, 5), random.int(0, 11), random.int(1, 28));
  writeCaseHistory(ctx, { caseId, people, meetings: meetingSpecs(random, child, meetings, wordsPerMeeting, start) });
  return caseId;
}

/** Seeds the data dir and returns what the measures need. Each case is one transaction, as the app would write it. */
export function seedReviewData(dataDir: string, key: string, options = { cases: 200, meetingsPerCase: 10, wordsPerMeeting: 500, seed: 8 }): ReviewBenchData {
  const { db } = openDatabase(dataDir, key);
  const ctx: ServiceContext = { db, now: () => new Date('2026-05-14T10:00:00'), emit: () => undefined };
  const random = new Random(options.seed);
  try {
    for (let i = 0; i < options.cases; i++) db.transaction(() => writeCase(ctx, random, options.meetingsPerCase, options.wordsPerMeeting))();
    const timelineCaseId = db.transaction(() => writeCase(ctx, random, 50, 300))();
    const longCaseId = db.transaction(() => writeCase(ctx, random, 1, 5200))();
    const longMeetingId = (db.prepare('SELECT id FROM meetings WHERE case_id = ?').get(longCaseId) as { id: string }).id;
    const words = (db.prepare(`SELECT sum(length(body) - length(replace(body, ' ', '')) + 1) AS n FROM search_docs`).get() as { n: number }).n;
    return { timelineCaseId, longMeetingId, words };
  } finally {
    db.close();
  }
}
