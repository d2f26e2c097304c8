/**
 * De tre huse (Three Houses): the child's own words, quoted as said. The child (or a parent) chooses which
 * words are shown on the shared screen; the rest stay on the facilitator's laptop.
 */
export const HOUSES = ['worries', 'good_things', 'dreams'] as const;
export type House = (typeof HOUSES)[number];

export const HOUSE_LABELS: Record<House, string> = {
  worries: 'Huset med bekymringer',
  good_things: 'Huset med de gode ting',
  dreams: 'Drømmehuset',
};

export function shownOnSharedScreen<T extends { shown: boolean }>(items: T[]): T[] {
  return items.filter((item) => item.shown);
}
