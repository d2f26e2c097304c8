import type { PersonOption, SearchGroup, SearchHit, SearchResult } from '../../shared/contract/search';
import type { ParsedInput } from '../../shared/contract';
import { buildFtsQuery, highlightWords, snippetAround, type SearchKind } from '../../shared/domain/search';
import { prepared } from '../db/statements';
import { likePattern, type HandlerMap, type ServiceContext } from './context';

/** How many of the newest matches are ranked; beyond it the search says there are more and asks for a narrower one. */
const RANKING_POOL = 500;

interface HitRow {
  source_kind: SearchKind;
  source_id: string;
  case_id: string;
  child_name: string;
  meeting_id: string | null;
  meeting_type: SearchHit['meetingType'];
  phase_kind: string | null;
  day: string;
  confidential: number;
  body: string;
}

function filters(input: ParsedInput<'search.query'>): { sql: string[]; params: Record<string, unknown> } {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.caseId) {
    sql.push('d.case_id = @caseId');
    params.caseId = input.caseId;
  }
  if (input.from) {
    sql.push('d.day >= @from');
    params.from = input.from;
  }
  if (input.to) {
    sql.push('d.day <= @to');
    params.to = input.to;
  }
  if (input.meetingType) {
    sql.push('d.meeting_type = @meetingType');
    params.meetingType = input.meetingType;
  }
  if (input.personId) {
    sql.push(`(d.person_id = @personId OR d.meeting_id IN (
      SELECT meeting_id FROM meeting_attendance WHERE participant_id = @personId AND status IN ('present', 'phone')))`);
    params.personId = input.personId;
  }
  if (input.kinds?.length) {
    sql.push(`d.source_kind IN (${input.kinds.map((_, i) => `@kind${i}`).join(', ')})`);
    input.kinds.forEach((kind, i) => (params[`kind${i}`] = kind));
  }
  if (!input.includeConfidential) sql.push('d.confidential = 0');
  return { sql, params };
}

/**
 * Full-text search over everything written in a case. Best matches first (bm25); results grouped by case in the
 * order of each case's best hit. Input that is only punctuation or FTS syntax finds nothing instead of failing.
 */
export function search(ctx: ServiceContext, input: ParsedInput<'search.query'>): SearchResult {
  const words = highlightWords(input.text);
  const match = buildFtsQuery(input.text);
  if (!match) return { groups: [], count: 0, more: false, words };
  const { sql, params } = filters(input);
  // Ranking every match of a common word costs more than the whole search should, so the index streams the most
  // recently written matches (rowid order, cheap in FTS5) and bm25 ranks that pool; snippets are made afterwards for
  // the shown hits only.
  const pool = prepared(
    ctx.db,
    sql.length
      ? `SELECT d.id, search_fts.rank AS rank FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
         WHERE search_fts MATCH @match ${sql.map((s) => `AND ${s}`).join(' ')} ORDER BY search_fts.rowid DESC LIMIT @pool`
      : `SELECT rowid AS id, rank FROM search_fts WHERE search_fts MATCH @match ORDER BY rowid DESC LIMIT @pool`,
  ).all({ ...params, match, pool: RANKING_POOL }) as { id: number; rank: number }[];
  const ranked = pool.sort((a, b) => a.rank - b.rank).slice(0, input.limit + 1);
  const found = prepared(
    ctx.db,
    `SELECT d.id, d.source_kind, d.source_id, d.case_id, c.child_name, d.meeting_id, d.meeting_type, d.phase_kind, d.day, d.confidential, d.body
     FROM search_docs d JOIN cases c ON c.id = d.case_id WHERE d.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ranked.map((r) => r.id)) }) as (HitRow & { id: number })[];
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ranked.map(({ id }) => byId.get(id)!).filter(Boolean);
  const more = rows.length > input.limit || pool.length === RANKING_POOL;
  const groups = new Map<string, SearchGroup>();
  // A map item carried forward lives on in every later meeting's map: show it once (its latest meeting), with a count.
  const carried = new Map<string, SearchHit>();
  for (const row of rows.slice(0, input.limit)) {
    const group = groups.get(row.case_id) ?? { caseId: row.case_id, childName: row.child_name, hits: [] };
    const sameText = row.source_kind === 'map_item' ? `${row.case_id}\u0000${row.confidential}\u0000${row.body}` : null;
    const earlier = sameText ? carried.get(sameText) : undefined;
    if (earlier) {
      earlier.repeats += 1;
      if (row.day > earlier.day) Object.assign(earlier, { sourceId: row.source_id, meetingId: row.meeting_id, meetingType: row.meeting_type, day: row.day });
      continue;
    }
    const hit: SearchHit = {
      kind: row.source_kind,
      sourceId: row.source_id,
      meetingId: row.meeting_id,
      meetingType: row.meeting_type,
      phaseKind: row.phase_kind,
      day: row.day,
      confidential: row.confidential === 1,
      snippet: snippetAround(row.body, words),
      repeats: 0,
    };
    if (sameText) carried.set(sameText, hit);
    group.hits.push(hit);
    groups.set(row.case_id, group);
  }
  return { groups: [...groups.values()], count: [...groups.values()].reduce((n, g) => n + g.hits.length, 0), more, words };
}

/** The naive scan FTS replaced (newest 100 rows containing the text), kept for the benchmark's comparison only. */
export function likeScan(ctx: ServiceContext, text: string, limit = 100): number {
  const rows = prepared(ctx.db, `SELECT id, case_id, day, substr(body, 1, 200) FROM search_docs WHERE body LIKE @pattern ESCAPE '\\' ORDER BY day DESC LIMIT @limit`)
    .all({ pattern: likePattern(text), limit });
  return rows.length;
}

/** People to filter by: every participant, with the child of their case so two "Mor" can be told apart. */
export function searchPeople(ctx: ServiceContext, input: { caseId?: string }): PersonOption[] {
  const rows = prepared(
    ctx.db,
    `SELECT p.id, p.name, p.case_id AS caseId, c.child_name AS childName FROM participants p JOIN cases c ON c.id = p.case_id
     WHERE p.archived_at IS NULL ${input.caseId ? 'AND p.case_id = @caseId' : ''}
     ORDER BY c.child_name COLLATE NOCASE, p.name COLLATE NOCASE LIMIT 2000`,
  ).all(input.caseId ? { caseId: input.caseId } : {}) as PersonOption[];
  return rows;
}

export const searchHandlers: HandlerMap<'search.query' | 'search.people'> = {
  'search.query': search,
  'search.people': searchPeople,
};
