import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewItem } from '../../../shared/contract/agreements';
import { isCarryable, REVIEW_OUTCOMES, type ReviewOutcome } from '../../../shared/domain/agreements';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { InlineError } from '../../ui/Field';
import { Badge } from '../../ui/Page';
import type { PhasePanelProps } from '../meeting/phasePanels';
import { GoalProgressList } from '../plan/GoalProgressList';
import { showDay } from './days';
import './agreements.css';

function useReview(meetingId: string, caseId: string) {
  return useLoad(
    () => api['agreements.review']({ meetingId }),
    [meetingId],
    (event) => event.type === 'agreements.changed' && event.id === caseId,
  );
}

/** Siden sidst, console: each agreement of the last meeting is marked, then the unfinished are carried in one action. */
export function ReviewConsolePanel({ meeting, caseId }: PhasePanelProps) {
  const { t } = useTranslation('agreements');
  const announce = useAnnounce();
  const review = useReview(meeting.id, caseId);
  const items = review.data ?? [];
  const carryable = items.filter((i) => isCarryable({ carried: i.carried, outcome: i.review?.outcome ?? null, status: i.agreement.status }));

  const carry = async () => {
    const carried = await api['agreements.carryForward']({ meetingId: meeting.id });
    announce(t('review.carried', { count: carried.length }));
  };

  return (
    <section className="agreements-panel" aria-labelledby="review-console">
      <h2 id="review-console">{t('review.title')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('review.empty')}</p>
      ) : (
        <ol className="review-list">
          {items.map((item) => (
            <ReviewRow key={item.agreement.id} item={item} meetingId={meeting.id} />
          ))}
        </ol>
      )}
      {carryable.length > 0 && (
        <p>
          <button type="button" className="button button--primary" onClick={() => void carry()}>
            {t('review.carry', { count: carryable.length })}
          </button>
        </p>
      )}
      <GoalProgressList caseId={caseId} meetingId={meeting.id} />
    </section>
  );
}

function ReviewRow({ item, meetingId }: { item: ReviewItem; meetingId: string }) {
  const { t } = useTranslation('agreements');
  const announce = useAnnounce();
  const [comment, setComment] = useState(item.review?.comment ?? '');
  // Shown at once when clicked; the host's answer (or another window's change) then confirms it.
  const [chosen, setChosen] = useState<ReviewOutcome | undefined>(item.review?.outcome);
  useEffect(() => setChosen(item.review?.outcome), [item.review?.outcome]);
  const [error, setError] = useState<string | null>(null);
  const a = item.agreement;

  const save = async (outcome: ReviewOutcome | undefined) => {
    const picked = outcome ?? chosen;
    if (!picked) return;
    setChosen(picked);
    try {
      await api['agreements.setReview']({ meetingId, agreementId: a.id, outcome: picked, comment });
      setError(null);
      announce(t('review.saved'));
    } catch (failure) {
      setChosen(item.review?.outcome);
      setError((failure as Error).message);
    }
  };

  return (
    <li className="review-item" aria-label={a.what}>
      <div className="review-item__head">
        <span className="review-item__who">{a.responsibleName}</span>
        <span className="review-item__what">{a.what}</span>
        <span className="muted small">
          {item.agreedAt && t('review.agreedAt', { date: showDay(item.agreedAt.slice(0, 10)) })}
          {a.dueDate && ` · ${t('review.due', { date: showDay(a.dueDate) })}`}
        </span>
        {item.carried && <Badge tone="info">{t('review.carriedBadge')}</Badge>}
      </div>
      <div className="review-item__controls">
        <fieldset>
          <legend className="visually-hidden">{a.what}</legend>
          {REVIEW_OUTCOMES.map((outcome) => (
            <label key={outcome} className="outcome-choice">
              <input type="radio" name={`outcome-${a.id}`} checked={chosen === outcome} onChange={() => void save(outcome)} />
              {t(`outcome.${outcome}`)}
            </label>
          ))}
        </fieldset>
        <div className="review-item__comment">
          <label>
            {t('review.comment')}
            <input value={comment} onChange={(e) => setComment(e.target.value)} onBlur={() => chosen && comment !== (item.review?.comment ?? '') && void save(undefined)} maxLength={2000} />
          </label>
        </div>
      </div>
      <InlineError message={error} />
    </li>
  );
}
