import type { MapItem, MapPart } from '../../shared/domain/map';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';

/** The map's items as stored: read by the map itself and by what changed since last meeting (sinceLast), below both. */
export interface ItemRow {
  id: string;
  meeting_id: string;
  part: MapPart;
  text: string;
  said_by: string | null;
  confidential: number;
  position: number;
  paired_goal_id: string | null;
  origin_id: string | null;
}

export function toItem(row: ItemRow): MapItem {
  return {
    id: row.id,
    part: row.part,
    text: row.text,
    saidBy: row.said_by,
    confidential: row.confidential === 1,
    position: row.position,
    pairedGoalId: row.paired_goal_id,
    originId: row.origin_id,
  };
}

export function mapItems(ctx: ServiceContext, meetingId: string): MapItem[] {
  return (prepared(ctx.db, 'SELECT * FROM map_items WHERE meeting_id = ? ORDER BY part, position').all(meetingId) as ItemRow[]).map(toItem);
}

export function itemRow(ctx: ServiceContext, id: string): ItemRow {
  const row = prepared(ctx.db, 'SELECT * FROM map_items WHERE id = ?').get(id) as ItemRow | undefined;
  if (!row) throw new KredsError('not_found', 'Punktet findes ikke længere på kortet');
  return row;
}
