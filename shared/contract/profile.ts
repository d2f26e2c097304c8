import { z } from 'zod';
import { PROFILE_ROLES, TEXT_SIZE_MAX, TEXT_SIZE_MIN, THEMES } from '../domain/profile';
import { channel, emptyInput } from './define';

/**
 * The user's profile (name, role, municipality: shown on documents), appearance (theme, text size) and whether
 * the first-run setup is done. Each field is one row of the `settings` key/value table (electron/services/profile.ts).
 */
export const profileFields = z.object({
  profileName: z.string().trim().max(120),
  profileRole: z.enum(PROFILE_ROLES).or(z.literal('')),
  profileMunicipality: z.string().trim().max(120),
  theme: z.enum(THEMES),
  textSize: z.number().int().min(TEXT_SIZE_MIN).max(TEXT_SIZE_MAX),
  firstRunDone: z.boolean(),
});
export type Profile = z.infer<typeof profileFields>;

export const profileDefaults: Profile = {
  profileName: '',
  profileRole: '',
  profileMunicipality: '',
  theme: 'system',
  textSize: 100,
  firstRunDone: false,
};

export interface ProfileState extends Profile {
  /** Show the first-run setup instead of the app (shared/domain/profile.ts firstRunNeeded). */
  firstRunNeeded: boolean;
  /** How many fictional demo cases are stored (0 = none; the demo can be loaded). */
  demoCases: number;
}

export const profileContract = {
  'profile.get': channel<ProfileState>()(emptyInput),
  /** Saves only the fields given; the rest keep their value. */
  'profile.update': channel<ProfileState>()(profileFields.partial().strict()),
};
