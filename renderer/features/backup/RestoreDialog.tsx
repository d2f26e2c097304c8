import { useTranslation } from 'react-i18next';
import type { BackupPreview } from '../../../shared/contract/backup';
import { formatDateTime } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';

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
          <FormActions label={t('confirmRestore')} disabled={restore.busy} danger onConfirm={() => void restore.run()} onCancel={onClose} />
        </div>
      )}
    </Dialog>
  );
}
