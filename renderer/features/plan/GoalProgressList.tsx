import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/contract/plan';
import { PROGRESS_STATUSES, type ProgressStatus } from '../../../shared/domain/plan';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { InlineError } from '../../ui/Field';
import './plan.css';

/** At a follow-up every active goal gets a status or a 0–10 score with a comment; the plan keeps the history. */
export function GoalProgressList({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t } = useTranslation('plan');
  const plan = useLoad(() => api['plan.get']({ caseId }), [caseId], (event) => event.type === 'plan.changed' && event.id === caseId);
  const goals = (plan.data?.goals ?? []).filter((g) => g.status === 'active');
  if (goals.length === 0) return null;
  return (
    <section aria-labelledby="goal-progress">
      <h3 id="goal-progress">{t('agreements:review.progress')}</h3>
      <ul className="goal-progress">
        {goals.map((goal) => (
          <ProgressRow key={goal.id} goal={goal} meetingId={meetingId} />
        ))}
      </ul>
    </section>
  );
}

function ProgressRow({ goal, meetingId }: { goal: Goal; meetingId: string }) {
  const { t } = useTranslation('plan');
  const announce = useAnnounce();
  const existing = goal.progress.find((p) => p.meetingId === meetingId);
  const [score, setScore] = useState(existing?.score === null || existing?.score === undefined ? '' : String(existing.score));
  const [status, setStatus] = useState<string>(existing?.status ?? '');
  const [comment, setComment] = useState(existing?.comment ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    try {
      await api['plan.recordProgress']({
        goalId: goal.id,
        meetingId,
        score: score === '' ? null : Number(score),
        status: (status || null) as ProgressStatus | null,
        comment,
      });
      setError(null);
      announce(t('progress.saved'));
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <li aria-label={goal.text}>
      <p className="goal-progress__text">{goal.text}</p>
      <div className="goal-progress__fields">
        <label>
          {t('progress.score')}
          <select value={score} onChange={(e) => setScore(e.target.value)}>
            <option value="">–</option>
            {Array.from({ length: 11 }, (_, n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('progress.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('progress.noStatus')}</option>
            {PROGRESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`progress.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="goal-progress__comment">
          {t('progress.comment')}
          <input value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
        </label>
        <button type="button" className="button button--small" onClick={() => void save()}>
          {t('progress.save')}
        </button>
      </div>
      <InlineError message={error} />
    </li>
  );
}
