/**
 * The Signs of Safety map (DOMAIN.md "Signs of Safety"): three columns, seven parts, configurable labels,
 * pairing of danger statements with safety goals, reordering and the diff between two meetings' maps.
 */
export const MAP_COLUMNS = ['worries', 'working_well', 'next'] as const;
export type MapColumn = (typeof MAP_COLUMNS)[number];

export const MAP_PARTS = ['harm', 'complicating_factors', 'danger_statements', 'strengths', 'existing_safety', 'safety_goals', 'next_steps'] as const;
export type MapPart = (typeof MAP_PARTS)[number];

export const PART_COLUMN: Record<MapPart, MapColumn> = {
  harm: 'worries',
  complicating_factors: 'worries',
  danger_statements: 'worries',
  strengths: 'working_well',
  existing_safety: 'working_well',
  safety_goals: 'next',
  next_steps: 'next',
};

export function partsOf(column: MapColumn): MapPart[] {
  return MAP_PARTS.filter((part) => PART_COLUMN[part] === column);
}

/** Signs of Safety for child-protection cases; Signs of Wellbeing (trivsel) wording for early-help cases. */
export const MAP_WORDINGS = ['safety', 'wellbeing'] as const;
export type MapWording = (typeof MAP_WORDINGS)[number];

export type MapLabelKey = MapColumn | MapPart;
export type MapLabels = Record<MapLabelKey, string>;
/** What a municipality has changed, per wording; anything left out keeps the default. */
export type MapLabelOverrides = Partial<Record<MapWording, Partial<MapLabels>>>;

export const MAX_LABEL_LENGTH = 80;

/** Social- og Boligstyrelsen's wording is the default; the wellbeing variant speaks of trivsel instead of sikkerhed. */
export const DEFAULT_MAP_LABELS: Record<MapWording, MapLabels> = {
  safety: {
    worries: 'Hvad er vi bekymrede for?',
    working_well: 'Hvad virker godt?',
    next: 'Hvad skal der ske?',
    harm: 'Skade',
    complicating_factors: 'Komplicerende faktorer',
    danger_statements: 'Bekymringsudsagn',
    strengths: 'Styrker og ressourcer',
    existing_safety: 'Eksisterende sikkerhed',
    safety_goals: 'Sikkerhedsmål',
    next_steps: 'Næste skridt',
  },
  wellbeing: {
    worries: 'Hvad er vi bekymrede for?',
    working_well: 'Hvad virker godt?',
    next: 'Hvad skal der ske?',
    harm: 'Det, der er sket',
    complicating_factors: 'Det, der gør det svært',
    danger_statements: 'Bekymringer for trivslen',
    strengths: 'Styrker og ressourcer',
    existing_safety: 'Det, der allerede støtter trivslen',
    safety_goals: 'Trivselsmål',
    next_steps: 'Næste skridt',
  },
};

export function mapLabels(wording: MapWording, overrides: MapLabelOverrides = {}): MapLabels {
  const mine = overrides[wording] ?? {};
  const labels = { ...DEFAULT_MAP_LABELS[wording] };
  for (const key of Object.keys(labels) as MapLabelKey[]) {
    const custom = mine[key]?.trim();
    if (custom) labels[key] = custom;
  }
  return labels;
}

export interface MapItem {
  id: string;
  part: MapPart;
  text: string;
  /** Participant id, or null when the item is shared (fælles). */
  saidBy: string | null;
  confidential: boolean;
  position: number;
  /** On a danger statement: the safety goal it is paired with. */
  pairedGoalId: string | null;
  /** The item on the previous meeting's map this one was carried forward from. */
  originId: string | null;
}

export function itemsInPart<T extends Pick<MapItem, 'part' | 'position'>>(items: T[], part: MapPart): T[] {
  return items.filter((item) => item.part === part).sort((a, b) => a.position - b.position);
}

/** Shared-screen privacy: fortroligt items never leave the facilitator's laptop. */
export function presentableItems<T extends Pick<MapItem, 'confidential'>>(items: T[]): T[] {
  return items.filter((item) => !item.confidential);
}

/** Where an item goes after a drag or a keyboard move: the new order of both parts it touched. */
export interface Placement {
  id: string;
  part: MapPart;
  position: number;
}

/**
 * Moves one item to `toPart` at `toIndex` (among the other items of that part) and renumbers positions
 * 0..n-1 in the parts it left and entered. Returns only the items whose part or position changed.
 */
