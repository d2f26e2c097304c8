import { describe, expect, it } from 'vitest';
import { FIT_LADDER, atLeast, laneLabels, minTextPx, nextFitStep, overlaps, packPages, pageDwellMs, pageLabel, pageOf, placeLabels } from './screenFit';

describe('the smallest text', () => {
  it.each([
    [1080, 24],
    [720, 16],
    [768, 17.07],
  ])('on a screen %i px high is %f px', (height, px) => {
    expect(minTextPx(height)).toBeCloseTo(px, 2);
  });
});

describe('the steps', () => {
  it('goes roomy → tight → focus → paged → floor, and no further', () => {
    expect(nextFitStep('roomy')).toBe('tight');
    expect(nextFitStep('tight')).toBe('focus');
    expect(nextFitStep('focus')).toBe('paged');
    expect(nextFitStep('paged')).toBe('floor');
    expect(nextFitStep('floor')).toBeNull();
    expect(atLeast('floor', 'paged')).toBe(true);
    expect(atLeast('paged', 'focus')).toBe(true);
    expect(atLeast('tight', 'focus')).toBe(false);
  });

  it('climbs a ladder whose text never grows on the way up', () => {
    expect(FIT_LADDER[0]).toEqual({ step: 'roomy', scale: 1 });
    expect(FIT_LADDER.at(-1)).toEqual({ step: 'floor', scale: 0 });
    FIT_LADDER.slice(1).forEach((rung, i) => expect(rung.scale).toBeLessThanOrEqual(FIT_LADDER[i]!.scale));
  });
});

describe('packing blocks into pages', () => {
  const blocks = (...heights: number[]) => heights.map((height) => ({ height }));
  it.each([
    ['all on one page', blocks(100, 100, 100), 400, 10, [[0, 1, 2]]],
    ['the gap counts', blocks(100, 100, 100), 310, 10, [[0, 1], [2]]],
    ['exactly full', blocks(100, 100), 210, 10, [[0, 1]]],
    ['a block taller than a page gets its own', blocks(50, 500, 50), 300, 0, [[0], [1], [2]]],
    ['nothing', [], 300, 0, [[]]],
  ])('%s', (_name, list, available, gap, pages) => {
    expect(packPages(list, available, gap)).toEqual(pages);
  });

  it('never leaves a heading alone at the bottom of a page', () => {
    const list = [{ height: 100 }, { height: 100 }, { height: 40, keepWithNext: true }, { height: 100 }];
    expect(packPages(list, 260, 0)).toEqual([[0, 1], [2, 3]]);
  });

  it('finds the page of a block', () => {
    expect(pageOf([[0, 1], [2, 3]], 3)).toBe(1);
    expect(pageOf([[0, 1]], 9)).toBe(0);
  });

  it('keeps every page within the height it was given (property over many lists)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: 1 + Math.floor(random() * 30) }, () => ({ height: 20 + Math.floor(random() * 120), keepWithNext: random() < 0.2 }));
      const available = 200 + Math.floor(random() * 400);
      const pages = packPages(list, available, 8);
      expect(pages.flat()).toEqual(list.map((_, i) => i));
      for (const page of pages) {
        const height = page.reduce((sum, i) => sum + list[i]!.height, 0) + 8 * (page.length - 1);
        if (page.length > 1) expect(height).toBeLessThanOrEqual(available);
      }
    }
  });
});

describe('paging calmly', () => {
  it.each([
    [0, 10_000],
    [30, 15_000],
    [500, 40_000],
  ])('a page of %i words stays %i ms', (words, ms) => {
    expect(pageDwellMs(words)).toBe(ms);
  });

  it('counts pages from 1', () => {
    expect(pageLabel(0, 2)).toBe('1/2');
  });
});

describe('names along the scale', () => {
  it('puts names of the same number in lanes under each other, and far apart ones side by side', () => {
    const placed = laneLabels([{ x: 100, width: 80 }, { x: 100, width: 60 }, { x: 400, width: 80 }, { x: 130, width: 50 }], 500);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0, 2]);
    expect(placed[2]!.left).toBe(360);
  });

  it('keeps a label at the ends inside the line', () => {
    expect(laneLabels([{ x: 0, width: 80 }, { x: 500, width: 80 }], 500).map((p) => p.left)).toEqual([0, 420]);
  });

  it('never lets two labels in one lane touch (property)', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 100; round++) {
      const labels = Array.from({ length: 12 }, () => ({ x: Math.round(random() * 10) * 100, width: 60 + random() * 200 }));
      const placed = laneLabels(labels, 1000, 8);
      for (let a = 0; a < labels.length; a++) {
        for (let b = a + 1; b < labels.length; b++) {
          if (placed[a]!.lane !== placed[b]!.lane) continue;
          const boxA = { x: placed[a]!.left, y: 0, width: labels[a]!.width, height: 1 };
          const boxB = { x: placed[b]!.left, y: 0, width: labels[b]!.width, height: 1 };
          expect(overlaps(boxA, boxB, 7)).toBe(false);
        }
      }
    }
  });
});

describe('labels beside the marks of a drawing', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 400 };
  it('takes the first free candidate, avoiding earlier labels and the marks', () => {
    const below = { x: 100, y: 120, width: 80, height: 20 };
    const above = { x: 100, y: 60, width: 80, height: 20 };
    const { boxes, collisions } = placeLabels([[below, above], [below, above]], [{ x: 130, y: 90, width: 20, height: 20 }], bounds);
    expect(boxes).toEqual([below, above]);
    expect(collisions).toBe(0);
  });

  it('counts a label that cannot be placed without touching something, and one outside the drawing', () => {
    const box = { x: 10, y: 10, width: 50, height: 20 };
    expect(placeLabels([[box], [box]], [], bounds).collisions).toBe(1);
    expect(placeLabels([[{ x: 390, y: 10, width: 50, height: 20 }]], [], bounds).collisions).toBe(1);
  });
});
