import { z } from 'zod';
import { GOAL_STATUSES, PLAN_KINDS, PROGRESS_STATUSES, type GoalStatus, type PlanKind, type ProgressStatus } from '../domain/plan';
import { channel, idInput, optionalText, requiredText } from './define';
import type { UndoTicket } from './undo';

const id = z.string().uuid();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ugyldig dato (brug dd.mm.åååå)');

const goalFields = z.object({
  text: requiredText(1000),
  deadline: isoDay.nullable().optional().default(null),
  attractive: z.boolean().optional().default(false),
  realistic: z.boolean().optional().default(false),
  /** A safety goal (sikkerhedsmål) on the map, when the goal serves one. */
  safetyGoalId: z.string().max(64).nullable().optional().default(null),
});

export const addGoalInput = goalFields.extend({ caseId: id, parentId: id.nullable().optional().default(null) }).strict();
export type AddGoalInput = z.input<typeof addGoalInput>;
export const updateGoalInput = goalFields.extend({ id, status: z.enum(GOAL_STATUSES) }).strict();
export type UpdateGoalInput = z.input<typeof updateGoalInput>;

export const formalPlanInput = z
  .object({
    caseId: id,
    kind: z.enum(PLAN_KINDS),
    madeOn: isoDay,
    withChild: z.boolean(),
    withCustodyHolder: z.boolean(),
    note: optionalText(2000),
  })
  .strict();
export type FormalPlanInput = z.input<typeof formalPlanInput>;

export const progressInput = z
  .object({
    goalId: id,
    meetingId: id.nullable().optional().default(null),
    status: z.enum(PROGRESS_STATUSES).nullable().optional().default(null),
    score: z.number().int().min(0).max(10).nullable().optional().default(null),
    comment: optionalText(2000),
  })
  .strict();
export type ProgressInput = z.input<typeof progressInput>;

export interface ProgressEntry {
  id: string;
  meetingId: string | null;
  /** The day of the meeting it was recorded for (else the day it was recorded): the history's date. */
  day: string;
  status: ProgressStatus | null;
  score: number | null;
  comment: string;
  recordedAt: string;
}

export interface Goal {
  id: string;
  caseId: string;
  parentId: string | null;
  text: string;
  deadline: string | null;
  attractive: boolean;
  realistic: boolean;
  safetyGoalId: string | null;
  status: GoalStatus;
  position: number;
  progress: ProgressEntry[];
  subGoals: Goal[];
}

export interface FormalPlan {
  kind: PlanKind;
  madeOn: string;
  withChild: boolean;
  withCustodyHolder: boolean;
  note: string;
}

export interface PlanDetail {
  caseId: string;
  childName: string;
  birthYear: number;
  formal: FormalPlan | null;
  /** Top-level goals; each carries its delmål. */
  goals: Goal[];
  activeGoalCount: number;
  tooManyGoals: string | null;
}

export const planContract = {
  'plan.get': channel<PlanDetail>()(z.object({ caseId: id }).strict()),
  'plan.saveFormal': channel<PlanDetail>()(formalPlanInput),
  'plan.removeFormal': channel<PlanDetail>()(z.object({ caseId: id }).strict()),
  'plan.addGoal': channel<Goal>()(addGoalInput),
  'plan.updateGoal': channel<Goal>()(updateGoalInput),
  'plan.deleteGoal': channel<UndoTicket>()(idInput),
  /** A safety/wellbeing goal on the map becomes a goal of the child's plan, in its words and linked to it. */
  'plan.goalFromMap': channel<Goal>()(z.object({ mapItemId: id }).strict()),
  'plan.recordProgress': channel<ProgressEntry>()(progressInput),
};
