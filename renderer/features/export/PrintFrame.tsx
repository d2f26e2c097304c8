import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';
import { bookletPageCss, pageCss } from '../../../shared/domain/printLayout';
import { useNow } from '../../app/AppInfo';
import { useQueryParams } from '../../app/router';
import './print.css';

/**
 * The frame of every printed document: the A4 page rules with date, municipality and page numbers on each page, a
 * marker the PDF maker waits for, and (browser host) the print dialog once the content is there. `ready` is false
 * while a page reloads (family → professional version keeps the old data until the new arrives).
 */
export function PrintFrame({
  ready,
  municipality,
  confidential,
  booklet,
  children,
}: {
  ready: boolean;
  municipality: string;
  confidential?: boolean;
  /** A5 pages with only a page number (Barnets bog) instead of the A4 document furniture. */
  booklet?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('review');
  const now = useNow();
  const params = useQueryParams();
  const autoprint = params.get('autoprint') === '1';
  // Printed from the app's own window (Electron's »Udskriv«): back to where the user was once the dialog closes.
  const back = params.get('back') === '1';
  useEffect(() => {
    if (!ready) return;
    document.body.dataset.printReady = '1';
    const goBack = () => window.history.back();
    if (back) window.addEventListener('afterprint', goBack, { once: true });
    if (autoprint) window.setTimeout(() => window.print(), 100);
    return () => {
      delete document.body.dataset.printReady;
      window.removeEventListener('afterprint', goBack);
    };
  }, [ready, autoprint, back]);
  const footer = [t('print.printed', { date: formatDate(now) }), municipality].filter(Boolean).join(' · ');
  return (
    <div className={`print-doc${confidential ? ' print-doc--confidential' : ''}${booklet ? ' print-doc--booklet' : ''}`}>
      <style>{booklet ? bookletPageCss() : pageCss(footer, confidential ? t('print.confidentialFooter') : '')}</style>
      {!autoprint && (
        <p className="print-doc__screen-only">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('print.print')}
          </button>{' '}
          <button type="button" className="button" onClick={() => window.history.back()}>
            {t('common:actions.back')}
          </button>
        </p>
      )}
      {children}
    </div>
  );
}
