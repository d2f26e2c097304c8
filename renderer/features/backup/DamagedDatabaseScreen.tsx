import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../shared/contract/backup';
import { formatDateTime } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../ui/Page';
import { holdsText } from './RestoreDialog';
import './backup.css';

/**
 * Shown instead of the app when the database is damaged (startup error db_corrupt): the host keeps the
 * file closed and untouched, and the user restores the newest good backup from here. No crash loop, no empty app.
 */
export function DamagedDatabaseScreen({ message }: { message: string }) {
  const { t } = useTranslation('backup');
  const list = useLoad(() => api['backup.list']({}), []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const good = (list.data ?? []).filter((b) => b.readable);
  const newest = good[0];
  const restoreOne = async (b: BackupPreview) => {
    setBusy(true);
    setError(null);
    try {
      await api['backup.restore']({ name: b.name });
      window.location.reload();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <main className="damaged" role="alert" aria-labelledby="damaged-title">
      <h1 id="damaged-title">{t('damaged.title')}</h1>
      <p className="startup-error__message">{message}</p>
      <p>{t('damaged.intro')}</p>
      {error && <ErrorMessage message={error} />}
      {list.data && !newest && <p className="notice">{t('damaged.noneGood')}</p>}
      {newest && (
        <>
          <p className="damaged__offer">{t('damaged.offer', { date: formatDateTime(newest.createdAt), holds: holdsText(t, newest) })}</p>
          {newest.deletedCases > 0 && <p className="notice">{t('deletedWarning', { count: newest.deletedCases })}</p>}
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void restoreOne(newest)}>
            {busy ? t('damaged.restoring') : t('damaged.restoreNewest')}
          </button>
        </>
      )}
      {good.length > 1 && (
        <>
          <h2 className="small">{t('damaged.others')}</h2>
          <ul className="backup-list">
            {good.slice(1).map((b) => (
              <li key={b.name} className="backup-row">
                <span className="backup-row__date">{formatDateTime(b.createdAt)}</span>
                <span className="muted">{t(`kind.${b.kind}`)}</span>
                <span>{holdsText(t, b)}</span>
                <button type="button" className="button" disabled={busy} onClick={() => void restoreOne(b)}>
                  {t('restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
