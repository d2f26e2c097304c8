import { useTranslation } from 'react-i18next';
import { TEXT_SIZE_MAX, TEXT_SIZE_MIN, stepTextSize } from '../../shared/domain/settings';
import { useAnnounce } from '../ui/Announcer';
import { navigate } from './router';
import { useSettings } from './settings';
import { useShortcut, useShortcutKeys } from './shortcuts';

/** The shortcuts that work on every screen of the app shell (the overlay registers `?` itself). */
export function useGlobalShortcuts(): void {
  const { t } = useTranslation('shortcuts');
  const { settings, update } = useSettings();
  const announce = useAnnounce();
  useShortcutKeys();

  const setTextSize = (size: number) => {
    const textSize = Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, size));
    void update({ textSize }).then(() => announce(t('textSizeNow', { size: textSize })));
  };
  useShortcut('case.new', () => navigate('/cases/new'));
  useShortcut('nav.cases', () => navigate('/cases'));
  useShortcut('nav.settings', () => navigate('/settings'));
  useShortcut('view.textLarger', () => setTextSize(stepTextSize(settings.textSize, 1)));
  useShortcut('view.textSmaller', () => setTextSize(stepTextSize(settings.textSize, -1)));
  useShortcut('view.textReset', () => setTextSize(100));
  useShortcut('view.projector', () => {
    const on = settings.theme !== 'projector';
    void update({ theme: on ? 'projector' : 'system' }).then(() => announce(t(on ? 'projectorOn' : 'projectorOff')));
  });
}
