/** App lock rules: what a PIN or passphrase must look like, idle limits, and the delay after wrong attempts. */

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const IDLE_LOCK_MINUTES_RANGE = { min: 1, max: 240 } as const;
/** Wrong attempts that are free; from the next one on, the host makes the user wait. */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

/**
 * A PIN is digits only and at least 6 long (4 digits are guessed too quickly even with the delay);
 * anything else is a passphrase of at least 8 characters. Returns a Danish message, or null when fine.
 */
export function secretProblem(secret: string): string | null {
  if (secret.length > 128) return 'Må højst være 128 tegn';
  if (/^\d+$/.test(secret)) return secret.length >= 6 ? null : 'En PIN-kode skal have mindst 6 cifre';
  if (secret.trim().length < 8) return 'En adgangssætning skal have mindst 8 tegn';
  return null;
}

/**
 * Seconds to wait before the next attempt after `failures` wrong attempts in a row: nothing for the
 * first five, then 30 s, doubling with every further wrong attempt, at most 15 minutes.
 */
export function unlockDelaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Whether the app has been idle long enough to lock. */
export function idleExpired(lastActivity: Date, now: Date, idleMinutes: number): boolean {
  return now.getTime() - lastActivity.getTime() >= idleMinutes * 60_000;
}
