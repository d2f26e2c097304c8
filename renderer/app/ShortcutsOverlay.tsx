import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, SHORTCUT_SCOPES, allKeys, formatShortcut, type ShortcutScope } from '../../shared/shortcuts';
import { Dialog } from '../ui/Dialog';
import { isMac, useShortcut } from './shortcuts';

/**
 * The `?` overlay: every shortcut in shared/shortcuts.ts, grouped by where it works, in Danish. The sidebar shows it
 * on every screen; the meeting console (a screen without the sidebar) mounts its own with the meeting keys first.
 */
export function ShortcutsOverlay({ label, className = 'button button--quiet sidebar__shortcuts', first }: { label?: string; className?: string; first?: ShortcutScope }) {
  const { t } = useTranslation('shortcuts');
  const [open, setOpen] = useState(false);
  useShortcut('shortcuts.show', () => setOpen(true));
  const scopes = first ? [first, ...SHORTCUT_SCOPES.filter((s) => s !== first)] : SHORTCUT_SCOPES;
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} aria-keyshortcuts="?">
        {label ?? t('openButton')} <kbd>?</kbd>
      </button>
      <Dialog title={t('title')} open={open} onClose={() => setOpen(false)} wide>
        <p>{t('intro')}</p>
        {scopes.map((scope) => {
          const items = SHORTCUTS.filter((s) => s.scope === scope);
          if (items.length === 0) return null;
          return (
            <section key={scope} className="shortcut-group">
              <h3>{t(`scopes.${scope}`)}</h3>
              {scope === 'meeting' && <p className="muted small">{t('meetingHint')}</p>}
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
                        {allKeys(s).map((keys, k) => (
                          <span key={keys}>
                            {k > 0 && ` ${t('or')} `}
                            {formatShortcut(keys, isMac).map((key, i) => (
                              <span key={i}>
                                {i > 0 && ' + '}
                                <kbd>{key}</kbd>
                              </span>
                            ))}
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
