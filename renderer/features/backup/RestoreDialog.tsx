import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../shared/contract/backup';
import { formatDateTime } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/Page';

export function holdsText(t: (key: string, options?: Record<string, unknown>) => string, preview: BackupPreview): string {
  const holds = t('holds', { cases: preview.cases, closed: preview.closedCases, meetings: preview.meetings });
  return preview.deletedCases ? `${holds} – ${t('holdsDeleted', { count: preview.deletedCases })}` : holds;
}

/** The preview before a restore: what the backup holds and from when; restoring reloads every window. */
export function RestoreDialog({ preview, onClose }: { preview: BackupPreview | null; onClose(): void }) {
  const { t } = useTranslation('backup');
  const restore = useSubmit(
    () => api['backup.restore']({ name: preview!.name }),
    () => window.location.reload(),
  );
  return (
    <Dialog title={t('previewTitle')} open={preview !== null} onClose={onClose}>
      {preview && (
        <div className="form">
          <p>{t('previewIntro', { date: formatDateTime(preview.createdAt) })}</p>
          <p>
            <strong>{holdsText(t, preview)}</strong>
          </p>
          {preview.deletedCases > 0 && <p className="notice">{t('deletedWarning', { count: preview.deletedCases })}</p>}
          <p className="notice">{t('previewWarning')}</p>
          {restore.formError && <ErrorMessage message={restore.formError} />}
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={restore.busy} onClick={() => void restore.run()}>
              {t('confirmRestore')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
