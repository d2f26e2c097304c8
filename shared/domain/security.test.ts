import { describe, expect, it } from 'vitest';
import { idleExpired, secretProblem, unlockDelaySeconds } from './security';

describe('PIN or passphrase', () => {
  it.each([
    ['123456', null],
    ['12345', 'En PIN-kode skal have mindst 6 cifre'],
    ['kaffe og kage', null],
    ['kort', 'En adgangssætning skal have mindst 8 tegn'],
    ['        ', 'En adgangssætning skal have mindst 8 tegn'],
    ['x'.repeat(129), 'Må højst være 128 tegn'],
  ])('%j → %j', (secret, problem) => expect(secretProblem(secret)).toBe(problem));
});

describe('the delay after wrong attempts', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [20, 900],
  ])('%i wrong attempts → wait %i s', (failures, seconds) => expect(unlockDelaySeconds(failures)).toBe(seconds));
});

describe('idle lock', () => {
  const start = new Date('2026-05-14T10:00:00');
  it.each([
    [9, false],
    [10, true],
    [11, true],
  ])('after %i minutes with a 10-minute limit → %s', (minutes, expired) =>
    expect(idleExpired(start, new Date(start.getTime() + minutes * 60_000), 10)).toBe(expired));
});
