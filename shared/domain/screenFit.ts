/**
 * The fit rule of every family-facing view (the shared screen now; a safety plan, Barnets bog or a phone page
 * later). Nobody scrolls a projector: what falls below the edge does not exist for the family. So a view
 *  - never scrolls and never clips: everything it shows is inside the screen, and
 *  - never shows text smaller than 1/45 of the screen height (24 px at 1080p, 16 px at 720p), and
 *  - when its content outgrows the screen, adapts the way a good slide does, one step at a time (FIT_STEPS):
 *      roomy → tight (less space, smaller headings, text down to the minimum)
 *            → focus (the part being discussed large, the others summarised as counts)
 *            → paged (the focused part in calm automatic pages, with a visible "1/2")
 *            → floor (paged, the text shrinking in steps toward the smallest readable size: the last resort,
 *              reached when a user's large text size (200 %) leaves too little room even for one page).
 * The renderer's mechanism (renderer/ui/fit/) applies the steps; the pure rules below decide them.
 */

export const MIN_TEXT_FRACTION = 1 / 45;

/** The smallest text a family-facing view may show on a screen of this height, in CSS pixels. */
export function minTextPx(screenHeight: number): number {
  return screenHeight * MIN_TEXT_FRACTION;
}

export const FIT_STEPS = ['roomy', 'tight', 'focus', 'paged', 'floor'] as const;
export type FitStep = (typeof FIT_STEPS)[number];

/** The next, more compact step after one that overflows; null when there is none left. */
export function nextFitStep(step: FitStep): FitStep | null {
  return FIT_STEPS[FIT_STEPS.indexOf(step) + 1] ?? null;
}

/**
 * The ladder the mechanism climbs, one rung per try: each step with the text scale it uses (× the screen's body
 * size, × the user's text size; never below the minimum). Tight and the floor shrink the text in a few rungs, so the
 * text keeps as much of its size as the screen allows (a large text size too).
 */
export const FIT_LADDER: readonly { step: FitStep; scale: number }[] = [
  { step: 'roomy', scale: 1 },
  { step: 'tight', scale: 0.9 },
  { step: 'tight', scale: 0.8 },
  { step: 'focus', scale: 0.8 },
  { step: 'paged', scale: 0.8 },
  { step: 'floor', scale: 0.65 },
  { step: 'floor', scale: 0.5 },
  { step: 'floor', scale: 0.35 },
  { step: 'floor', scale: 0 },
];

/** Whether a view at `step` has reached `wanted` (a view renders e.g. its focus layout from 'focus' on). */
export function atLeast(step: FitStep, wanted: FitStep): boolean {
  return FIT_STEPS.indexOf(step) >= FIT_STEPS.indexOf(wanted);
}

export interface PageBlock {
  /** Measured height in pixels, margins included. */
  height: number;
  /** A heading: never the last block of a page, it goes with what it introduces. */
  keepWithNext?: boolean;
}

/**
 * Splits blocks, in order, into pages that each fit `available` pixels (with `gap` between blocks). A block never
 * splits; a block taller than a page gets a page of its own; a heading is never left alone at the bottom of a page.
 * Returns the indices of the blocks on each page (at least one page, possibly empty).
 */
export function packPages(blocks: PageBlock[], available: number, gap = 0): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  for (let i = 0; i < blocks.length; i++) {
    const page = pages[pages.length - 1]!;
    // A heading and the block it introduces must fit together.
    const together = blocks[i]!.keepWithNext && blocks[i + 1] ? blocks[i]!.height + gap + blocks[i + 1]!.height : blocks[i]!.height;
    const needed = (page.length ? gap : 0) + together;
    if (page.length && used + needed > available) {
      pages.push([i]);
      used = blocks[i]!.height;
    } else {
      page.push(i);
      used += (page.length > 1 ? gap : 0) + blocks[i]!.height;
    }
  }
  return pages;
}

/** The page that holds block `index`. */
export function pageOf(pages: number[][], index: number): number {
  const found = pages.findIndex((page) => page.includes(index));
  return found < 0 ? 0 : found;
}

/**
 * How long a page stays before the next: long enough to read it aloud slowly (0.5 s a word), never under 10 s,
 * never over 40 s. Calm: the family should never feel the screen runs away from them.
 */
export function pageDwellMs(words: number): number {
  return Math.min(40_000, Math.max(10_000, words * 500));
}

/** The page counter the family sees: "1/2". */
export function pageLabel(index: number, count: number): string {
  return `${index + 1}/${count}`;
}

/**
 * Labels along a line (names on the 0–10 scale): each label is centred on its x, kept inside [0, width], and given
 * the first lane (row) where it does not touch a label placed before it; labels earlier in the list (the child
 * first) get the lanes nearest the line. Returns each label's lane and left edge.
 */
export function laneLabels(labels: { x: number; width: number }[], width: number, gap = 8): { lane: number; left: number }[] {
  const lanes: { left: number; right: number }[][] = [];
  return labels.map(({ x, width: w }) => {
    const left = Math.max(0, Math.min(width - w, x - w / 2));
    const right = left + w;
    let lane = lanes.findIndex((taken) => taken.every((t) => right + gap <= t.left || left >= t.right + gap));
    if (lane < 0) lane = lanes.push([]) - 1;
    lanes[lane]!.push({ left, right });
    return { lane, left };
  });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * Places a label beside each point of a drawing (a name under a person on the network map): each label takes the
 * first of its candidate boxes that stays inside `bounds` and touches no label placed before it and no obstacle
 * (the drawn marks). Returns the chosen box per label and how many could not be placed without touching something
 * (then the view must take its next fit step).
 */
export function placeLabels(candidates: Box[][], obstacles: Box[], bounds: Box, gap = 4): { boxes: Box[]; collisions: number } {
  const placed: Box[] = [];
  let collisions = 0;
  const inside = (b: Box) => b.x >= bounds.x && b.y >= bounds.y && b.x + b.width <= bounds.x + bounds.width && b.y + b.height <= bounds.y + bounds.height;
  const free = (b: Box) => inside(b) && !placed.some((p) => overlaps(p, b, gap)) && !obstacles.some((o) => overlaps(o, b));
  for (const options of candidates) {
    const chosen = options.find(free);
    if (!chosen) collisions++;
    placed.push(chosen ?? options[0]!);
  }
  return { boxes: placed, collisions };
}
