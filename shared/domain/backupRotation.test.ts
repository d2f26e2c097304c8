import { describe, expect, it } from 'vitest';
import { backupsToKeep, dailyBackupDue, type BackupEntry } from './backupRotation';

function daily(days: number, from = new Date('2026-03-31T12:00:00Z')): BackupEntry[] {
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(from.getTime() - i * 86_400_000);
    return { name: `auto-${i}`, kind: 'auto' as const, createdAt: at.toISOString() };
  });
}

describe('backup rotation', () => {
  it('keeps every backup while there are fewer than 7 days of them', () => {
    expect(backupsToKeep(daily(5)).size).toBe(5);
  });

  it('keeps 7 daily and 4 weekly out of 60 days of automatic backups', () => {
    const entries = daily(60);
    const keep = backupsToKeep(entries);
    const kept = entries.filter((e) => keep.has(e.name));
    expect(kept.slice(0, 7).map((e) => e.name)).toEqual(['auto-0', 'auto-1', 'auto-2', 'auto-3', 'auto-4', 'auto-5', 'auto-6']);
    // The newest of each of the last 4 ISO weeks: some coincide with the daily ones.
    expect(kept.length).toBeGreaterThanOrEqual(7);
    expect(kept.length).toBeLessThanOrEqual(11);
    const oldest = new Date(kept.at(-1)!.createdAt);
    expect((new Date('2026-03-31T12:00:00Z').getTime() - oldest.getTime()) / 86_400_000).toBeLessThan(28);
  });

  it('keeps only the newest of several backups on the same day in the daily set', () => {
    const entries: BackupEntry[] = [
      { name: 'late', kind: 'auto', createdAt: '2026-03-31T18:00:00Z' },
      { name: 'early', kind: 'auto', createdAt: '2026-03-31T08:00:00Z' },
    ];
    expect([...backupsToKeep(entries)]).toEqual(['late']);
  });

  it('keeps the newest 5 manual backups and 5 before-restore backups', () => {
    const manual = daily(8).map((e, i) => ({ ...e, name: `m${i}`, kind: 'manual' as const }));
    const keep = backupsToKeep(manual);
    expect([...keep].sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
  });

  it('is due once per calendar day', () => {
    const now = new Date('2026-03-31T15:00:00');
    expect(dailyBackupDue([], now)).toBe(true);
    expect(dailyBackupDue([{ name: 'a', kind: 'auto', createdAt: new Date('2026-03-31T08:00:00').toISOString() }], now)).toBe(false);
    expect(dailyBackupDue([{ name: 'a', kind: 'manual', createdAt: new Date('2026-03-31T08:00:00').toISOString() }], now)).toBe(true);
  });
});
