import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../shared/contract/backup';
import { formatDateTime } from '../../../shared/domain/dates';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { ErrorMessage } from '../../ui/Page';
import { holdsText, RestoreDialog } from './RestoreDialog';
import './backup.css';

/** Indstillinger → Sikkerhedskopier: the list, "Tag sikkerhedskopi nu", save a copy, restore from a file or the list. */
export function BackupSettings() {
  const { t } = useTranslation('backup');
  const announce = useAnnounce();
  const list = useLoad(() => api['backup.list']({}), []);
  const [chosen, setChosen] = useState<BackupPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof KredsError ? e.message : String(e));
    }
  };
  const createNow = () =>
    attempt(async () => {
      await api['backup.create']({});
      announce(t('created'));
      list.reload();
    });
  const saveCopy = (name: string) =>
    attempt(async () => {
      const file = await api['backup.export']({ name });
      const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
      link.download = file.fileName;
      link.click();
      URL.revokeObjectURL(link.href);
    });
  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void attempt(async () => {
      const buffer = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (let i = 0; i < buffer.length; i += 0x8000) binary += String.fromCharCode(...buffer.subarray(i, i + 0x8000));
      const preview = await api['backup.import']({ fileName: file.name.slice(0, 200), dataBase64: btoa(binary) });
      list.reload();
      setChosen(preview);
    });
  };

  return (
    <>
      <p>{t('intro')}</p>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => void createNow()}>
          {t('createNow')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('restoreFromFile')}
        </button>
        <input ref={fileInput} type="file" accept=".kreds-backup" hidden onChange={importFile} aria-label={t('restoreFromFile')} />
      </div>
      {error && <ErrorMessage message={error} />}
      {list.error && <ErrorMessage message={list.error.message} onRetry={list.reload} retryLabel={t('common:actions.retry')} />}
      {!list.data && !list.error && <p className="muted">{t('common:status.loading')}</p>}
      {list.data?.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="backup-list">
        {list.data?.map((b) => (
          <li key={b.name} className="backup-row">
            <span className="backup-row__date">{formatDateTime(b.createdAt)}</span>
            <span className="muted">{t(`kind.${b.kind}`)}</span>
            <span className="backup-row__holds">{b.readable ? holdsText(t, b) : t('unusable', { problem: b.problem })}</span>
            <span className="backup-row__actions">
              <button type="button" className="button" disabled={!b.readable} onClick={() => setChosen(b)}>
                {t('restore')}
              </button>
              <button type="button" className="button" onClick={() => void saveCopy(b.name)}>
                {t('saveCopy')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <RestoreDialog preview={chosen} onClose={() => setChosen(null)} />
    </>
  );
}
