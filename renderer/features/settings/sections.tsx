import type { ComponentType } from 'react';
import { MapSettingsSection } from '../map/MapSettingsSection';
import { BackupSettings } from '../backup/BackupSettings';
import { LockSettings } from '../security/LockSettings';
import { PhoneSettings } from '../phones/PhoneSettings';
import { AppearanceSection } from './AppearanceSection';
import { DemoSection } from './DemoSection';
import { ProfileSection } from './ProfileSection';
import { RetentionSettings } from './RetentionSettings';

export interface SettingsSection {
  id: string;
  /** i18n key of the section heading, `namespace:key`. */
  title: string;
  Component: ComponentType;
}

/**
 * The sections of the "Indstillinger" page, in order. A capability adds its own with one line
 * (e.g. `{ id: 'lock', title: 'security:settings.title', Component: LockSection }`).
 */
export const settingsSections: SettingsSection[] = [
  { id: 'profile', title: 'settings:profile.title', Component: ProfileSection },
  { id: 'appearance', title: 'settings:appearance.title', Component: AppearanceSection },
  { id: 'map', title: 'map:settings.title', Component: MapSettingsSection },
  { id: 'lock', title: 'security:setup.title', Component: LockSettings },
  { id: 'phones', title: 'phones:settings.title', Component: PhoneSettings },
  { id: 'retention', title: 'settings:retention.title', Component: RetentionSettings },
  { id: 'backup', title: 'backup:title', Component: BackupSettings },
  { id: 'demo', title: 'settings:demo.title', Component: DemoSection },
];
