/**
 * The network map (netværkskort / økokort): the child in the centre, everyone else on three concentric rings by
 * closeness as the child and family see it. Angles are degrees clockwise from "east" (SVG convention).
 */
import type { Group } from './participants';

export const RINGS = [1, 2, 3] as const;
export type Ring = (typeof RINGS)[number];

/** A line from the child to the person: support, strain, both, or none drawn. */
export const TIES = ['none', 'support', 'strain', 'both'] as const;
export type Tie = (typeof TIES)[number];

/** Group shapes and letters, so the map reads without colour (projectors wash colours out; colour-blind viewers). */
export const GROUP_MARK: Record<Group, { shape: 'circle' | 'diamond' | 'square'; letter: string }> = {
  family: { shape: 'circle', letter: 'F' },
  private_network: { shape: 'diamond', letter: 'N' },
  professional: { shape: 'square', letter: 'P' },
};

/** Where a person starts before anyone moves them: family closest, professionals farthest. */
export function defaultRing(group: Group): Ring {
  return group === 'family' ? 1 : group === 'private_network' ? 2 : 3;
}

/** Each group starts in its own sector (family top, network lower right, professionals lower left). */
const SECTOR_CENTRE: Record<Group, number> = { family: 270, private_network: 30, professional: 150 };
const SECTOR_WIDTH = 110;

export function defaultAngle(group: Group, index: number, countInGroup: number): number {
  if (countInGroup <= 1) return SECTOR_CENTRE[group];
  const step = SECTOR_WIDTH / (countInGroup - 1);
  return normaliseAngle(SECTOR_CENTRE[group] - SECTOR_WIDTH / 2 + step * index);
}

export function normaliseAngle(angle: number): number {
  return ((Math.round(angle * 10) / 10) % 360 + 360) % 360;
}

export function clampRing(ring: number): Ring {
  return Math.min(3, Math.max(1, Math.round(ring))) as Ring;
}

/** Radius of each ring (index 0 = ring 1). The inner ring is wider than an even split: the closest people crowd there. */
export type RingRadii = readonly [number, number, number];

/** Point on the map for a ring and angle. */
export function toPoint(ring: Ring, angle: number, radii: RingRadii): { x: number; y: number } {
  const radians = (angle * Math.PI) / 180;
  const radius = radii[ring - 1]!;
  return { x: Math.cos(radians) * radius, y: Math.sin(radians) * radius };
}

/** Where a node dropped at (dx, dy) from the centre lands: the nearest ring, the angle it was dropped at. */
export function fromPoint(dx: number, dy: number, radii: RingRadii): { ring: Ring; angle: number } {
  const distance = Math.hypot(dx, dy);
  const angle = normaliseAngle((Math.atan2(dy, dx) * 180) / Math.PI);
  let ring: Ring = 1;
  for (const candidate of RINGS) if (Math.abs(radii[candidate - 1]! - distance) < Math.abs(radii[ring - 1]! - distance)) ring = candidate;
  return { ring, angle };
}

export const KEYBOARD_STEP_DEGREES = 15;

/** The keyboard way to arrange the map: ↑ closer, ↓ farther, ← / → around the ring. */
export function moveByKey(key: string, position: { ring: Ring; angle: number }): { ring: Ring; angle: number } | null {
  switch (key) {
    case 'ArrowUp':
      return { ...position, ring: clampRing(position.ring - 1) };
    case 'ArrowDown':
      return { ...position, ring: clampRing(position.ring + 1) };
    case 'ArrowLeft':
      return { ...position, angle: normaliseAngle(position.angle - KEYBOARD_STEP_DEGREES) };
    case 'ArrowRight':
      return { ...position, angle: normaliseAngle(position.angle + KEYBOARD_STEP_DEGREES) };
    default:
      return null;
  }
}
