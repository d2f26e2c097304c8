import { useTranslation } from 'react-i18next';
import { reviewCounts, REVIEW_OUTCOMES } from '../../../shared/domain/safetyPlan';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';

export interface CaseEvent {
  id: string;
  /** When it happened, as a local 'yyyy-mm-ddTHH:mm' or an ISO timestamp, for the timeline's order. */
  at: string;
  text: string;
  link: string;
}

/** The safety plan's and Barnets bog's milestones for the case timeline: start, versions, reviews, end. */
export function useSafetyTimeline(caseId: string): CaseEvent[] {
  const { t } = useTranslation(['safetyPlan', 'childStory']);
  const plan = useLoad(() => api['safetyPlan.get']({ caseId }), [caseId], (e) => e.id === caseId && e.type.startsWith('safetyPlan.'));
  const story = useLoad(() => api['childStory.get']({ caseId }), [caseId], (e) => e.id === caseId && e.type.startsWith('childStory.'));
  const events: CaseEvent[] = [];
  const p = plan.data;
  const planLink = `/cases/${caseId}/safety-plan`;
  if (p?.plan) {
    events.push({ id: 'plan-start', at: `${p.plan.startsOn}T00:00`, text: t('timeline.started', { months: p.plan.expectedMonths }), link: planLink });
    if (p.plan.endedOn) events.push({ id: 'plan-end', at: `${p.plan.endedOn}T00:00`, text: t('timeline.ended'), link: planLink });
  }
  for (const v of p?.versions ?? []) events.push({ id: `plan-${v.id}`, at: v.meetingStartsAt ?? v.createdAt, text: t('timeline.version', { n: v.number, changes: v.changes }), link: planLink });
  const byMeeting = new Map<string, { at: string; outcomes: (typeof REVIEW_OUTCOMES)[number][] }>();
  for (const review of (p?.rules ?? []).flatMap((r) => r.reviews)) {
    const entry = byMeeting.get(review.meetingId) ?? { at: review.meetingStartsAt, outcomes: [] };
    entry.outcomes.push(review.outcome);
    byMeeting.set(review.meetingId, entry);
  }
  for (const [meetingId, { at, outcomes }] of byMeeting) {
    const counts = reviewCounts(outcomes);
    const summary = REVIEW_OUTCOMES.filter((o) => counts[o] > 0)
      .map((o) => `${counts[o]} ${t(`outcome.${o}`).toLowerCase()}`)
      .join(', ');
    events.push({ id: `reviews-${meetingId}`, at, text: t('timeline.reviewed', { summary }), link: planLink });
  }
  for (const v of story.data?.versions ?? []) {
    events.push({ id: `story-${v.id}`, at: v.meetingStartsAt ?? v.createdAt, text: t('childStory:timeline.version', { n: v.number, changes: v.changes }), link: `/cases/${caseId}/child-story` });
  }
  return events;
}
