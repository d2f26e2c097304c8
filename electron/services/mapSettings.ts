import { mapSettingsSummary } from '../../shared/domain/mapAudit';
import type { MapSettings } from '../../shared/contract/map';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';

/** Municipal label variants and wellbeing hints live in the settings table as JSON; empty values fall back to defaults. */
const LABELS_KEY = 'map.labels';
const HINTS_KEY = 'map.wellbeingHints';
const FAMILY_WORDS_KEY = 'map.familyWords';

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
  return { labels: readJson(ctx, LABELS_KEY, {}), wellbeingHints: readJson(ctx, HINTS_KEY, {}), familyWords: readJson(ctx, FAMILY_WORDS_KEY, {}) };
}

/** Only what differs from nothing is kept: a cleared field means "use the default" again. */
function withoutEmpty<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Partial<T>;
}

const perWording = <T extends Record<string, unknown>>(record: Partial<Record<string, T>>) =>
  Object.fromEntries(Object.entries(record).map(([wording, overrides]) => [wording, withoutEmpty(overrides ?? ({} as T))]));

/** `familyWords` left out keeps the family's words as they are (older clients send only labels and hints). */
export function saveMapSettings(ctx: ServiceContext, input: Omit<MapSettings, 'familyWords'> & { familyWords?: MapSettings['familyWords'] }): MapSettings {
  const before = readMapSettings(ctx);
  writeJson(ctx, LABELS_KEY, perWording(input.labels));
  writeJson(ctx, HINTS_KEY, withoutEmpty(input.wellbeingHints));
  if (input.familyWords) writeJson(ctx, FAMILY_WORDS_KEY, perWording(input.familyWords));
  ctx.emit({ type: 'map.settingsChanged', origin: ctx.origin });
  const after = readMapSettings(ctx);
  ctx.audit?.({ action: 'update', entity: 'map_settings', fields: ['labels', 'wellbeingHints', 'familyWords'], summary: mapSettingsSummary(before, after) });
  return after;
}
