import type { ComponentType } from 'react';
import { AppearanceSection } from '../profile/AppearanceSection';
import { DemoSection } from '../profile/DemoSection';
import { ProfileSection } from '../profile/ProfileSection';

/**
 * The sections of the "Indstillinger" page, in order; each renders its own `<section className="settings-section">`
 * with an h2. A capability adds its own with one line (e.g. `{ id: 'lock', Component: LockSettings }`).
 */
export const settingsSections: { id: string; Component: ComponentType }[] = [
  { id: 'profile', Component: ProfileSection },
  { id: 'appearance', Component: AppearanceSection },
  { id: 'demo', Component: DemoSection },
];
