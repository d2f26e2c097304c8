import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openSharedScreen } from '../features/meeting/presenterWindow';
import { pageLabel } from '../../shared/domain/screenPaging';

/** The console's hold on a paged shared-screen view: open it, and step its pages ("2/4"). */
export function ScreenControls({ path, shown, count, onShow }: { path: string; shown: number; count: number; onShow(page: number): void }) {
  const { t } = useTranslation('common');
  const [blocked, setBlocked] = useState(false);
  return (
    <div className="screen-controls" role="group" aria-label={t('screen.open')}>
      <button type="button" className="button" onClick={() => setBlocked(!openSharedScreen(path))}>
        {t('screen.open')}
      </button>
      <button type="button" className="button button--small" onClick={() => onShow(shown - 1)} disabled={shown <= 0} aria-label={t('screen.previous')}>
        ‹
      </button>
      <span className="screen-controls__page" role="status" aria-label={t('screen.showing', { n: shown + 1, count })}>
        {pageLabel(shown, count)}
      </span>
      <button type="button" className="button button--small" onClick={() => onShow(shown + 1)} disabled={shown >= count - 1} aria-label={t('screen.next')}>
        ›
      </button>
      {blocked && <p className="field__error">{t('screen.blocked')}</p>}
    </div>
  );
}
