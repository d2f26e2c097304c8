import type { HouseItem } from '../../shared/contract/map';
import type { Drawing } from '../../shared/contract/phones';
import type { UndoTicket } from '../../shared/contract/undo';
import { houseItemSummary } from '../../shared/domain/mapAudit';
import type { House } from '../../shared/domain/houses';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { newId, type ServiceContext } from './context';
import { meetingRef } from './mapStart';
import { deleteUndoably } from './undo';

interface HouseRow {
  id: string;
  meeting_id: string;
  house: House;
  text: string;
  shown: number;
  position: number;
  drawing: string | null;
}

const toHouseItem = (row: HouseRow): HouseItem => ({
  id: row.id,
  house: row.house,
  text: row.text,
  shown: row.shown === 1,
  position: row.position,
  drawing: row.drawing ? (JSON.parse(row.drawing) as Drawing) : null,
});

function houseRow(ctx: ServiceContext, id: string): HouseRow {
  const row = prepared(ctx.db, 'SELECT * FROM house_items WHERE id = ?').get(id) as HouseRow | undefined;
  if (!row) throw new KredsError('not_found', 'Det, barnet sagde, findes ikke længere');
  return row;
}

function auditHouse(ctx: ServiceContext, action: string, meetingId: string, before: HouseItem | null, after: HouseItem | null): void {
  const view = (h: HouseItem | null) => h && { house: h.house, text: h.text, shown: h.shown };
  const [b, a] = [view(before), view(after)];
  const { caseId } = meetingRef(ctx, meetingId);
  ctx.audit?.({ action, entity: 'houses', entityId: (after ?? before)!.id, caseId, before: b, after: a, summary: houseItemSummary(b, a) });
}

/** The shared screen asks with sharedOnly and gets only what the child (or a parent) chose to show. */
export function listHouseItems(ctx: ServiceContext, input: { meetingId: string; sharedOnly?: boolean }): HouseItem[] {
  meetingRef(ctx, input.meetingId);
  const sql = `SELECT * FROM house_items WHERE meeting_id = ? ${input.sharedOnly ? 'AND shown = 1' : ''} ORDER BY house, position`;
  return (prepared(ctx.db, sql).all(input.meetingId) as HouseRow[]).map(toHouseItem);
}

export function addHouseItem(ctx: ServiceContext, input: { meetingId: string; house: House; text: string; shown: boolean; drawing?: Drawing }): HouseItem {
  meetingRef(ctx, input.meetingId);
  const { next } = prepared(ctx.db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM house_items WHERE meeting_id = ? AND house = ?')
    .get(input.meetingId, input.house) as { next: number };
  const id = newId();
  const now = ctx.now().toISOString();
  prepared(ctx.db, 'INSERT INTO house_items (id, meeting_id, house, text, shown, position, created_at, updated_at, drawing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, input.meetingId, input.house, input.text, input.shown ? 1 : 0, next, now, now, input.drawing ? JSON.stringify(input.drawing) : null);
  ctx.emit({ type: 'map.housesChanged', id: input.meetingId, origin: ctx.origin });
  const created = toHouseItem(houseRow(ctx, id));
  auditHouse(ctx, 'create', input.meetingId, null, created);
  return created;
}

export function updateHouseItem(ctx: ServiceContext, input: { id: string; text?: string; shown?: boolean }): HouseItem {
  const row = houseRow(ctx, input.id);
  prepared(ctx.db, 'UPDATE house_items SET text = ?, shown = ?, updated_at = ? WHERE id = ?')
    .run(input.text ?? row.text, input.shown === undefined ? row.shown : input.shown ? 1 : 0, ctx.now().toISOString(), input.id);
  ctx.emit({ type: 'map.housesChanged', id: row.meeting_id, origin: ctx.origin });
  const updated = toHouseItem(houseRow(ctx, input.id));
  auditHouse(ctx, 'update', row.meeting_id, toHouseItem(row), updated);
  return updated;
}

export function deleteHouseItem(ctx: ServiceContext, id: string): UndoTicket {
  const row = houseRow(ctx, id);
  const { caseId } = meetingRef(ctx, row.meeting_id);
  return deleteUndoably(ctx, { table: 'house_items', id, caseId }, (ctx) => {
    prepared(ctx.db, 'DELETE FROM house_items WHERE id = ?').run(id);
    auditHouse(ctx, 'delete', row.meeting_id, toHouseItem(row), null);
    ctx.emit({ type: 'map.housesChanged', id: row.meeting_id, origin: ctx.origin });
  });
}
