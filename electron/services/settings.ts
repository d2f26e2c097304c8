import type { Settings } from '../../shared/contract/settings';
import { DEFAULT_RETENTION_YEARS } from '../../shared/domain/retention';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../shared/domain/security';
import type { Db } from '../db/connection';
import type { HandlerMap, ServiceContext } from './context';

/** Each setting is one row in `settings` (JSON value), so other slices can add theirs without a migration. */
const KEYS: Record<keyof Settings, string> = {
  idleLockMinutes: 'security.idleLockMinutes',
  retentionYears: 'retention.years',
  retentionLegalBasis: 'retention.legalBasis',
};
const DEFAULTS: Settings = { idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES, retentionYears: DEFAULT_RETENTION_YEARS, retentionLegalBasis: '' };

export function readSetting<T>(db: Db, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export function getSettings(db: Db): Settings {
  return {
    idleLockMinutes: readSetting(db, KEYS.idleLockMinutes, DEFAULTS.idleLockMinutes),
    retentionYears: readSetting(db, KEYS.retentionYears, DEFAULTS.retentionYears),
    retentionLegalBasis: readSetting(db, KEYS.retentionLegalBasis, DEFAULTS.retentionLegalBasis),
  };
}

export function updateSettings(ctx: ServiceContext, input: Partial<Settings>): Settings {
  const before = getSettings(ctx.db);
  for (const key of Object.keys(KEYS) as (keyof Settings)[]) {
    if (input[key] !== undefined) writeSetting(ctx.db, KEYS[key], input[key]);
  }
  const after = getSettings(ctx.db);
  ctx.audit({ action: 'update', entity: 'settings', before, after });
  ctx.emit({ type: 'settings.changed', origin: ctx.origin });
  return after;
}

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => getSettings(ctx.db),
  'settings.update': updateSettings,
};
