import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/domain/bundle';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';

/** Saves a file the browser (or Electron's download handling) offers to the user. */
function download(fileName: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export one case as an encrypted sagspakke; the passphrase is typed twice and travels separately from the file. */
export function BundleExportDialog({ caseId, open, onClose }: { caseId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation('review');
  const announce = useAnnounce();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  // Off by default: fortroligt content leaves this computer only when the user chooses so, every time.
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const mismatch = repeat.length > 0 && repeat !== passphrase;
  const submit = useSubmit(
    () => api['bundle.export']({ caseId, passphrase, includeConfidential }),
    (file) => {
      download(file.fileName, file.content);
      announce(t('bundle.exported', { file: file.fileName }));
      setPassphrase('');
      setRepeat('');
      setIncludeConfidential(false);
      onClose();
    },
  );
  return (
    <Dialog title={t('bundle.exportTitle')} open={open} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!mismatch) void submit.run();
        }}
      >
        <p>{t('bundle.exportIntro', { min: MIN_PASSPHRASE_LENGTH })}</p>
        <TextField label={t('bundle.passphrase')} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} error={submit.fieldErrors.passphrase} />
        <TextField label={t('bundle.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} error={mismatch ? t('bundle.mismatch') : undefined} />
        <div>
          <label className="check">
            <input type="checkbox" checked={includeConfidential} onChange={(e) => setIncludeConfidential(e.target.checked)} aria-describedby="bundle-confidential-hint" />{' '}
            {t('bundle.includeConfidential')}
          </label>
          <p id="bundle-confidential-hint" className="muted small">
            {t('bundle.includeConfidentialHint')}
          </p>
        </div>
        {submit.formError && !submit.fieldErrors.passphrase && <ErrorMessage message={submit.formError} />}
        <FormActions label={t('bundle.export')} disabled={submit.busy || !passphrase || mismatch} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
