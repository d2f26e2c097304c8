import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useAppInfo } from '../../app/AppInfo';
import { useAnnounce } from '../../ui/Announcer';
import { ErrorMessage } from '../../ui/Page';
import { exportPdf, printOnPaper } from './pdf';

/**
 * What leaves the meeting, in the order it is needed (issue 17): the family's PDF (in Electron also straight to the
 * printer), the journal note for the case system on the clipboard (family-safe unless the user picks the
 * professional version), and the professional PDF. The same buttons on the end-of-meeting screen, the meeting's
 * read-back and the case's latest meeting.
 */
export function ExportActions({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('review');
  const announce = useAnnounce();
  const electron = useAppInfo().host === 'electron';
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const route = (version: 'family' | 'professional') => `/print/meeting/${meetingId}?version=${version}`;

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
      const result = await exportPdf(route(version), version === 'family' ? t('pdf.familyFile') : t('pdf.professionalFile'));
      if (result) announce(t('pdf.saved', { file: result }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="export-actions" role="group" aria-label={t('pdf.group')}>
      <button type="button" className="button button--primary" onClick={() => void pdf('family')}>
        {t('pdf.family')}
      </button>
      {electron && (
        <button type="button" className="button" onClick={() => printOnPaper(route('family'))}>
          {t('pdf.printFamily')}
        </button>
      )}
      <button type="button" className="button" onClick={() => void copyJournal(false)}>
        {t('journal.copy')}
      </button>
      <button type="button" className="button" onClick={() => void copyJournal(true)}>
        {t('journal.copyProfessional')}
      </button>
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
