import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/contract/plan';
import type { MapItem } from '../../../shared/domain/map';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { InlineError } from '../../ui/Field';
import { GoalCard } from './GoalCard';
import { GoalEditor } from './GoalEditor';
import './plan.css';

/** A goal on this meeting's map that is not yet a goal of the plan (nor carried forward from one that is). */
function notYetInPlan(item: MapItem, goals: Goal[]): boolean {
  const linked = new Set(goals.flatMap((g) => [g, ...g.subGoals]).filter((g) => g.status !== 'dropped').map((g) => g.safetyGoalId));
  return item.part === 'safety_goals' && !item.confidential && !linked.has(item.id) && !(item.originId && linked.has(item.originId));
}

/**
 * »Mål og aftaler« in the console (issue 17): the goals of the child's plan are made here, in the meeting, with the
 * SMART check beside them; a goal the meeting wrote on the map becomes a plan goal with one click; the agreements
 * below can then serve them. Delete has »Fortryd«, as everywhere in the meeting.
 */
export function MeetingGoals({ meetingId, caseId }: { meetingId: string; caseId: string }) {
  const { t } = useTranslation('plan');
  const announce = useAnnounce();
  const plan = useLoad(() => api['plan.get']({ caseId }), [caseId], (e) => e.type === 'plan.changed' && e.id === caseId);
  const map = useLoad(() => api['map.get']({ meetingId }), [meetingId], (e) => e.type === 'map.changed' && e.id === meetingId);
  const [error, setError] = useState<string | null>(null);
  const goals = plan.data?.goals ?? [];
  const active = goals.filter((g) => g.status === 'active');
  const fromMap = (map.data?.items ?? []).filter((item) => notYetInPlan(item, goals));
  const safetyGoals = (map.data?.items ?? []).filter((i) => i.part === 'safety_goals' && !i.confidential).map((i) => ({ id: i.id, text: i.text }));

  const makeGoal = async (item: MapItem) => {
    setError(null);
    try {
      await api['plan.goalFromMap']({ mapItemId: item.id });
      announce(t('meeting.madeGoal', { text: item.text }));
    } catch (e) {
      setError(e instanceof KredsError ? e.message : String(e));
    }
  };

  return (
    <section className="meeting-goals" aria-labelledby="meeting-goals-title">
      <h2 id="meeting-goals-title">{t('meeting.title')}</h2>
      {plan.data?.tooManyGoals && (
        <p className="notice too-many">
          <strong>{t('goals.tooMany')}:</strong> {plan.data.tooManyGoals}
        </p>
      )}
      {active.length === 0 && <p className="muted">{t('meeting.none')}</p>}
      {active.map((goal) => (
        <GoalCard key={goal.id} goal={goal} caseId={caseId} compact safetyGoals={safetyGoals} />
      ))}
      {fromMap.length > 0 && (
        <div className="meeting-goals__from-map">
          <h3>{t('meeting.fromMap', { part: map.data?.labels.safety_goals })}</h3>
          <ul>
            {fromMap.map((item) => (
              <li key={item.id}>
                <span>{item.text}</span>
                <button type="button" className="button button--small" onClick={() => void makeGoal(item)} aria-label={t('meeting.makeGoalFor', { text: item.text })}>
                  {t('meeting.makeGoal')}
                </button>
              </li>
            ))}
          </ul>
          <InlineError message={error} />
        </div>
      )}
      <details className="meeting-goals__new">
        <summary className="button">{t('meeting.write')}</summary>
        <GoalEditor caseId={caseId} safetyGoals={safetyGoals} />
      </details>
    </section>
  );
}
