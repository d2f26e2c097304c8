import { z } from 'zod';
import { DEFAULT_RETENTION_YEARS, RETENTION_YEARS_RANGE } from '../domain/retention';
import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES_RANGE } from '../domain/security';
import { PROFILE_ROLES, TEXT_SIZE_MAX, TEXT_SIZE_MIN, THEMES } from '../domain/settings';
import { channel } from './define';

/**
 * Every user setting with its schema and default, stored one row each in the `settings` table.
 * A capability adds a setting with one line here and one in `settingDefaults`.
 */
export const settingFields = z.object({
  theme: z.enum(THEMES),
  textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX),
  profileName: z.string().trim().max(120),
  profileRole: z.enum(PROFILE_ROLES).or(z.literal('')),
  profileMunicipality: z.string().trim().max(120),
  firstRunDone: z.boolean(),
  /** The user chose »Senere« at the first run's PIN step: a calm banner reminds them until a PIN is set. */
  lockPostponed: z.boolean(),
  /** The app locks after this many minutes without user activity (when a PIN is set). */
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES_RANGE.min).max(IDLE_LOCK_MINUTES_RANGE.max),
  /** Closed cases are due for deletion this many years after closing. */
  retentionYears: z.number().int().min(RETENTION_YEARS_RANGE.min).max(RETENTION_YEARS_RANGE.max),
  /** The municipality's legal basis for the retention period; blank until someone fills it in. */
  retentionLegalBasis: z.string().trim().max(1000),
  /** The municipality allows "Deltag fra telefon" (the facilitator still turns it on per meeting). */
  phonesAllowed: z.boolean(),
});
export type Settings = z.infer<typeof settingFields>;

export const settingDefaults: Settings = {
  theme: 'system',
  textSize: 100,
  profileName: '',
  profileRole: '',
  profileMunicipality: '',
  firstRunDone: false,
  lockPostponed: false,
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  retentionYears: DEFAULT_RETENTION_YEARS,
  retentionLegalBasis: '',
  phonesAllowed: true,
};

export interface SettingsState extends Settings {
  /** Show the first-run setup instead of the app (shared/domain/settings.ts firstRunNeeded). */
  firstRunNeeded: boolean;
  /** How many fictional demo cases are stored (0 = none; the demo can be loaded). */
  demoCases: number;
}

export const settingsContract = {
  'settings.get': channel<SettingsState>()(z.object({}).strict()),
  /** Saves only the settings given; the rest keep their value. */
  'settings.set': channel<SettingsState>()(settingFields.partial().strict()),
};
