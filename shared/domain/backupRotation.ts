import { isoWeek, toIsoDay } from './dates';

/** Which backups to keep: automatic ones 7 daily + 4 weekly, manual ones the newest 5. */

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_MANUAL = 5;

export type BackupKind = 'auto' | 'manual' | 'before-restore';

export interface BackupEntry {
  name: string;
  kind: BackupKind;
  createdAt: string;
}

/**
 * Automatic backups: the newest of each of the 7 most recent days, and the newest of each of the 4 most
 * recent ISO weeks. Manual and before-restore backups: the newest 5 of each kind. Everything else
 * rotates out, which is also how a deleted case leaves the backups.
 */
export function backupsToKeep(entries: BackupEntry[]): Set<string> {
  const keep = new Set<string>();
  const newestFirst = [...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const auto = newestFirst.filter((e) => e.kind === 'auto');
  keepNewestPerBucket(auto, (e) => toIsoDay(new Date(e.createdAt)), KEEP_DAILY, keep);
  keepNewestPerBucket(auto, (e) => weekKey(new Date(e.createdAt)), KEEP_WEEKLY, keep);
  for (const kind of ['manual', 'before-restore'] as const) {
    for (const e of newestFirst.filter((x) => x.kind === kind).slice(0, KEEP_MANUAL)) keep.add(e.name);
  }
  return keep;
}

function keepNewestPerBucket(newestFirst: BackupEntry[], bucket: (e: BackupEntry) => string, count: number, keep: Set<string>): void {
  const seen = new Set<string>();
  for (const entry of newestFirst) {
    const key = bucket(entry);
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    keep.add(entry.name);
  }
}

function weekKey(date: Date): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${week}`;
}

/** Whether an automatic backup is due: none was taken on the same calendar day. */
export function dailyBackupDue(entries: BackupEntry[], now: Date): boolean {
  const today = toIsoDay(now);
  return !entries.some((e) => e.kind === 'auto' && toIsoDay(new Date(e.createdAt)) === today);
}
