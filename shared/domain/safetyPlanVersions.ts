/**
 * Versions of the safety plan: each is a frozen copy of what the family and network agreed at a meeting, and the
 * next meeting starts from "what changed since version N". A copy holds only what the family may read (no
 * professional note, no text of a fortroligt map item), so it can be shown and printed as it is.
 */
import { countOf } from './audit';
import type { PlanContext, Stage } from './safetyPlan';

export interface RuleSnapshot {
  id: string;
  situation: string;
  action: string;
  responsibleName: string;
  reserveName: string | null;
  childKnows: string;
  networkChecks: string;
  /** The danger statement or safety goal it answers; null when none, or when that item is fortroligt. */
  linkText: string | null;
}

export interface PlanSnapshot {
  context: PlanContext;
  purpose: string;
  startsOn: string;
  expectedMonths: number;
  rules: RuleSnapshot[];
  stages: Stage[];
  network: { participantId: string; name: string; agreedTo: string }[];
}

export type RuleField = Exclude<keyof RuleSnapshot, 'id'>;
const RULE_FIELDS: RuleField[] = ['situation', 'action', 'responsibleName', 'reserveName', 'childKnows', 'networkChecks', 'linkText'];

export interface PlanChanges {
  added: RuleSnapshot[];
  removed: RuleSnapshot[];
  changed: { rule: RuleSnapshot; fields: RuleField[] }[];
  /** Names of people who joined or left the safety network since. */
  joined: string[];
  left: string[];
  /** The plan's own fields (start, length, purpose, context) or the steps down changed. */
  planChanged: boolean;
  stagesChanged: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What changed from `before` (null: nothing agreed yet, so everything is new) to `after`. Rules match by id. */
export function planChanges(before: PlanSnapshot | null, after: PlanSnapshot): PlanChanges {
  const old = new Map((before?.rules ?? []).map((r) => [r.id, r]));
  const now = new Set(after.rules.map((r) => r.id));
  const oldPeople = new Map((before?.network ?? []).map((m) => [m.participantId, m.agreedTo]));
  const newPeople = new Set(after.network.map((m) => m.participantId));
  return {
    added: after.rules.filter((r) => !old.has(r.id)),
    removed: (before?.rules ?? []).filter((r) => !now.has(r.id)),
    changed: after.rules.flatMap((rule) => {
      const was = old.get(rule.id);
      const fields = was ? RULE_FIELDS.filter((f) => !same(was[f], rule[f])) : [];
      return fields.length ? [{ rule, fields }] : [];
    }),
    joined: after.network.filter((m) => !oldPeople.has(m.participantId)).map((m) => m.name),
    left: (before?.network ?? []).filter((m) => !newPeople.has(m.participantId)).map((m) => m.name),
    planChanged:
      !before ||
      (['context', 'purpose', 'startsOn', 'expectedMonths'] as const).some((key) => !same(before[key], after[key])) ||
      after.network.some((m) => oldPeople.has(m.participantId) && oldPeople.get(m.participantId) !== m.agreedTo),
    stagesChanged: !same(before?.stages ?? [], after.stages),
  };
}

export function hasChanges(changes: PlanChanges): boolean {
  return (
    changes.added.length + changes.removed.length + changes.changed.length + changes.joined.length + changes.left.length > 0 ||
    changes.planChanged ||
    changes.stagesChanged
  );
}

/** One Danish line for the log and the version list: "1 ny regel, 1 ændret, 1 taget ud; netværk: 1 ny". */
export function changeLine(changes: PlanChanges): string {
  const parts = [
    changes.added.length ? countOf(changes.added.length, 'ny regel', 'nye regler') : '',
    changes.changed.length ? countOf(changes.changed.length, 'regel ændret', 'regler ændret') : '',
    changes.removed.length ? countOf(changes.removed.length, 'regel taget ud', 'regler taget ud') : '',
    changes.joined.length ? countOf(changes.joined.length, 'ny i netværket', 'nye i netværket') : '',
    changes.left.length ? countOf(changes.left.length, 'har forladt netværket', 'har forladt netværket') : '',
    changes.stagesChanged ? 'nedtrapningen ændret' : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : changes.planChanged ? 'planens rammer ændret' : 'ingen ændringer';
}
