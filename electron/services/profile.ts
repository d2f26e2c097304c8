import { profileDefaults, profileFields, type Profile, type ProfileState } from '../../shared/contract/profile';
import { firstRunNeeded } from '../../shared/domain/profile';
import type { HandlerMap, ServiceContext } from './context';

/**
 * Where each field lives in the `settings` table (one JSON value per key). `profileName` is also read by the
 * agreements overview ("mine") and the meeting's edit log, so there is one name for the user in the app.
 */
const KEYS: Record<keyof Profile, string> = {
  profileName: 'profileName',
  profileRole: 'profile.role',
  profileMunicipality: 'profile.municipality',
  theme: 'appearance.theme',
  textSize: 'appearance.textSize',
  firstRunDone: 'setup.firstRunDone',
};
const fields = Object.keys(KEYS) as (keyof Profile)[];

/** Reads every field; a missing or unreadable value falls back to its default rather than failing start-up. */
export function readProfile(ctx: ServiceContext): Profile {
  const rows = ctx.db
    .prepare(`SELECT key, value FROM settings WHERE key IN (${fields.map(() => '?').join(', ')})`)
    .all(...fields.map((f) => KEYS[f])) as { key: string; value: string }[];
  const values: Record<string, unknown> = { ...profileDefaults };
  for (const field of fields) {
    const row = rows.find((r) => r.key === KEYS[field]);
    if (!row) continue;
    try {
      const parsed = profileFields.shape[field].safeParse(JSON.parse(row.value));
      if (parsed.success) values[field] = parsed.data;
    } catch {
      // Unparseable JSON keeps the default.
    }
  }
  return values as Profile;
}

export function writeProfile(ctx: ServiceContext, patch: Partial<Profile>): void {
  const upsert = ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const field of fields) {
    if (patch[field] !== undefined) upsert.run(KEYS[field], JSON.stringify(patch[field]));
  }
  ctx.emit({ type: 'profile.changed', origin: ctx.origin });
}

export function profileState(ctx: ServiceContext): ProfileState {
  const profile = readProfile(ctx);
  const caseCount = (ctx.db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
  const demoCases = (ctx.db.prepare('SELECT COUNT(*) AS n FROM cases WHERE is_demo = 1').get() as { n: number }).n;
  return { ...profile, firstRunNeeded: firstRunNeeded({ firstRunDone: profile.firstRunDone, caseCount }), demoCases };
}

export const profileHandlers: HandlerMap<'profile.get' | 'profile.update'> = {
  'profile.get': (ctx) => profileState(ctx),
  'profile.update': (ctx, input) => {
    writeProfile(ctx, input);
    return profileState(ctx);
  },
};
