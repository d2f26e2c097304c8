import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { highlightWords } from '../../../shared/domain/search';
import { api } from '../../api';
import { Link, useQueryParams } from '../../app/router';
import { useAnnounce } from '../../ui/Announcer';
import { HowTo } from '../../ui/HowTo';
import { EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { ScreenControls } from '../../ui/ScreenControls';
import { exportPdf } from '../export/pdf';
import { NetworkSection } from './NetworkSection';
import { PlanFrameSection } from './PlanFrameSection';
import { RuleCard } from './RuleCard';
import { RuleForm } from './RuleForm';
import { StagesSection } from './StagesSection';
import { useSafetyPlan } from './useSafetyPlan';
import { VersionsPanel } from '../../ui/VersionsPanel';
import './safetyPlan.css';

/**
 * /cases/:id/safety-plan — the safety plan built with the family and the safety network over months: the frame, the
 * network, the rules with their reviews, the professionals stepping down, and the versions agreed at meetings.
 */
export function SafetyPlanPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('safetyPlan');
  const announce = useAnnounce();
  const loaded = useSafetyPlan(caseId);
  const words = highlightWords(useQueryParams().get('q') ?? '');
  const [error, setError] = useState<string | null>(null);
  const detail = loaded.data;
  // A search hit opens the plan at the first rule that holds the words.
  const hit = detail?.rules.find((r) => words.some((w) => `${r.situation} ${r.action} ${r.childKnows} ${r.networkChecks} ${r.professionalNote}`.toLowerCase().includes(w)));
  useEffect(() => {
    if (hit) document.getElementById(`rule-${hit.id}`)?.scrollIntoView({ block: 'center' });
  }, [hit]);

  if (loaded.error && !detail) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!detail) return <p className="muted">{t('common:status.loading')}</p>;
  const active = detail.rules.filter((r) => !r.retired);
  const retired = detail.rules.filter((r) => r.retired);
  const pdf = async (version: 'family' | 'professional') => {
    setError(null);
    try {
      const saved = await exportPdf(`/print/safety-plan/${caseId}?version=${version}`, t(version === 'family' ? 'pdf.familyFile' : 'pdf.professionalFile'));
      if (saved) announce(t('pdf.saved', { file: saved }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const show = (page: number) => void api['safetyPlan.showPage']({ caseId, page }).catch((e: Error) => setError(e.message));

  return (
    <section className="page safety-page">
      <p className="breadcrumbs">
        <Link to={`/cases/${caseId}`}>{detail.childName}</Link>
      </p>
      <PageHeader
        title={t('title', { child: detail.childName })}
        actions={
          detail.plan && (
            <>
              <button type="button" className="button" onClick={() => void pdf('family')}>
                {t('pdf.family')}
              </button>
              <button type="button" className="button" onClick={() => void pdf('professional')}>
                {t('pdf.professional')}
              </button>
            </>
          )
        }
      >
        {detail.plan && <ScreenControls path={`/cases/${caseId}/safety-plan/present`} shown={detail.screen.shown} count={detail.screen.count} onShow={show} />}
      </PageHeader>
      {error && <ErrorMessage message={error} />}
      <HowTo id="safetyPlan">
        <p>{t('howTo')}</p>
      </HowTo>
      <PlanFrameSection detail={detail} />
      {detail.plan && (
        <>
          <NetworkSection detail={detail} />
          <section className="safety-section" aria-labelledby="safety-rules">
            <h2 id="safety-rules">{t('rules.heading')}</h2>
            {detail.tooManyRules && (
              <p className="notice" role="status">
                <strong>{t('tooMany')}:</strong> {detail.tooManyRules}
              </p>
            )}
            {active.length === 0 && <EmptyState>{t('rules.empty')}</EmptyState>}
            <div className="rule-list">
              {active.map((rule, i) => (
                <RuleCard key={rule.id} rule={rule} index={i} count={active.length} detail={detail} highlight={rule.id === hit?.id} />
              ))}
            </div>
            {detail.network.some((m) => m.active) ? (
              <details className="safety-add" open={active.length === 0}>
                <summary>{t('rules.add')}</summary>
                <RuleForm detail={detail} />
              </details>
            ) : (
              <p className="notice">{t('rules.noNetwork')}</p>
            )}
            {retired.length > 0 && (
              <details className="safety-retired">
                <summary>
                  {t('rules.retiredHeading')} ({retired.length})
                </summary>
                {retired.map((rule, i) => (
                  <RuleCard key={rule.id} rule={rule} index={i} count={retired.length} detail={detail} />
                ))}
              </details>
            )}
          </section>
          <StagesSection key={detail.stages.map((s) => s.id).join()} detail={detail} />
          <VersionsPanel
            title={t('versions.heading')}
            none={t('versions.none')}
            versions={detail.versions}
            since={detail.sinceVersion}
            meetings={detail.reviewMeetings}
            save={(meetingId) => api['safetyPlan.saveVersion']({ caseId, meetingId })}
          />
        </>
      )}
    </section>
  );
}
