// The municipal-scale data set (issue 10): 2,000 cases, 20,000 meetings, 12 people per case, ~200,000 map items,
// 100,000 agreements, 10,000 goals and ~5 million words of notes, written through the real services into a real
// encrypted database. Deterministic: the same seed and scale give the same counts and the same content hash.
import { createHash } from 'node:crypto';
import { openDatabase, type Db } from '../../electron/db/connection';
import { caseSpec, type CaseShape } from './caseSpec';
import { Random } from './random';
import { hostLikeCaller, writeCase } from './writeCase';

export interface DatasetOptions {
  seed: number;
  cases: number;
  meetings: number;
  /** Words of notes in all the held meetings together. */
  noteWords: number;
  agreements: number;
  goalsPerCase: number;
  /** New map items per held meeting; with the items carried forward this gives about 10 per meeting. */
  newMapItemsPerMeeting: number;
  /** The largest case (case_open_ms, case_timeline_ms). */
  largestCaseMeetings: number;
}

export const FULL_SCALE: Omit<DatasetOptions, 'seed'> = {
  cases: 2000,
  meetings: 20_000,
  noteWords: 5_000_000,
  agreements: 100_000,
  goalsPerCase: 5,
  newMapItemsPerMeeting: 1.67,
  largestCaseMeetings: 50,
};

/** The same shape at a fraction of the size (tests use 0.01: 20 cases, 200 meetings, the largest case with 5). */
export function scaledOptions(seed: number, factor: number): DatasetOptions {
  const cases = Math.max(3, Math.round(FULL_SCALE.cases * factor));
  const largestCaseMeetings = Math.min(FULL_SCALE.largestCaseMeetings, Math.max(5, Math.round(500 * factor)));
  return {
    ...FULL_SCALE,
    seed,
    cases,
    largestCaseMeetings,
    meetings: Math.max(largestCaseMeetings + 1 + 2 * (cases - 2), Math.round(FULL_SCALE.meetings * factor)),
    noteWords: Math.round(FULL_SCALE.noteWords * factor),
    agreements: Math.round(FULL_SCALE.agreements * factor),
  };
}

export interface DatasetCounts {
  cases: number;
  closedCases: number;
  meetings: number;
  heldMeetings: number;
  participants: number;
  mapItems: number;
  agreements: number;
  goals: number;
  noteWords: number;
  searchDocs: number;
  auditEntries: number;
}

export interface DatasetManifest {
  options: DatasetOptions;
  counts: DatasetCounts;
  /** sha256 over the stored texts (ids and timestamps left out, they are random or the clock's). */
  contentHash: string;
  largestCaseId: string;
  /** A held meeting with notes long enough for a summary of about ten A4 pages (export_pdf_ms). */
  longMeetingId: string;
  generationSeconds: number;
}

/** The clock of the whole data set (the bench's `now`). */
export const DATASET_NOW = new Date('2026-05-14T10:00:00');

/** Meetings per case: the largest case and the long-summary case first, the rest spread 5–15 around the mean. */
function meetingCounts(random: Random, options: DatasetOptions): number[] {
  const rest = options.cases - 2;
  const remaining = options.meetings - options.largestCaseMeetings - 1;
  const counts = Array.from({ length: rest }, (_, i) => Math.floor(remaining / rest) + (i < remaining % rest ? 1 : 0));
  for (let i = 0; i + 1 < rest; i++) {
    const move = Math.min(random.int(-5, 5), counts[i]! - 1);
    counts[i] = counts[i]! - move;
    counts[i + 1] = counts[i + 1]! + move;
  }
  return [options.largestCaseMeetings, 1, ...counts];
}

export function countDataset(db: Db): DatasetCounts {
  const n = (sql: string) => (db.prepare(sql).pluck().get() as number | null) ?? 0;
  return {
    cases: n('SELECT count(*) FROM cases'),
    closedCases: n(`SELECT count(*) FROM cases WHERE status = 'closed'`),
    meetings: n('SELECT count(*) FROM meetings'),
    heldMeetings: n(`SELECT count(*) FROM meetings WHERE status = 'held'`),
    participants: n('SELECT count(*) FROM participants'),
    mapItems: n('SELECT count(*) FROM map_items'),
    agreements: n('SELECT count(*) FROM agreements'),
    goals: n('SELECT count(*) FROM goals'),
    noteWords: n(`SELECT sum(length(plain_text) - length(replace(plain_text, ' ', '')) + 1) FROM meeting_notes WHERE trim(plain_text) <> ''`),
    searchDocs: n('SELECT count(*) FROM search_docs'),
    auditEntries: n('SELECT count(*) FROM audit_log'),
  };
}

function contentHash(db: Db): string {
  const hash = createHash('sha256');
  const texts = [
    'SELECT child_name || status FROM cases ORDER BY 1',
    'SELECT name || role FROM participants ORDER BY 1',
    'SELECT type || starts_at || status FROM meetings ORDER BY 1',
    'SELECT plain_text || kind FROM meeting_notes ORDER BY 1',
    'SELECT text || part || confidential FROM map_items ORDER BY 1',
    'SELECT what || status FROM agreements ORDER BY 1',
    'SELECT text FROM goals ORDER BY 1',
  ];
  for (const sql of texts) for (const text of db.prepare(sql).pluck().iterate()) hash.update(String(text)).update('\u0000');
  return hash.digest('hex');
}

/** Writes the data set into dataDir (a fresh or empty data dir); many calls per transaction, 10 cases at a time. */
export function generateDataset(dataDir: string, key: string, options: DatasetOptions, progress?: (done: number) => void): DatasetManifest {
  const started = performance.now();
  const { db } = openDatabase(dataDir, key);
  try {
    const random = new Random(options.seed);
    const counts = meetingCounts(random, options);
    const heldEstimate = options.meetings * 0.96;
    const shapeFor = (meetings: number, index: number): CaseShape => ({
      meetings,
      wordsPerMeeting: index === 1 ? 5200 : options.noteWords / heldEstimate,
      newMapItemsPerMeeting: options.newMapItemsPerMeeting,
      agreementsPerMeeting: options.agreements / heldEstimate,
      goals: options.goalsPerCase,
      now: DATASET_NOW,
    });
    const call = hostLikeCaller(db, () => new Date(DATASET_NOW));
    const ids: string[] = [];
    let longMeetingId = '';
    const batch = 10;
    for (let from = 0; from < counts.length; from += batch) {
      db.transaction(() => {
        for (let i = from; i < Math.min(counts.length, from + batch); i++) {
          const written = writeCase(call, caseSpec(random, shapeFor(counts[i]!, i)));
          ids.push(written.caseId);
          if (i === 1) longMeetingId = written.meetingIds[0]!;
        }
      })();
      progress?.(Math.min(counts.length, from + batch));
    }
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      options,
      counts: countDataset(db),
      contentHash: contentHash(db),
      largestCaseId: ids[0]!,
      longMeetingId,
      generationSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    db.close();
  }
}
