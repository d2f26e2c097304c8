import type { Goal } from '../../shared/contract/plan';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import type { HandlerMap, ServiceContext } from './context';
import { meetingRef } from './mapStart';
import { addGoal } from './plan';

interface MapItemRow {
  id: string;
  meeting_id: string;
  part: string;
  text: string;
  confidential: number;
  origin_id: string | null;
}

/**
 * "Gør til mål i planen": a safety (or wellbeing) goal the meeting wrote on the map becomes a goal of the child's plan
 * in one action, linked to it, in the same words. Only a shared one: plan goals are shown on the shared screen and
 * written with the family, so a fortroligt item stays on the map. An item already in the plan (itself, or the item
 * it was carried forward from) is not added twice.
 */
export function goalFromMapItem(ctx: ServiceContext, mapItemId: string): Goal {
  const item = prepared(ctx.db, 'SELECT id, meeting_id, part, text, confidential, origin_id FROM map_items WHERE id = ?').get(mapItemId) as MapItemRow | undefined;
  if (!item) throw new KredsError('not_found', 'Punktet findes ikke længere på kortet');
  if (item.part !== 'safety_goals') throw new KredsError('invalid_input', 'Kun et mål fra kortet (»Hvad skal der ske?«) kan blive et mål i planen');
  if (item.confidential) throw new KredsError('invalid_input', 'Et fortroligt punkt kan ikke blive et mål: målene vises på fællesskærmen og skrives med familien');
  const { caseId } = meetingRef(ctx, item.meeting_id);
  const linked = [item.id, item.origin_id].filter((x): x is string => !!x);
  const existing = prepared(ctx.db, `SELECT text FROM goals WHERE case_id = ? AND status <> 'dropped' AND safety_goal_id IN (${linked.map(() => '?').join(', ')})`).get(caseId, ...linked) as
    | { text: string }
    | undefined;
  if (existing) throw new KredsError('conflict', `Målet står allerede i planen: »${existing.text}«`);
  return addGoal(ctx, { caseId, text: item.text, safetyGoalId: item.id });
}

export const planFromMapHandlers: HandlerMap<'plan.goalFromMap'> = {
  'plan.goalFromMap': (ctx, input) => goalFromMapItem(ctx, input.mapItemId),
};
