import { settingDefaults, settingFields, type Settings } from '../../shared/contract/settings';
import { prepared } from '../db/statements';
import type { Db } from '../db/connection';

const settingKeys = Object.keys(settingDefaults) as (keyof Settings)[];

/**
 * Reads every known setting; a missing or unreadable value falls back to its default rather than failing start-up.
 * From a bare database handle (the host's lock and backups have no service context), and below both the settings
 * slice and the audit trail (which names the actor from the profile), so neither imports the other back.
 */
export function readSettingsFrom(db: Db): Settings {
  const rows = prepared(db, `SELECT key, value FROM settings WHERE key IN (${settingKeys.map(() => '?').join(', ')})`)
    .all(...settingKeys) as { key: keyof Settings; value: string }[];
  const values: Record<string, unknown> = { ...settingDefaults };
  for (const row of rows) {
    try {
      const parsed = settingFields.shape[row.key].safeParse(JSON.parse(row.value));
      if (parsed.success) values[row.key] = parsed.data;
    } catch {
      // Unparseable JSON keeps the default.
    }
  }
  return values as Settings;
}
