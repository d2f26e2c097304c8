import type { CaseVersion } from '../../shared/contract/versions';
import { versionSummary } from '../../shared/domain/safetyPlanAudit';
import { KredsError } from '../../shared/errors';
import { newId, type ServiceContext } from './context';
import { reviewMeetings } from './caseScreenPages';

/**
 * Numbered versions of what the family agreed (the safety plan, Barnets bog): a frozen copy as JSON per version,
 * tied to the meeting where it was agreed. Each slice says what its copy is and how two copies differ.
 */
export type VersionTable = 'safety_plan_versions' | 'child_story_versions';

export interface VersionRow {
  id: string;
  number: number;
  meeting_id: string | null;
  meeting_starts_at: string | null;
  snapshot: string;
  created_at: string;
}

export function versionRows(ctx: ServiceContext, table: VersionTable, caseId: string): VersionRow[] {
  return ctx.db
    .prepare(
      `SELECT v.id, v.number, v.meeting_id, m.starts_at AS meeting_starts_at, v.snapshot, v.created_at FROM ${table} v
       LEFT JOIN meetings m ON m.id = v.meeting_id WHERE v.case_id = ? ORDER BY v.number`,
    )
    .all(caseId) as VersionRow[];
}

export function toCaseVersion(row: VersionRow, changes: string): CaseVersion {
  return { id: row.id, number: row.number, meetingId: row.meeting_id, meetingStartsAt: row.meeting_starts_at, createdAt: row.created_at, changes };
}

/** Newest last, each with what changed since the one before it; `line` compares two frozen copies. */
export function versionList<S>(rows: VersionRow[], line: (before: S | null, after: S) => string): CaseVersion[] {
  const parse = (row: VersionRow | undefined) => (row ? (JSON.parse(row.snapshot) as S) : null);
  return rows.map((row, i) => toCaseVersion(row, line(parse(rows[i - 1]), parse(row)!)));
}

interface NextVersion<S> {
  table: VersionTable;
  what: 'Sikkerhedsplan' | 'Barnets bog';
  caseId: string;
  meetingId: string | null;
  snapshot: S;
  /** What changed since the previous copy (null: none yet). */
  changes(previous: S | null): { changed: boolean; line: string };
  unchanged(number: number): string;
}

/** Freezes the next version; refused when nothing changed since the last one, or the meeting is not the case's. */
export function saveNextVersion<S>(ctx: ServiceContext, next: NextVersion<S>): CaseVersion {
  const meeting = next.meetingId ? reviewMeetings(ctx, next.caseId).find((m) => m.id === next.meetingId) : null;
  if (next.meetingId && !meeting) throw new KredsError('invalid_input', 'Vælg et møde i sagen, der er i gang eller holdt', { meetingId: 'Vælg et møde i sagen' });
  const previous = versionRows(ctx, next.table, next.caseId).at(-1);
  const changes = next.changes(previous ? (JSON.parse(previous.snapshot) as S) : null);
  if (previous && !changes.changed) throw new KredsError('conflict', next.unchanged(previous.number));
  const id = newId();
  const number = (previous?.number ?? 0) + 1;
  ctx.db
    .prepare(`INSERT INTO ${next.table} (id, case_id, number, meeting_id, snapshot, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(id, next.caseId, number, next.meetingId, JSON.stringify(next.snapshot), ctx.now().toISOString());
  const entity = next.table.replace(/s$/, '');
  ctx.audit?.({ action: 'create', entity, entityId: id, caseId: next.caseId, fields: ['number'], summary: versionSummary(next.what, number, meeting?.startsAt ?? null, changes.line) });
  return toCaseVersion(versionRows(ctx, next.table, next.caseId).at(-1)!, changes.line);
}
