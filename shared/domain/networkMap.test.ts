import { describe, expect, it } from 'vitest';
import { defaultAngle, defaultRing, fromPoint, moveByKey, normaliseAngle, toPoint } from './networkMap';

describe('network map geometry', () => {
  it.each([
    ['family', 1],
    ['private_network', 2],
    ['professional', 3],
  ] as const)('%s starts on ring %i', (group, ring) => {
    expect(defaultRing(group)).toBe(ring);
  });

  it('spreads a group over its sector and centres a lone person', () => {
    expect(defaultAngle('family', 0, 1)).toBe(270);
    expect([0, 1, 2].map((i) => defaultAngle('family', i, 3))).toEqual([215, 270, 325]);
  });

  it.each([
    [0, 0],
    [360, 0],
    [-15, 345],
    [725, 5],
  ])('normalises %i° to %i°', (input, output) => {
    expect(normaliseAngle(input)).toBe(output);
  });

  const radii = [150, 250, 350] as const;
  it.each([
    [100, 0, 1, 0],
    [0, 210, 2, 90],
    [0, 190, 1, 90],
    [-500, 0, 3, 180],
    [10, 0, 1, 0],
  ])('a drop at (%i, %i) lands on ring %i at %i°', (dx, dy, ring, angle) => {
    expect(fromPoint(dx, dy, radii)).toEqual({ ring, angle });
  });

  it('round-trips a point', () => {
    const { x, y } = toPoint(2, 135, radii);
    expect(fromPoint(x, y, radii)).toEqual({ ring: 2, angle: 135 });
  });

  it.each([
    ['ArrowUp', { ring: 2, angle: 90 }, { ring: 1, angle: 90 }],
    ['ArrowUp', { ring: 1, angle: 90 }, { ring: 1, angle: 90 }],
    ['ArrowDown', { ring: 3, angle: 90 }, { ring: 3, angle: 90 }],
    ['ArrowDown', { ring: 1, angle: 90 }, { ring: 2, angle: 90 }],
    ['ArrowLeft', { ring: 1, angle: 5 }, { ring: 1, angle: 350 }],
    ['ArrowRight', { ring: 1, angle: 350 }, { ring: 1, angle: 5 }],
    ['Enter', { ring: 1, angle: 0 }, null],
  ] as const)('%s moves %j to %j', (key, from, to) => {
    expect(moveByKey(key, from)).toEqual(to);
  });
});
