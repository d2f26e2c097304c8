/**
 * Goals and the child's plan. Barnets Lov §§ 91–92 (barnets plan); from 16 an ungeplan (§ 108); many still say
 * handleplan. A formal plan is optional: goals and agreements work without one (DOMAIN.md).
 */

export const GOAL_STATUSES = ['active', 'reached', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  active: 'Aktivt',
  reached: 'Nået',
  dropped: 'Opgivet',
};

/** Progress at a follow-up: a word, a 0–10 score, or both. */
export const PROGRESS_STATUSES = ['on_track', 'some_progress', 'no_progress', 'reached'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  on_track: 'Går som aftalt',
  some_progress: 'Lidt fremgang',
  no_progress: 'Ingen fremgang',
  reached: 'Nået',
};

export const PLAN_KINDS = ['barnets_plan', 'ungeplan'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  barnets_plan: 'Barnets plan (§§ 91–92)',
  ungeplan: 'Ungeplan (§ 108)',
};

export const UNGEPLAN_AGE = 16;

export function planKindForAge(age: number): PlanKind {
  return age >= UNGEPLAN_AGE ? 'ungeplan' : 'barnets_plan';
}

/**
 * The appeals board found plans with so many goals that they confused the family (seed 001).
 * Above this many active goals the plan asks which matter most.
 */
export const MAX_ACTIVE_GOALS = 5;

export function tooManyGoalsWarning(activeGoalCount: number): string | null {
  if (activeGoalCount <= MAX_ACTIVE_GOALS) return null;
  return `Planen har ${activeGoalCount} aktive mål. Mange mål kan forvirre familien — hvilke ${MAX_ACTIVE_GOALS} betyder mest?`;
}

export function progressIsEmpty(entry: { status: ProgressStatus | null; score: number | null }): boolean {
  return entry.status === null && entry.score === null;
}
