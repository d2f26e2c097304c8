import { mapSettingsSummary } from '../../shared/domain/mapAudit';
import type { MapSettings } from '../../shared/contract/map';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';

/** Municipal label variants and wellbeing hints live in the settings table as JSON; empty values fall back to defaults. */
const LABELS_KEY = 'map.labels';
const HINTS_KEY = 'map.wellbeingHints';

function readJson<T>(ctx: ServiceContext, key: string, fallback: T): T {
  const row = prepared(ctx.db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

function writeJson(ctx: ServiceContext, key: string, value: unknown): void {
  prepared(ctx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

export function readMapSettings(ctx: ServiceContext): MapSettings {
  return { labels: readJson(ctx, LABELS_KEY, {}), wellbeingHints: readJson(ctx, HINTS_KEY, {}) };
}

/** Only what differs from nothing is kept: a cleared field means "use the default" again. */
function withoutEmpty<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Partial<T>;
}

export function saveMapSettings(ctx: ServiceContext, input: MapSettings): MapSettings {
  const before = readMapSettings(ctx);
  const labels = Object.fromEntries(Object.entries(input.labels).map(([wording, overrides]) => [wording, withoutEmpty(overrides ?? {})]));
  writeJson(ctx, LABELS_KEY, labels);
  writeJson(ctx, HINTS_KEY, withoutEmpty(input.wellbeingHints));
  ctx.emit({ type: 'map.settingsChanged', origin: ctx.origin });
  const after = readMapSettings(ctx);
  ctx.audit?.({ action: 'update', entity: 'map_settings', fields: ['labels', 'wellbeingHints'], summary: mapSettingsSummary(before, after) });
  return after;
}
