import { describe, expect, it } from 'vitest';
import { TEXT_SIZES, firstRunNeeded, stepTextSize } from './settings';

describe('text size', () => {
  it.each([
    [100, 1, 110],
    [100, -1, 90],
    [90, -1, 90],
    [200, 1, 200],
    [195, 1, 200],
    [104, 1, 110],
  ] as const)('from %i %% one step %i gives %i %%', (from, direction, expected) => {
    expect(stepTextSize(from, direction)).toBe(expected);
  });
  it('offers every size from 90 to 200 % in steps of 10', () => {
    expect(TEXT_SIZES[0]).toBe(90);
    expect(TEXT_SIZES.at(-1)).toBe(200);
    expect(TEXT_SIZES).toHaveLength(12);
  });
});

describe('first run', () => {
  it.each([
    [{ firstRunDone: false, caseCount: 0 }, true],
    [{ firstRunDone: true, caseCount: 0 }, false],
    [{ firstRunDone: false, caseCount: 3 }, false],
  ])('%o needs the setup: %s', (state, expected) => {
    expect(firstRunNeeded(state)).toBe(expected);
  });
});
