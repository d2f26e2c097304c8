import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { settingDefaults, type Settings, type SettingsState } from '../../shared/contract/settings';
import type { Theme } from '../../shared/domain/settings';
import { api, onKredsEvent } from '../api';

interface SettingsContextValue {
  settings: SettingsState;
  /** Saves the given settings and applies them at once (theme, text size). */
  update(patch: Partial<Settings>): Promise<SettingsState>;
  reload(): void;
}

const fallback: SettingsState = { ...settingDefaults, firstRunNeeded: false, demoCases: 0 };
const SettingsContext = createContext<SettingsContextValue>({ settings: fallback, update: async () => fallback, reload: () => undefined });

/** A theme a screen forces while it is mounted (useThemeOverride); wins over the user's choice. */
let forcedTheme: Theme | null = null;

const OS_DARK = '(prefers-color-scheme: dark)';

/** The theme in use: "follow the OS" becomes light or dark as the OS says right now. */
function resolveTheme(theme: Theme): Exclude<Theme, 'system'> {
  if (theme !== 'system') return theme;
  return window.matchMedia(OS_DARK).matches ? 'dark' : 'light';
}

/** Applies theme and text size to <html>: `data-theme` (always a palette, never "system") and `--text-scale`. */
function applyAppearance(chosen: Theme, textSize: number): void {
  const root = document.documentElement;
  root.dataset.theme = resolveTheme(forcedTheme ?? chosen);
  root.style.setProperty('--text-scale', String(textSize / 100));
}

/** Loads the settings once (before the app shows, so there is no flash of the wrong theme) and on every change. */
export function SettingsProvider({ children, fallbackContent }: { children: (settings: SettingsState) => ReactNode; fallbackContent?: ReactNode }) {
  const [settings, setSettings] = useState<SettingsState | null>(null);
  // Answers can arrive in another order than their questions (two quick changes, each save's event reloading): only
  // an answer to a newer question than the one shown may replace it, or an older choice would come back for good.
  const asked = useRef(0);
  const shown = useRef(0);
  const ask = useCallback(<T extends SettingsState>(question: Promise<T>): Promise<T> => {
    const ticket = ++asked.current;
    return question.then((answer) => {
      if (ticket > shown.current) {
        shown.current = ticket;
        setSettings(answer);
      }
      return answer;
    });
  }, []);
  const reload = useCallback(() => {
    ask(api['settings.get']({})).catch(() => setSettings(fallback));
  }, [ask]);
  useEffect(reload, [reload]);
  useEffect(() => onKredsEvent((event) => (event.type === 'settings.changed' || event.type === 'cases.changed' || event.type === 'lock.changed') && reload()), [reload]);
  useEffect(() => {
    if (!settings) return;
    applyAppearance(settings.theme, settings.textSize);
    if (settings.theme !== 'system') return;
    // Following the OS: switch at once when the OS turns dark mode on or off, without a reload.
    const osDark = window.matchMedia(OS_DARK);
    const follow = () => applyAppearance(settings.theme, settings.textSize);
    osDark.addEventListener('change', follow);
    return () => osDark.removeEventListener('change', follow);
  }, [settings]);
  const update = useCallback((patch: Partial<Settings>) => ask(api['settings.set'](patch)), [ask]);
  if (!settings) return <>{fallbackContent ?? null}</>;
  return <SettingsContext.Provider value={{ settings, update, reload }}>{children(settings)}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  return useContext(SettingsContext);
}

/**
 * Forces a theme while mounted, whatever the user chose: the presenter view calls
 * `useThemeOverride('projector')` so the shared screen is always high contrast.
 */
export function useThemeOverride(theme: Theme): void {
  const { settings } = useSettings();
  useEffect(() => {
    forcedTheme = theme;
    applyAppearance(theme, settings.textSize);
    return () => {
      forcedTheme = null;
      applyAppearance(settings.theme, settings.textSize);
    };
  }, [theme, settings.theme, settings.textSize]);
}
