import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { Badge } from '../../ui/Page';
import { showDay } from '../agreements/days';

const OUTCOME_TONE = { holds: 'success', needs_change: 'warning', broken: 'danger' } as const;

/**
 * Før næste møde: the safety plan's rules with how each went last time and what they lack, where the professionals
 * stand on the way down, and where Barnets bog stands. Nothing when the case has neither.
 */
export function SafetyPrepareSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['safetyPlan', 'childStory']);
  const plan = useLoad(() => api['safetyPlan.get']({ caseId }), [caseId]);
  const story = useLoad(() => api['childStory.get']({ caseId }), [caseId]);
  const p = plan.data;
  if (!p?.plan && !story.data?.story) return null;
  const rules = p?.rules.filter((r) => !r.retired) ?? [];
  const stage = p?.stages.find((s) => s.id === p.currentStageId);
  return (
    <section className="review-section prepare-wide" aria-labelledby="prepare-safety">
      <h2 id="prepare-safety">
        <Link to={`/cases/${caseId}/safety-plan`}>{t('prepare.heading')}</Link>
      </h2>
      {p?.plan && (
        <>
          <p>{t('prepare.reviewAll')}</p>
          {stage && <p>{t('prepare.stage', { level: t(`involvement.${stage.involvement}`).toLowerCase(), month: p.plan.month, months: p.plan.expectedMonths })}</p>}
          <ol className="prepare-rules">
            {rules.map((r) => {
              const last = r.reviews.at(-1);
              return (
                <li key={r.id}>
                  <strong>{r.situation}</strong> – {r.action}{' '}
                  {last ? (
                    <Badge tone={OUTCOME_TONE[last.outcome]}>{t('prepare.lastReview', { outcome: t(`outcome.${last.outcome}`).toLowerCase(), date: showDay(last.meetingStartsAt) })}</Badge>
                  ) : (
                    <span className="muted">{t('prepare.notReviewed')}</span>
                  )}
                  {r.hints.length > 0 && (
                    <ul className="rule-card__hints">
                      {r.hints.map((h) => (
                        <li key={h}>{h}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {story.data?.story && (
        <p>
          <Link to={`/cases/${caseId}/child-story`}>
            {t('childStory:case.story', {
              count: story.data.pages.length,
              when: story.data.versions[0] ? t('childStory:case.version', { n: story.data.versions[0].number }) : t('childStory:case.noVersion'),
            })}
          </Link>
          {story.data.sinceVersion?.changed && ` · ${t('common:versions.since', { n: story.data.versions[0]!.number, changes: story.data.sinceVersion.line })}`}
        </p>
      )}
    </section>
  );
}
