import type { CaseMapSummary, MapPerson, MapView } from '../../shared/contract/map';
import type { UndoTicket } from '../../shared/contract/undo';
import { mapItemSummary, pairingSummary, wellbeingSummary, wordingSummary } from '../../shared/domain/mapAudit';
import { mapLabels, moveItem, pairingProblem, type MapItem, type MapPart, type MapWording } from '../../shared/domain/map';
import { wellbeingHints, type WellbeingLevel } from '../../shared/domain/wellbeing';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { getCase } from './cases';
import { addHouseItem, deleteHouseItem, listHouseItems, updateHouseItem } from './childHouses';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { caseWording, ensureMapStarted, meetingRef } from './mapStart';
import { readMapSettings, saveMapSettings } from './mapSettings';
import { itemRow, mapItems, toItem, type ItemRow } from './mapItems';
import { sinceLast } from './sinceLast';
import { deleteUndoably } from './undo';

/** The people of the meeting (invited, present or by phone), as the meeting recorded them. */
export function meetingPeople(ctx: ServiceContext, meetingId: string): MapPerson[] {
  const rows = prepared(
    ctx.db,
    `SELECT participant_id AS participantId, name, role, status FROM meeting_attendance WHERE meeting_id = ?
     ORDER BY CASE status WHEN 'present' THEN 0 WHEN 'phone' THEN 0 ELSE 1 END, name COLLATE NOCASE`,
  ).all(meetingId) as { participantId: string; name: string; role: string; status: string }[];
  return rows.map(({ status, ...person }) => ({ ...person, present: status === 'present' || status === 'phone' }));
}

function checkSpeaker(ctx: ServiceContext, meetingId: string, saidBy: string | null | undefined): void {
  if (!saidBy) return;
  const known = prepared(ctx.db, 'SELECT 1 FROM meeting_attendance WHERE meeting_id = ? AND participant_id = ?').get(meetingId, saidBy);
  if (!known) throw new KredsError('invalid_input', 'Vælg en deltager fra mødet eller "Fælles"', { saidBy: 'Vælg en deltager fra mødet eller "Fælles"' });
}

/** Map changes in the case's audit trail, with a summary that never names a fortroligt item. */
function auditItem(ctx: ServiceContext, action: string, meetingId: string, before: MapItem | null, after: MapItem | null): void {
  const { id } = (after ?? before)!;
  const caseId = meetingRef(ctx, meetingId).caseId;
  const fields = ['part', 'text', 'saidBy', 'confidential'] as const;
  const pick = (item: MapItem | null) => (item ? Object.fromEntries(fields.map((f) => [f, item[f]])) : null);
  ctx.audit?.({ action, entity: 'map', entityId: id, caseId, before: pick(before), after: pick(after), summary: mapItemSummary(before, after) });
}

function changed(ctx: ServiceContext, meetingId: string): void {
  ctx.emit({ type: 'map.changed', id: meetingId, origin: ctx.origin });
}

export function getMap(ctx: ServiceContext, meetingId: string): MapView {
  const meeting = ensureMapStarted(ctx, meetingId);
  const wording = caseWording(ctx, meeting.caseId);
  const settings = readMapSettings(ctx);
  const wellbeing = prepared(ctx.db, 'SELECT level FROM meeting_wellbeing WHERE meeting_id = ?').get(meetingId) as { level: WellbeingLevel } | undefined;
  return {
    meetingId,
    caseId: meeting.caseId,
    meetingStartsAt: meeting.startsAt,
    wording,
    labels: mapLabels(wording, settings.labels),
    items: mapItems(ctx, meetingId),
    people: meetingPeople(ctx, meetingId),
    wellbeing: wellbeing?.level ?? null,
    wellbeingHints: wellbeingHints(settings.wellbeingHints),
    previousMeetingId: meeting.previousMeetingId,
  };
}

