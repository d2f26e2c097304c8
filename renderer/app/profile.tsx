import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { profileDefaults, type Profile, type ProfileState } from '../../shared/contract/profile';
import type { Theme } from '../../shared/domain/profile';
import { api, onKredsEvent } from '../api';

interface ProfileContextValue {
  profile: ProfileState;
  /** Saves the given fields and applies them at once (theme, text size). */
  update(patch: Partial<Profile>): Promise<ProfileState>;
  reload(): void;
}

const fallback: ProfileState = { ...profileDefaults, firstRunNeeded: false, demoCases: 0 };
const ProfileContext = createContext<ProfileContextValue>({ profile: fallback, update: async () => fallback, reload: () => undefined });

/** A theme a screen forces while it is mounted (useThemeOverride); wins over the user's choice. */
let forcedTheme: Theme | null = null;

/** Applies theme and text size to <html>: `data-theme` (absent = follow the OS) and `--text-scale`. */
function applyAppearance(chosen: Theme, textSize: number): void {
  const root = document.documentElement;
  const theme = forcedTheme ?? chosen;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.style.setProperty('--text-scale', String(textSize / 100));
}

/** Loads the profile once (before the app shows, so there is no flash of the wrong theme) and on every change. */
export function ProfileProvider({ children }: { children: (profile: ProfileState) => ReactNode }) {
  const [profile, setProfile] = useState<ProfileState | null>(null);
  const reload = useCallback(() => {
    api['profile.get']({}).then(setProfile, () => setProfile(fallback));
  }, []);
  useEffect(reload, [reload]);
  useEffect(() => onKredsEvent((event) => (event.type === 'profile.changed' || event.type === 'cases.changed') && reload()), [reload]);
  useEffect(() => {
    if (profile) applyAppearance(profile.theme, profile.textSize);
  }, [profile]);
  const update = useCallback(async (patch: Partial<Profile>) => {
    const next = await api['profile.update'](patch);
    setProfile(next);
    return next;
  }, []);
  if (!profile) return null;
  return <ProfileContext.Provider value={{ profile, update, reload }}>{children(profile)}</ProfileContext.Provider>;
}

export function useProfile(): ProfileContextValue {
  return useContext(ProfileContext);
}

/**
 * Forces a theme while mounted, whatever the user chose: the presenter view calls
 * `useThemeOverride('projector')` so the shared screen is always high contrast.
 */
export function useThemeOverride(theme: Theme): void {
  const { profile } = useProfile();
  useEffect(() => {
    forcedTheme = theme;
    applyAppearance(theme, profile.textSize);
    return () => {
      forcedTheme = null;
      applyAppearance(profile.theme, profile.textSize);
    };
  }, [theme, profile.theme, profile.textSize]);
}
