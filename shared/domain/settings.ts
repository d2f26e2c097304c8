/** Appearance and profile rules shared by the settings page, the first run and the services. */

export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** Text size in percent of the theme's base size; 200 % must not break any layout (WCAG 1.4.4). */
export const TEXT_SIZE_MIN = 90;
export const TEXT_SIZE_MAX = 200;
export const TEXT_SIZE_STEP = 10;
export const TEXT_SIZES = Array.from({ length: (TEXT_SIZE_MAX - TEXT_SIZE_MIN) / TEXT_SIZE_STEP + 1 }, (_, i) => TEXT_SIZE_MIN + i * TEXT_SIZE_STEP);

/** The roles a Kreds user has (DOMAIN.md "The people"); shown on PDFs with the name and municipality. */
export const PROFILE_ROLES = ['caseworker', 'ppr_psychologist', 'health_visitor', 'facilitator', 'other'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

/** One step larger or smaller, kept within 90–200 %. */
export function stepTextSize(current: number, direction: 1 | -1): number {
  const snapped = Math.round(current / TEXT_SIZE_STEP) * TEXT_SIZE_STEP;
  return Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, snapped + direction * TEXT_SIZE_STEP));
}

/**
 * The first-run setup shows once, on a fresh install: not after it was finished or skipped, and not when
 * the data folder already holds cases (an existing user, --demo, a restored backup).
 */
export function firstRunNeeded(state: { firstRunDone: boolean; caseCount: number }): boolean {
  return !state.firstRunDone && state.caseCount === 0;
}
