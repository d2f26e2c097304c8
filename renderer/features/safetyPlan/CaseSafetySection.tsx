import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { Badge } from '../../ui/Page';
import { showDay } from '../agreements/days';
import './safetyPlan.css';

/** On the case page: where the safety plan and Barnets bog stand, and the way in. */
export function CaseSafetySection({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['safetyPlan', 'childStory']);
  const reloadOn = (event: { type: string; id?: string }) => event.id === caseId && /^(safetyPlan|childStory|participants)\./.test(event.type);
  const plan = useLoad(() => api['safetyPlan.get']({ caseId }), [caseId], reloadOn);
  const story = useLoad(() => api['childStory.get']({ caseId }), [caseId], reloadOn);
  if (!plan.data || !story.data) return null;
  const p = plan.data;
  const rules = p.rules.filter((r) => !r.retired);
  const lacking = rules.filter((r) => r.hints.length > 0).length;
  const storyVersion = story.data.versions[0];
  return (
    <section className="case-safety" aria-labelledby="case-safety">
      <h2 id="case-safety">{t('case.heading')}</h2>
      <div className="case-safety__row">
        <p>
          {p.plan
            ? t('case.plan', {
                rules: rules.length,
                people: p.network.filter((m) => m.active).length,
                when: p.plan.month > 0 ? t('frame.month', { month: p.plan.month, months: p.plan.expectedMonths }) : t('frame.notStarted', { date: showDay(p.plan.startsOn) }),
              })
            : t('case.noPlan')}{' '}
          {lacking > 0 && <Badge tone="warning">{t('case.problems', { count: lacking })}</Badge>}
        </p>
        <Link to={`/cases/${caseId}/safety-plan`} className="button">
          {t('case.open')}
        </Link>
      </div>
      <div className="case-safety__row">
        <p>
          {story.data.story
            ? t('childStory:case.story', {
                count: story.data.pages.length,
                when: storyVersion ? t('childStory:case.version', { n: storyVersion.number }) : t('childStory:case.noVersion'),
              })
            : t('childStory:case.noStory')}
        </p>
        <Link to={`/cases/${caseId}/child-story`} className="button">
          {t('childStory:case.open')}
        </Link>
      </div>
    </section>
  );
}
