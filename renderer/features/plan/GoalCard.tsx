import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, ProgressEntry } from '../../../shared/contract/plan';
import { checkSmart, textFlags } from '../../../shared/domain/smart';
import { api } from '../../api';
import { Badge } from '../../ui/Page';
import { useUndoableDelete } from '../../ui/Undo';
import { showDay } from '../agreements/days';
import { GoalEditor } from './GoalEditor';
import type { SafetyGoalOption } from './useSafetyGoals';

/**
 * One goal in the plan: its text, SMART state, delmål and the history of how it went. `compact` (the meeting's
 * »Mål og aftaler«) leaves the history to the plan page: the room needs the goal and its SMART check.
 */
export function GoalCard({ goal, caseId, isSub = false, compact = false, safetyGoals }: { goal: Goal; caseId: string; isSub?: boolean; compact?: boolean; safetyGoals: SafetyGoalOption[] }) {
  const { t } = useTranslation('plan');
  const [editing, setEditing] = useState(false);
  const [addingSub, setAddingSub] = useState(false);
  const smart = { text: goal.text, deadline: goal.deadline, attractive: goal.attractive, realistic: goal.realistic };
  const flags = textFlags(smart);
  const safetyGoal = safetyGoals.find((g) => g.id === goal.safetyGoalId);

  const removeUndoably = useUndoableDelete();
  const remove = () => removeUndoably(() => api['plan.deleteGoal']({ id: goal.id }), t(isSub ? 'goals.subDeleted' : 'goals.deleted', { text: goal.text }));

  if (editing) return <GoalEditor caseId={caseId} goal={goal} safetyGoals={safetyGoals} onDone={() => setEditing(false)} />;

  return (
    <article className={`goal-card${isSub ? ' goal-card--sub' : ''}`} aria-label={goal.text}>
      <div className="goal-card__head">
        <p className="goal-card__text">{goal.text}</p>
        <div className="goal-card__badges">
          {goal.status !== 'active' && <Badge tone={goal.status === 'reached' ? 'success' : 'muted'}>{t(`goals.statuses.${goal.status}`)}</Badge>}
          {flags.length > 0 && (
            <Badge tone="warning" title={checkSmart(smart).verdicts.filter((v) => !v.met).map((v) => v.message).join(' ')}>
              {t('goals.flagged')}
            </Badge>
          )}
          <Badge tone={checkSmart(smart).allMet ? 'success' : 'neutral'}>{t('goals.smartScore', { count: checkSmart(smart).metCount })}</Badge>
          {goal.deadline && <span className="muted small">{t('goals.deadlineShort', { date: showDay(goal.deadline) })}</span>}
        </div>
      </div>
      {safetyGoal && (
        <p className="goal-card__safety">
          {t('goals.safetyGoal')}: <strong>{safetyGoal.text}</strong>
        </p>
      )}
      {flags.length > 0 && (
        <ul className="goal-card__flags">
          {checkSmart(smart)
            .verdicts.filter((v) => flags.includes(v.criterion))
            .map((v) => (
              <li key={v.criterion}>{v.message}</li>
            ))}
        </ul>
      )}
      {!compact && <ProgressHistory entries={goal.progress} />}
      <div className="goal-card__actions">
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          {t('common:actions.edit')}
        </button>
        {!isSub && (
          <button type="button" className="button button--small" onClick={() => setAddingSub((v) => !v)}>
            {t('goals.addSub')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => void remove()}>
          {t('goals.delete')}
        </button>
      </div>
      {addingSub && <GoalEditor caseId={caseId} parentId={goal.id} safetyGoals={safetyGoals} onDone={() => setAddingSub(false)} />}
      {goal.subGoals.length > 0 && (
        <div className="goal-card__subs" aria-label={t('goals.sub')}>
          <h4>{t('goals.sub')}</h4>
          {goal.subGoals.map((sub) => (
            <GoalCard key={sub.id} goal={sub} caseId={caseId} isSub compact={compact} safetyGoals={safetyGoals} />
          ))}
        </div>
      )}
    </article>
  );
}

function ProgressHistory({ entries }: { entries: ProgressEntry[] }) {
  const { t } = useTranslation('plan');
  if (entries.length === 0) return null;
  return (
    <section className="progress-history" aria-label={t('progress.title')}>
      <h4>{t('progress.title')}</h4>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <span className="progress-history__date">{showDay(entry.day)}</span>
            {entry.score !== null && (
              <span className="progress-history__score">
                {entry.score}/10
              </span>
            )}
            {entry.status && <Badge tone="info">{t(`progress.statuses.${entry.status}`)}</Badge>}
            {entry.comment && <span className="muted">{entry.comment}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
