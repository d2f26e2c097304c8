import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router';
import { BundleExportDialog } from '../bundle/BundleExportDialog';
import { exportPdf } from '../export/pdf';

type Current = 'timeline' | 'prepare' | 'compare' | 'none';

/** The review pages of a case, one row of links (used on the case overview and each review page). */
export function CaseReviewNav({ caseId, current = 'none' }: { caseId: string; current?: Current }) {
  const { t } = useTranslation('review');
  const [exporting, setExporting] = useState(false);
  const link = (to: string, key: Exclude<Current, 'none'>) => (
    <Link to={to} className="button" aria-current={current === key ? 'page' : undefined}>
      {t(`nav.${key}`)}
    </Link>
  );
  return (
    <div className="case-review-nav no-print">
      {link(`/cases/${caseId}/timeline`, 'timeline')}
      {link(`/cases/${caseId}/prepare`, 'prepare')}
      {link(`/cases/${caseId}/compare`, 'compare')}
      <button type="button" className="button" onClick={() => void exportPdf(`/print/plan/${caseId}`, t('pdf.planFile'))}>
        {t('nav.planPdf')}
      </button>
      <button type="button" className="button" onClick={() => setExporting(true)}>
        {t('nav.bundle')}
      </button>
      <BundleExportDialog caseId={caseId} open={exporting} onClose={() => setExporting(false)} />
    </div>
  );
}
