/**
 * No slip is final (issue 17): every small delete in a meeting or a plan can be taken back for a while.
 * The numbers and the audit wording live here so the host, the screens and the tests agree on them.
 */

/** How long the toast offers »Fortryd« (and Ctrl+Z works); it waits while the pointer or focus is on it. */
export const UNDO_OFFER_MS = 15_000;

/**
 * How long the host keeps what was deleted, in memory only. Longer than the offer, so a toast kept open by a
 * hovering pointer or a slow machine still works; short, so deleted text does not linger.
 */
export const UNDO_WINDOW_MS = 120_000;

/**
 * The audit line of an undo, made from the delete's own line: `Aftale "Ringe til skolen" slettet` becomes
 * `Aftale "Ringe til skolen" gendannet (sletningen fortrudt)`. The delete's line was already safe to write
 * (never fortroligt text), so this one is too.
 */
export function undoneSummary(deleteSummary: string): string {
  const restored = deleteSummary.replace(/ slettet(?=$|:)/, ' gendannet');
  return restored === deleteSummary ? `Sletning fortrudt: ${deleteSummary}` : `${restored} (sletningen fortrudt)`;
}