export function moveItem(items: MapItem[], id: string, toPart: MapPart, toIndex: number): Placement[] {
  const moving = items.find((item) => item.id === id);
  if (!moving) return [];
  const target = itemsInPart(items, toPart).filter((item) => item.id !== id);
  const index = Math.max(0, Math.min(toIndex, target.length));
  target.splice(index, 0, moving);
  const changed: Placement[] = [];
  const place = (list: MapItem[], part: MapPart) =>
    list.forEach((item, position) => {
      if (item.part !== part || item.position !== position) changed.push({ id: item.id, part, position });
    });
  place(target, toPart);
  if (moving.part !== toPart) place(itemsInPart(items, moving.part).filter((item) => item.id !== id), moving.part);
  return changed;
}

/** The keyboard move next to an item: Alt+↑/↓ within a part, Alt+←/→ to the neighbouring part (across columns). */
export function keyboardTarget(items: MapItem[], id: string, key: 'up' | 'down' | 'left' | 'right'): { part: MapPart; index: number } | null {
  const item = items.find((i) => i.id === id);
  if (!item) return null;
  const siblings = itemsInPart(items, item.part);
  const index = siblings.findIndex((i) => i.id === id);
  if (key === 'up') return index > 0 ? { part: item.part, index: index - 1 } : null;
  if (key === 'down') return index < siblings.length - 1 ? { part: item.part, index: index + 1 } : null;
  const partIndex = MAP_PARTS.indexOf(item.part) + (key === 'left' ? -1 : 1);
  const part = MAP_PARTS[partIndex];
  return part ? { part, index: itemsInPart(items, part).length } : null;
}

export interface Pairing<T> {
  pairs: { danger: T; goal: T }[];
  unpairedDangers: T[];
  unpairedGoals: T[];
}

/** Every danger statement should have a safety goal answering it; the unpaired ones are shown so none is forgotten. */
export function pairing<T extends Pick<MapItem, 'id' | 'part' | 'position' | 'pairedGoalId'>>(items: T[]): Pairing<T> {
  const goals = itemsInPart(items, 'safety_goals');
  const goalById = new Map(goals.map((goal) => [goal.id, goal]));
  const pairs: { danger: T; goal: T }[] = [];
  const unpairedDangers: T[] = [];
  const usedGoals = new Set<string>();
  for (const danger of itemsInPart(items, 'danger_statements')) {
    const goal = danger.pairedGoalId ? goalById.get(danger.pairedGoalId) : undefined;
    if (goal) {
      pairs.push({ danger, goal });
      usedGoals.add(goal.id);
    } else unpairedDangers.push(danger);
  }
  return { pairs, unpairedDangers, unpairedGoals: goals.filter((goal) => !usedGoals.has(goal.id)) };
}

/** Why a pairing is refused (Danish, shown to the user), or null when it is allowed. */
export function pairingProblem(danger: Pick<MapItem, 'part'> | undefined, goal: Pick<MapItem, 'part'> | undefined): string | null {
  if (!danger || !goal) return 'Punktet findes ikke længere på kortet';
  if (danger.part !== 'danger_statements') return 'Kun et bekymringsudsagn kan parres med et mål';
  if (goal.part !== 'safety_goals') return 'Et bekymringsudsagn kan kun parres med et mål';
  return null;
}

export type ItemChange = 'text' | 'part' | 'saidBy' | 'confidential';

export interface MapDiff<T> {
  added: T[];
  removed: T[];
  changed: { before: T; after: T; changes: ItemChange[] }[];
  unchanged: number;
}

/**
 * What changed since the previous meeting. Items carried forward keep a link to their origin, so an edited
 * item is "changed", not "removed + added".
 */
export function diffMaps<T extends Pick<MapItem, 'id' | 'originId' | 'text' | 'part' | 'saidBy' | 'confidential'>>(previous: T[], current: T[]): MapDiff<T> {
  const previousById = new Map(previous.map((item) => [item.id, item]));
  const carried = new Set<string>();
  const diff: MapDiff<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const after of current) {
    const before = after.originId ? previousById.get(after.originId) : undefined;
    if (!before) {
      diff.added.push(after);
      continue;
    }
    carried.add(before.id);
    const changes: ItemChange[] = [];
    if (before.text.trim() !== after.text.trim()) changes.push('text');
    if (before.part !== after.part) changes.push('part');
    if (before.saidBy !== after.saidBy) changes.push('saidBy');
    if (before.confidential !== after.confidential) changes.push('confidential');
    if (changes.length) diff.changed.push({ before, after, changes });
    else diff.unchanged++;
  }
  diff.removed = previous.filter((item) => !carried.has(item.id));
  return diff;
}

/** Empty items are not saved: returns the trimmed text or a Danish reason. */
export function cleanItemText(text: string, max = 1000): { ok: true; text: string } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Skriv noget, før punktet gemmes' };
  if (trimmed.length > max) return { ok: false, message: `Et punkt må højst være ${max} tegn` };
  return { ok: true, text: trimmed };
}
