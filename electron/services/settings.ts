import { settingDefaults, type Settings, type SettingsState } from '../../shared/contract/settings';
import { settingsSummary } from '../../shared/domain/settingsAudit';
import { firstRunNeeded } from '../../shared/domain/settings';
import { prepared } from '../db/statements';
import type { Db } from '../db/connection';
import { changedFields } from './audit';
import type { HandlerMap, ServiceContext } from './context';
import { readSettingsFrom } from './settingsRead';

/** Reads every known setting (defaults where a value is missing or unreadable). */
export function readSettings(ctx: ServiceContext): Settings {
  return readSettingsFrom(ctx.db);
}

export function writeSettings(ctx: ServiceContext, patch: Partial<Settings>): void {
  const before = readSettings(ctx);
  const upsert = prepared(ctx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(patch)) {
    // A value saved again unchanged writes nothing, so it leaves no empty entry in the audit trail.
    if (value !== undefined && key in settingDefaults && JSON.stringify(value) !== JSON.stringify(before[key as keyof Settings])) upsert.run(key, JSON.stringify(value));
  }
  const after = readSettings(ctx);
  const fields = changedFields(before, after);
  if (fields.length) ctx.audit?.({ action: 'update', entity: 'settings', fields, summary: settingsSummary(before, after) });
  ctx.emit({ type: 'settings.changed', origin: ctx.origin });
}

export function settingsState(ctx: ServiceContext): SettingsState {
  const settings = readSettings(ctx);
  const caseCount = (prepared(ctx.db, 'SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
  const demoCases = (prepared(ctx.db, 'SELECT COUNT(*) AS n FROM cases WHERE is_demo = 1').get() as { n: number }).n;
  return { ...settings, firstRunNeeded: firstRunNeeded({ firstRunDone: settings.firstRunDone, caseCount }), demoCases };
}

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.set'> = {
  'settings.get': (ctx) => settingsState(ctx),
  'settings.set': (ctx, input) => {
    writeSettings(ctx, input);
    return settingsState(ctx);
  },
};

/**
 * Internal state that is not a user setting (the lock's PIN hash, its failure count): kept in the same table
 * under keys settings.get never reads, so it never reaches the renderer.
 */
export function readInternal<T>(db: Db, key: string, fallback: T): T {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

export function writeInternal(db: Db, key: string, value: unknown): void {
  prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
