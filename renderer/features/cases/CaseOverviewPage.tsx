import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageThisYear, hasPartyStatus } from '../../../shared/domain/cases';
import { formatDate } from '../../../shared/domain/dates';
import type { Role } from '../../../shared/domain/participants';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { HowTo } from '../../ui/HowTo';
import { Badge, ErrorMessage, PageHeader } from '../../ui/Page';
import { CaseAgreementsCard } from '../agreements/CaseAgreementsCard';
import { BundleExportDialog } from '../bundle/BundleExportDialog';
import { exportPdf } from '../export/pdf';
import { CaseFollowUpSection } from '../followups/CaseFollowUpSection';
import { CaseMapSection } from '../map/CaseMapSection';
import { LatestScalingCard } from '../map/LatestScalingCard';
import { MeetingsSection } from '../meeting/MeetingsSection';
import { CaseSafetySection } from '../safetyPlan/CaseSafetySection';
import { CaseOverviewSections } from './CaseOverviewSections';
import { CloseCaseDialog } from './CloseCaseDialog';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { NextStepPanel } from './NextStepPanel';
import { RetentionNotice } from './RetentionNotice';
import './caseOverview.css';

/**
 * The page a worker lands on for a case: the one next step for the case's state on top, then the case at a glance in
 * two columns (its people; its meetings and what came of them), and the rarer actions quietly at the bottom.
 */
export function CaseOverviewPage({ id }: { id: string }) {
  const { t } = useTranslation('cases');
  const now = useNow();
  const announce = useAnnounce();
  const [closing, setClosing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [addRequest, setAddRequest] = useState<{ role?: Role; at: number } | null>(null);
  const [planRequest, setPlanRequest] = useState(0);
  const loaded = useLoad(() => api['cases.get']({ id }), [id], (event) => event.id === id);
  const c = loaded.data;
  // Seen open on this page: if it is closed now, the user just closed it here (the reopen button takes the focus).
  const [seenOpen, setSeenOpen] = useState(false);
  if (c?.status === 'open' && !seenOpen) setSeenOpen(true);

  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!c) return <p className="muted">{t('common:status.loading')}</p>;

  const reopen = async () => {
    await api['cases.reopen']({ id });
    announce(t('overview.reopened'));
  };

  return (
    <section className="page case-page">
      <PageHeader
        title={c.childName}
        actions={
          <Link to={`/cases/${id}/edit`} className="button">
            {t('common:actions.edit')}
          </Link>
        }
      >
        <p className="case-facts">
          <span>
            {t('common:age.years', { count: ageThisYear(c.birthYear, now) })} ({t('overview.born', { year: c.birthYear })})
          </span>
          {hasPartyStatus(c.birthYear, now) && (
            <Badge tone="info" title={t('overview.partyStatusHint')}>
              {t('overview.partyStatus')}
            </Badge>
          )}
          <span>{t(`type.${c.caseType}`)}</span>
          <span>{c.responsibleWorker}</span>
          <Badge tone={c.status === 'open' ? 'success' : 'muted'}>{t(`statusValue.${c.status}`)}</Badge>
          {c.isDemo && (
            <Badge tone="warning" title={t('common:demo.hint')}>
              {t('common:demo.badge')}
            </Badge>
          )}
        </p>
      </PageHeader>
      {c.status === 'closed' && c.closedAt && <p className="notice">{t('overview.closedOn', { date: formatDate(c.closedAt), reason: c.closedReason ?? '' })}</p>}
      {c.deletionDueAt && <RetentionNotice deletionDueAt={c.deletionDueAt} />}
      <NextStepPanel caseDetail={c} onAddPerson={() => setAddRequest({ at: Date.now() })} onPlanNext={() => setPlanRequest(Date.now())} onReopen={() => void reopen()} justClosed={seenOpen} />
      <nav className="case-links" aria-label={t('overview.links')}>
        <Link to={`/cases/${id}/plan`}>{t('plan:link')}</Link>
        <Link to={`/cases/${id}/timeline`}>{t('review:nav.timeline')}</Link>
        <Link to={`/cases/${id}/prepare`}>{t('review:nav.prepare')}</Link>
        <Link to={`/cases/${id}/compare`}>{t('review:nav.compare')}</Link>
        <button type="button" className="link-button" onClick={() => void exportPdf(`/print/plan/${id}`, t('review:pdf.planFile'))}>
          {t('review:nav.planPdf')}
        </button>
      </nav>
      <div className="case-page__grid">
        <CaseOverviewSections
          caseDetail={c}
          addRequest={addRequest}
          onAddRequest={setAddRequest}
          meetings={
            <>
              <MeetingsSection caseId={id} />
              <CaseFollowUpSection caseId={id} open={c.status === 'open'} planRequest={planRequest} />
              <CaseAgreementsCard caseId={id} />
            </>
          }
          progress={
            <>
              <LatestScalingCard caseId={id} />
              <CaseMapSection caseId={id} />
              <CaseSafetySection caseId={id} />
            </>
          }
        />
      </div>
      {/* The next step already guides; the method in one paragraph is there for whoever wants it. */}
      <HowTo id="case.overview" initiallyOpen={false}>
        <p>{t('overview.howTo')}</p>
      </HowTo>
      <footer className="case-page__footer">
        <p className="muted small">
          {t('overview.created', { date: formatDate(c.createdAt) })} · {t('overview.updated', { date: formatDate(c.updatedAt) })}
        </p>
        <div className="case-page__rare">
          <Link to={`/cases/${id}/audit`}>{t('audit:link')}</Link>
          <button type="button" className="link-button" onClick={() => setExporting(true)}>
            {t('review:nav.bundle')}
          </button>
          {c.status === 'open' && (
            <button type="button" className="link-button" onClick={() => setClosing(true)}>
              {t('overview.closeCase')}
            </button>
          )}
          <button type="button" className="link-button link-button--danger" onClick={() => setDeleting(true)}>
            {t('delete.button')}
          </button>
        </div>
      </footer>
      <BundleExportDialog caseId={id} open={exporting} onClose={() => setExporting(false)} />
      <CloseCaseDialog caseId={id} open={closing} onClose={() => setClosing(false)} />
      <DeleteCaseDialog caseId={id} childName={c.childName} open={deleting} onClose={() => setDeleting(false)} />
    </section>
  );
}
