import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ageThisYear, hasPartyStatus } from '../../../shared/domain/cases';
import { formatDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { HowTo } from '../../ui/HowTo';
import { Badge, ErrorMessage, PageHeader } from '../../ui/Page';
import { CaseReviewNav } from '../review/CaseReviewNav';
import { CaseFollowUpSection } from '../followups/CaseFollowUpSection';
import { MeetingsSection } from '../meeting/MeetingsSection';
import { CaseMapSection } from '../map/CaseMapSection';
import { AdultTransitionNotice } from './AdultTransitionNotice';
import { CaseDefaultsLine } from './CaseDefaultsLine';
import { CaseOverviewSections } from './CaseOverviewSections';
import { CloseCaseDialog } from './CloseCaseDialog';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { RetentionNotice } from './RetentionNotice';

/** The page a worker lands on for a case. Later capabilities add their sections here. */
export function CaseOverviewPage({ id }: { id: string }) {
  const { t } = useTranslation('cases');
  const now = useNow();
  const announce = useAnnounce();
  const [closing, setClosing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const loaded = useLoad(() => api['cases.get']({ id }), [id], (event) => event.id === id);
  const c = loaded.data;

  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!c) return <p className="muted">{t('common:status.loading')}</p>;

  const reopen = async () => {
    await api['cases.reopen']({ id });
    announce(t('overview.reopened'));
  };

  return (
    <section className="page">
      <PageHeader
        title={c.childName}
        actions={
          <>
            <Link to={`/cases/${id}/plan`} className="button">
              {t('plan:link')}
            </Link>
            <Link to={`/cases/${id}/edit`} className="button">
              {t('common:actions.edit')}
            </Link>
            <Link to={`/cases/${id}/audit`} className="button">
              {t('audit:link')}
            </Link>
            {c.status === 'open' ? (
              <button type="button" className="button" onClick={() => setClosing(true)}>
                {t('overview.closeCase')}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void reopen()}>
                {t('overview.reopen')}
              </button>
            )}
          </>
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
      <CaseDefaultsLine caseDetail={c} />
      <AdultTransitionNotice caseId={id} person={c} />
      {c.status === 'closed' && c.closedAt && (
        <p className="notice">{t('overview.closedOn', { date: formatDate(c.closedAt), reason: c.closedReason ?? '' })}</p>
      )}
      {c.deletionDueAt && <RetentionNotice deletionDueAt={c.deletionDueAt} />}
      <HowTo id="case.overview">
        <p>{t('overview.howTo')}</p>
      </HowTo>
      <CaseReviewNav caseId={id} />
      <MeetingsSection caseId={id} />
      <CaseFollowUpSection caseId={id} open={c.status === 'open'} />
      <CaseOverviewSections caseDetail={c} />
      <p className="muted small">
        {t('overview.created', { date: formatDate(c.createdAt) })} · {t('overview.updated', { date: formatDate(c.updatedAt) })}
      </p>
      <CaseMapSection caseId={id} />
      <p>
        <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
          {t('delete.button')}
        </button>
      </p>
      <CloseCaseDialog caseId={id} open={closing} onClose={() => setClosing(false)} />
      <DeleteCaseDialog caseId={id} childName={c.childName} open={deleting} onClose={() => setDeleting(false)} />
    </section>
  );
}
