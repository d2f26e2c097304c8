import type { KredsHost } from './host/core';
import { takeDueReminders, type Reminder } from './services/followupReminders';

const CHECK_EVERY_MS = 15 * 60_000;

/**
 * Checks for due follow-up reminders at start and every quarter of an hour, in one transaction each, and hands
 * them to the OS notifier. Kept out of main.ts so the schedule can be read (and reasoned about) on its own.
 */
export function startFollowUpReminders(host: KredsHost, notify: (reminder: Reminder) => void): () => void {
  const check = () => {
    if (!host.db) return;
    const ctx = host.context();
    const due = ctx.db.transaction(() => takeDueReminders(ctx))();
    for (const reminder of due) notify(reminder);
  };
  check();
  const timer = setInterval(check, CHECK_EVERY_MS);
  return () => clearInterval(timer);
}
