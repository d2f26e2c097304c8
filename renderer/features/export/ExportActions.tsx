import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useAnnounce } from '../../ui/Announcer';
import { ErrorMessage } from '../../ui/Page';
import { exportPdf } from './pdf';

/**
 * The one-click outputs of a held meeting: the journal note on the clipboard (family-safe unless the user picks the
 * professional version) and the PDFs for the family and for professionals.
 */
export function ExportActions({ meetingId, professionalOnly = false }: { meetingId: string; professionalOnly?: boolean }) {
  const { t } = useTranslation('review');
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const copyJournal = async (professional: boolean) => {
    setError(null);
    try {
      const { text } = await api['review.journal']({ meetingId, professional });
      await navigator.clipboard.writeText(text);
      setCopied(text);
      announce(professional ? t('journal.copiedProfessional') : t('journal.copied'));
    } catch (e) {
      setError((e as Error).message || t('journal.failed'));
    }
  };

  const pdf = async (version: 'family' | 'professional') => {
    setError(null);
    try {
      const result = await exportPdf(`/print/meeting/${meetingId}?version=${version}`, version === 'family' ? t('pdf.familyFile') : t('pdf.professionalFile'));
      if (result) announce(t('pdf.saved', { file: result }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="export-actions">
      {!professionalOnly && (
        <button type="button" className="button button--primary" onClick={() => void copyJournal(false)}>
          {t('journal.copy')}
        </button>
      )}
      <button type="button" className="button" onClick={() => void copyJournal(true)}>
        {t('journal.copyProfessional')}
      </button>
      {!professionalOnly && (
        <button type="button" className="button" onClick={() => void pdf('family')}>
          {t('pdf.family')}
        </button>
      )}
      <button type="button" className="button" onClick={() => void pdf('professional')}>
        {t('pdf.professional')}
      </button>
      {error && <ErrorMessage message={error} />}
      {copied && (
        <details className="journal-preview">
          <summary>{t('journal.preview')}</summary>
          <pre data-testid="journal-text">{copied}</pre>
        </details>
      )}
    </div>
  );
}