export function addItem(ctx: ServiceContext, input: { meetingId: string; part: MapPart; text: string; saidBy: string | null; confidential: boolean }): MapItem {
  ensureMapStarted(ctx, input.meetingId);
  checkSpeaker(ctx, input.meetingId, input.saidBy);
  const { next } = prepared(ctx.db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM map_items WHERE meeting_id = ? AND part = ?').get(input.meetingId, input.part) as {
    next: number;
  };
  const id = newId();
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO map_items (id, meeting_id, part, text, said_by, confidential, position, created_at, updated_at)
     VALUES (@id, @meetingId, @part, @text, @saidBy, @confidential, @position, @now, @now)`,
  ).run({ id, ...input, confidential: input.confidential ? 1 : 0, position: next, now });
  changed(ctx, input.meetingId);
  const created = toItem(itemRow(ctx, id));
  auditItem(ctx, 'create', input.meetingId, null, created);
  return created;
}

export function updateItem(ctx: ServiceContext, input: { id: string; text?: string; saidBy?: string | null; confidential?: boolean }): MapItem {
  const row = itemRow(ctx, input.id);
  if (input.saidBy !== undefined) checkSpeaker(ctx, row.meeting_id, input.saidBy);
  prepared(ctx.db, 'UPDATE map_items SET text = @text, said_by = @saidBy, confidential = @confidential, updated_at = @now WHERE id = @id')
    .run({
      id: input.id,
      text: input.text ?? row.text,
      saidBy: input.saidBy !== undefined ? input.saidBy : row.said_by,
      confidential: input.confidential !== undefined ? (input.confidential ? 1 : 0) : row.confidential,
      now: ctx.now().toISOString(),
    });
  changed(ctx, row.meeting_id);
  const updated = toItem(itemRow(ctx, input.id));
  auditItem(ctx, 'update', row.meeting_id, toItem(row), updated);
  return updated;
}

export function moveMapItem(ctx: ServiceContext, input: { id: string; part: MapPart; index: number }): MapItem[] {
  const row = itemRow(ctx, input.id);
  const placements = moveItem(mapItems(ctx, row.meeting_id), input.id, input.part, input.index);
  const place = prepared(ctx.db, 'UPDATE map_items SET part = ?, position = ?, updated_at = ? WHERE id = ?');
  const now = ctx.now().toISOString();
  for (const p of placements) place.run(p.part, p.position, now, p.id);
  // A danger statement moved out of its part loses its pairing, and so does any pairing to a goal moved away.
  prepared(
    ctx.db,
    `UPDATE map_items SET paired_goal_id = NULL WHERE meeting_id = ? AND paired_goal_id IS NOT NULL
     AND (part <> 'danger_statements' OR paired_goal_id NOT IN (SELECT id FROM map_items WHERE part = 'safety_goals'))`,
  ).run(row.meeting_id);
  changed(ctx, row.meeting_id);
  const items = mapItems(ctx, row.meeting_id);
  if (row.part !== input.part) auditItem(ctx, 'move', row.meeting_id, toItem(row), items.find((i) => i.id === input.id) ?? null);
  return items;
}

export function deleteItem(ctx: ServiceContext, id: string): UndoTicket {
  const row = itemRow(ctx, id);
  const { caseId } = meetingRef(ctx, row.meeting_id);
  return deleteUndoably(ctx, { table: 'map_items', id, caseId, gapScope: ['meeting_id', 'part'] }, (ctx) => {
    prepared(ctx.db, 'DELETE FROM map_items WHERE id = ?').run(id);
    prepared(ctx.db, 'UPDATE map_items SET position = position - 1 WHERE meeting_id = ? AND part = ? AND position > ?').run(row.meeting_id, row.part, row.position);
    auditItem(ctx, 'delete', row.meeting_id, toItem(row), null);
    changed(ctx, row.meeting_id);
  });
}

export function pairItems(ctx: ServiceContext, input: { dangerId: string; goalId: string | null }): MapItem {
  const danger = itemRow(ctx, input.dangerId);
  if (input.goalId) {
    const goal = prepared(ctx.db, 'SELECT * FROM map_items WHERE id = ? AND meeting_id = ?').get(input.goalId, danger.meeting_id) as ItemRow | undefined;
    const problem = pairingProblem(danger, goal);
    if (problem) throw new KredsError('invalid_input', problem, { goalId: problem });
    if (danger.paired_goal_id === input.goalId) return toItem(danger);
    // One goal answers one danger statement: taking a goal releases it from any other statement.
    prepared(ctx.db, 'UPDATE map_items SET paired_goal_id = NULL WHERE paired_goal_id = ?').run(input.goalId);
  }
  prepared(ctx.db, 'UPDATE map_items SET paired_goal_id = ?, updated_at = ? WHERE id = ?').run(input.goalId, ctx.now().toISOString(), input.dangerId);
  changed(ctx, danger.meeting_id);
  // The goal paired before and the one paired now, as the log may name them (danger is the row before the change).
  const named = (r: ItemRow) => ({ text: r.text, confidential: !!r.confidential });
  const goalNamed = (id: string | null) => (id ? named(itemRow(ctx, id)) : null);
  const summary = pairingSummary(named(danger), goalNamed(danger.paired_goal_id), goalNamed(input.goalId));
  ctx.audit?.({ action: 'update', entity: 'map', entityId: danger.id, caseId: meetingRef(ctx, danger.meeting_id).caseId, fields: ['pairedGoalId'], summary });
  return toItem(itemRow(ctx, input.dangerId));
}

/** The map to open from a case: the newest meeting that has a map, else the newest meeting that is not cancelled. */
export function latestMapMeeting(ctx: ServiceContext, caseId: string): string | null {
  const row = prepared(
    ctx.db,
    `SELECT m.id FROM meetings m LEFT JOIN map_starts s ON s.meeting_id = m.id
     WHERE m.case_id = ? AND m.status <> 'cancelled' ORDER BY s.meeting_id IS NULL, m.starts_at DESC LIMIT 1`,
  ).get(caseId) as { id: string } | undefined;
  return row?.id ?? null;
}

export function caseMapSummary(ctx: ServiceContext, caseId: string): CaseMapSummary {
  const wellbeing = prepared(
    ctx.db,
    `SELECT w.level, m.id AS meetingId, m.starts_at AS startsAt FROM meeting_wellbeing w JOIN meetings m ON m.id = w.meeting_id
     WHERE m.case_id = ? ORDER BY m.starts_at DESC LIMIT 1`,
  ).get(caseId) as CaseMapSummary['wellbeing'] | undefined;
  return { latestMeetingId: latestMapMeeting(ctx, caseId), wording: caseWording(ctx, caseId), wellbeing: wellbeing ?? null };
}

export function setWording(ctx: ServiceContext, input: { caseId: string; wording: MapWording }): MapWording {
  const before = caseWording(ctx, input.caseId);
  getCase(ctx, input.caseId);
  if (before === input.wording) return before;
  prepared(ctx.db, 'INSERT INTO case_map_wording (case_id, wording) VALUES (?, ?) ON CONFLICT (case_id) DO UPDATE SET wording = excluded.wording')
    .run(input.caseId, input.wording);
  ctx.audit?.({ action: 'update', entity: 'map', entityId: input.caseId, caseId: input.caseId, fields: ['wording'], summary: wordingSummary(before, input.wording) });
  ctx.emit({ type: 'map.wordingChanged', id: input.caseId, origin: ctx.origin });
  return input.wording;
}

export function setWellbeing(ctx: ServiceContext, input: { meetingId: string; level: WellbeingLevel | null }): WellbeingLevel | null {
  const { caseId } = meetingRef(ctx, input.meetingId);
  const before = (prepared(ctx.db, 'SELECT level FROM meeting_wellbeing WHERE meeting_id = ?').get(input.meetingId) as { level: WellbeingLevel } | undefined)?.level ?? null;
  if (before === input.level) return before;
  if (input.level === null) prepared(ctx.db, 'DELETE FROM meeting_wellbeing WHERE meeting_id = ?').run(input.meetingId);
  else
    prepared(
      ctx.db,
      'INSERT INTO meeting_wellbeing (meeting_id, level, updated_at) VALUES (?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET level = excluded.level, updated_at = excluded.updated_at',
    ).run(input.meetingId, input.level, ctx.now().toISOString());
  changed(ctx, input.meetingId);
  ctx.audit?.({ action: 'update', entity: 'map', entityId: input.meetingId, caseId, fields: ['wellbeing'], summary: wellbeingSummary(before, input.level) });
  return input.level;
}

export const mapHandlers: HandlerMap<
  | 'map.get'
  | 'map.caseSummary'
  | 'map.addItem'
  | 'map.updateItem'
  | 'map.moveItem'
  | 'map.deleteItem'
  | 'map.pair'
  | 'map.sinceLast'
  | 'map.setWording'
  | 'map.setWellbeing'
  | 'map.houses'
  | 'map.addHouseItem'
  | 'map.updateHouseItem'
  | 'map.deleteHouseItem'
  | 'map.settings'
  | 'map.saveSettings'
> = {
  'map.get': (ctx, input) => getMap(ctx, input.meetingId),
  'map.caseSummary': (ctx, input) => caseMapSummary(ctx, input.caseId),
  'map.addItem': addItem,
  'map.updateItem': updateItem,
  'map.moveItem': moveMapItem,
  'map.deleteItem': (ctx, input) => deleteItem(ctx, input.id),
  'map.pair': pairItems,
  'map.sinceLast': (ctx, input) => sinceLast(ctx, input.meetingId),
  'map.setWording': setWording,
  'map.setWellbeing': setWellbeing,
  'map.houses': listHouseItems,
  'map.addHouseItem': addHouseItem,
  'map.updateHouseItem': updateHouseItem,
  'map.deleteHouseItem': (ctx, input) => deleteHouseItem(ctx, input.id),
  'map.settings': (ctx) => readMapSettings(ctx),
  'map.saveSettings': saveMapSettings,
};
