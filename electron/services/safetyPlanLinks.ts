import type { MapLinkOption, RuleLink } from '../../shared/contract/safetyPlan';
import { KredsError } from '../../shared/errors';
import type { ServiceContext } from './context';

/**
 * A safety plan rule answers a danger statement or a safety goal on the map. Map items belong to one meeting's map
 * and are copied forward to the next (origin_id), so a rule keeps the id it was linked to and is shown with the
 * newest copy of that item.
 */
const LINKABLE = `('danger_statements', 'safety_goals')`;

interface ItemRow {
  id: string;
  part: MapLinkOption['part'];
  text: string;
  confidential: number;
  meeting_id: string;
}

/** The newest meeting of the case that has a map (not cancelled): the map the plan is built against. */
function latestMapMeeting(ctx: ServiceContext, caseId: string): string | null {
  const row = ctx.db
    .prepare(
      `SELECT m.id FROM meetings m JOIN map_starts s ON s.meeting_id = m.id WHERE m.case_id = ? AND m.status <> 'cancelled'
       ORDER BY m.starts_at DESC LIMIT 1`,
    )
    .get(caseId) as { id: string } | undefined;
  return row?.id ?? null;
}

const toOption = (row: ItemRow): MapLinkOption => ({ id: row.id, part: row.part, text: row.text, confidential: row.confidential === 1 });

/** The danger statements and safety goals on the newest map, in the map's order. */
export function linkOptions(ctx: ServiceContext, caseId: string): MapLinkOption[] {
  const meetingId = latestMapMeeting(ctx, caseId);
  if (!meetingId) return [];
  const rows = ctx.db
    .prepare(`SELECT id, part, text, confidential, meeting_id FROM map_items WHERE meeting_id = ? AND part IN ${LINKABLE} ORDER BY part, position`)
    .all(meetingId) as ItemRow[];
  return rows.map(toOption);
}

export type LinkResolver = (mapItemId: string | null) => RuleLink | null;

/**
 * Follows an item through its copies to the newest one (at a branch, the copy in the latest meeting). One resolver
 * per call: the newest map is looked up once and each item once, however many rules and views ask.
 */
export function linkResolver(ctx: ServiceContext, caseId: string): LinkResolver {
  let latest: string | null | undefined;
  const known = new Map<string, RuleLink | null>();
  return (mapItemId) => {
    if (!mapItemId) return null;
    if (!known.has(mapItemId)) {
      if (latest === undefined) latest = latestMapMeeting(ctx, caseId);
      known.set(mapItemId, newestCopy(ctx, mapItemId, latest));
    }
    return known.get(mapItemId)!;
  };
}

function newestCopy(ctx: ServiceContext, mapItemId: string, latest: string | null): RuleLink | null {
  const row = ctx.db
    .prepare(
      `WITH RECURSIVE chain (id, depth) AS (
         SELECT id, 0 FROM map_items WHERE id = ?
         UNION ALL SELECT i.id, chain.depth + 1 FROM map_items i JOIN chain ON i.origin_id = chain.id
       )
       SELECT i.id, i.part, i.text, i.confidential, i.meeting_id FROM chain JOIN map_items i ON i.id = chain.id JOIN meetings m ON m.id = i.meeting_id
       WHERE i.part IN ${LINKABLE} AND m.status <> 'cancelled' ORDER BY chain.depth DESC, m.starts_at DESC LIMIT 1`,
    )
    .get(mapItemId) as ItemRow | undefined;
  if (!row) return null;
  return { ...toOption(row), current: row.meeting_id === latest };
}

/** The link a save keeps: unchanged when the screen sends the newest copy of the item already linked. */
export function checkedLink(ctx: ServiceContext, caseId: string, wanted: string | null, stored: string | null): string | null {
  if (!wanted) return null;
  if (stored && linkResolver(ctx, caseId)(stored)?.id === wanted) return stored;
  const item = ctx.db
    .prepare(`SELECT i.part FROM map_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ? AND m.case_id = ?`)
    .get(wanted, caseId) as { part: string } | undefined;
  if (!item || !['danger_statements', 'safety_goals'].includes(item.part)) {
    const message = 'Vælg et bekymringsudsagn eller et sikkerhedsmål fra sagens kort';
    throw new KredsError('invalid_input', message, { mapItemId: message });
  }
  return wanted;
}
