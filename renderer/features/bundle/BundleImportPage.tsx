import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundlePreview } from '../../../shared/domain/bundle';
import { MAX_BUNDLE_BYTES } from '../../../shared/domain/bundle';
import { formatDateTime } from '../../../shared/domain/dates';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useSubmit } from '../../app/useForm';
import { TextField } from '../../ui/Field';
import { ErrorMessage, PageHeader } from '../../ui/Page';

/** Import a colleague's sagspakke: read it, show what will be added, then add all of it or nothing. */
export function BundleImportPage() {
  const { t } = useTranslation('review');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<BundlePreview | null>(null);
  const [imported, setImported] = useState<{ id: string; childName: string }[] | null>(null);
  const previewing = useSubmit(() => api['bundle.preview']({ file: file!.text, passphrase }), setPreview);
  const importing = useSubmit(() => api['bundle.import']({ file: file!.text, passphrase }), (result) => setImported(result.cases));

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setImported(null);
    setFile(null);
    setFileError(null);
    if (!chosen) return;
    if (chosen.size > MAX_BUNDLE_BYTES) return setFileError(t('bundle.tooLarge'));
    setFile({ name: chosen.name, text: await chosen.text() });
  };

  return (
    <section className="page page--narrow">
      <PageHeader title={t('bundle.importTitle')} />
      <p>{t('bundle.importIntro')}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void previewing.run();
        }}
      >
        <label className="field">
          <span>{t('bundle.file')}</span>
          <input type="file" accept=".kreds,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {fileError && <ErrorMessage message={fileError} />}
        <TextField label={t('bundle.passphrase')} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        {previewing.formError && <ErrorMessage message={previewing.formError} />}
        <div className="form__actions">
          <button type="submit" className="button" disabled={!file || !passphrase || previewing.busy}>
            {t('bundle.preview')}
          </button>
        </div>
      </form>
      {preview && !imported && (
        <section className="review-section" aria-labelledby="bundle-preview">
          <h2 id="bundle-preview">{t('bundle.willAdd')}</h2>
          <p className="muted">{t('bundle.exportedAt', { when: formatDateTime(preview.exportedAt) })}</p>
          {preview.cases.map((c) => (
            <div key={c.id}>
              <h3>{c.childName}</h3>
              <ul>
                {c.counts
                  .filter((count) => count.rows > 0 && count.table !== 'cases')
                  .map((count) => (
                    <li key={count.table}>
                      {t(`table.${count.table}`, { defaultValue: count.table })}: {count.rows}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
          {importing.formError && <ErrorMessage message={importing.formError} />}
          <button type="button" className="button button--primary" onClick={() => void importing.run()} disabled={importing.busy}>
            {t('bundle.import')}
          </button>
        </section>
      )}
      {imported && (
        <p className="notice" role="status">
          {t('bundle.imported')}{' '}
          {imported.map((c) => (
            <Link key={c.id} to={`/cases/${c.id}`}>
              {c.childName}
            </Link>
          ))}
        </p>
      )}
    </section>
  );
}
