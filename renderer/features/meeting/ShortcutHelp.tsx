import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { SHORTCUTS } from './shortcuts';

/** Every meeting shortcut in one overlay (press ? to open and close). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('meetings');
  return (
    <Dialog title={t('shortcuts.title')} open={open} onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ` ${t('shortcuts.or')} `}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`shortcuts.action.${s.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('shortcuts.typingHint')}</p>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
