import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, SHORTCUT_SCOPES, formatShortcut } from '../../shared/shortcuts';
import { Dialog } from '../ui/Dialog';
import { isMac, useShortcut } from './shortcuts';

/** The `?` overlay: every shortcut in shared/shortcuts.ts, grouped by where it works, in Danish. */
export function ShortcutsOverlay() {
  const { t } = useTranslation('shortcuts');
  const [open, setOpen] = useState(false);
  useShortcut('shortcuts.show', () => setOpen(true));
  return (
    <>
      <button type="button" className="button button--quiet sidebar__shortcuts" onClick={() => setOpen(true)} aria-keyshortcuts="?">
        {t('openButton')} <kbd>?</kbd>
      </button>
      <Dialog title={t('title')} open={open} onClose={() => setOpen(false)} wide>
        <p>{t('intro')}</p>
        {SHORTCUT_SCOPES.map((scope) => {
          const items = SHORTCUTS.filter((s) => s.scope === scope);
          if (items.length === 0) return null;
          return (
            <section key={scope} className="shortcut-group">
              <h3>{t(`scopes.${scope}`)}</h3>
              <table className="shortcut-table">
                <thead>
                  <tr>
                    <th scope="col">{t('keysColumn')}</th>
                    <th scope="col">{t('actionColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((s) => (
                    <tr key={s.id}>
                      <td>
                        {formatShortcut(s.keys, isMac).map((key, i) => (
                          <span key={i}>
                            {i > 0 && ' + '}
                            <kbd>{key}</kbd>
                          </span>
                        ))}
                      </td>
                      <td>{t(s.label)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
      </Dialog>
    </>
  );
}
