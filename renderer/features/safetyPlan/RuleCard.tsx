import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyPlanDetail, SafetyRule } from '../../../shared/contract/safetyPlan';
import { api } from '../../api';
import { useAnnounce } from '../../ui/Announcer';
import { InlineError } from '../../ui/Field';
import { Badge } from '../../ui/Page';
import { showDay } from '../agreements/days';
import { ReviewForm } from './ReviewForm';
import { RuleForm } from './RuleForm';

const OUTCOME_TONE = { holds: 'success', needs_change: 'warning', broken: 'danger' } as const;

/** One rule in the console: everything the method asks for, what it lacks, its reviews, and what to do with it. */
export function RuleCard({ rule, index, count, detail, highlight }: { rule: SafetyRule; index: number; count: number; detail: SafetyPlanDetail; highlight?: boolean }) {
  const { t } = useTranslation('safetyPlan');
  const announce = useAnnounce();
  const [mode, setMode] = useState<'view' | 'edit' | 'review'>('view');
  const [error, setError] = useState<string | null>(null);
  const latestVersion = detail.versions[0]?.number;
  const act = async (work: () => Promise<unknown>, message?: string) => {
    setError(null);
    try {
      await work();
      if (message) announce(message);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (mode === 'edit') return <RuleForm detail={detail} rule={rule} onDone={() => setMode('view')} />;
  return (
    <article className={`rule-card${rule.retired ? ' rule-card--retired' : ''}${highlight ? ' rule-card--hit' : ''}`} aria-labelledby={`rule-${rule.id}`}>
      <header className="rule-card__head">
        <h3 id={`rule-${rule.id}`}>
          {!rule.retired && <span className="rule-card__number">{index + 1}.</span>} {rule.situation}
        </h3>
        <span className="rule-card__badges">
          {rule.retired && <Badge tone="muted">{t('rules.retired')}</Badge>}
          {latestVersion && rule.sinceVersion === 'new' && <Badge tone="info">{t('rules.new', { n: latestVersion })}</Badge>}
          {latestVersion && Array.isArray(rule.sinceVersion) && <Badge tone="info">{t('rules.changed', { n: latestVersion })}</Badge>}
        </span>
      </header>
      <p className="rule-card__action">
        <span className="muted">{t('rules.then')}</span> {rule.action}
      </p>
      <p>{rule.reserveName ? t('rules.whoReserve', { name: rule.responsibleName, reserve: rule.reserveName }) : t('rules.who', { name: rule.responsibleName })}</p>
      <dl className="rule-card__facts">
        {rule.childKnows && (
          <>
            <dt>{t('rules.childKnows', { child: detail.childName })}</dt>
            <dd>{rule.childKnows}</dd>
          </>
        )}
        {rule.networkChecks && (
          <>
            <dt>{t('rules.networkChecks')}</dt>
            <dd>{rule.networkChecks}</dd>
          </>
        )}
        {rule.link && (
          <>
            <dt>{t(`rules.part.${rule.link.part}`)}</dt>
            <dd>
              {rule.link.text} {rule.link.confidential && <Badge tone="warning">{t('rules.confidential')}</Badge>}
              {!rule.link.current && <span className="muted small"> ({t('rules.linkNotCurrent')})</span>}
            </dd>
          </>
        )}
        {rule.professionalNote && (
          <>
            <dt>{t('rules.professionalNote')}</dt>
            <dd>{rule.professionalNote}</dd>
          </>
        )}
      </dl>
      {rule.hints.length > 0 && (
        <ul className="rule-card__hints">
          {rule.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
      {rule.reviews.length > 0 && (
        <section className="rule-card__reviews" aria-label={t('rules.history')}>
          <h4>{t('rules.history')}</h4>
          <ol>
            {rule.reviews.map((r) => (
              <li key={r.id}>
                <span className="muted">{showDay(r.meetingStartsAt)}</span> <Badge tone={OUTCOME_TONE[r.outcome]}>{t(`outcome.${r.outcome}`)}</Badge>
                {r.whatHappened && <span> {r.whatHappened}</span>}
                {r.professionalNote && (
                  <span className="muted">
                    {' '}
                    · {t('rules.confidential')}: {r.professionalNote}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {mode === 'review' && <ReviewForm rule={rule} meetings={detail.reviewMeetings} onDone={() => setMode('view')} />}
      {mode === 'view' && (
        <div className="safety-actions">
          {!rule.retired && (
            <>
              <button type="button" className="button button--small" onClick={() => setMode('edit')}>
                {t('rules.edit')}
              </button>
              <button type="button" className="button button--small" onClick={() => setMode('review')}>
                {t('rules.review')}
              </button>
              <button type="button" className="button button--small" disabled={index === 0} onClick={() => void act(() => api['safetyPlan.moveRule']({ id: rule.id, toIndex: index - 1 }))}>
                {t('rules.moveUp')}
              </button>
              <button type="button" className="button button--small" disabled={index >= count - 1} onClick={() => void act(() => api['safetyPlan.moveRule']({ id: rule.id, toIndex: index + 1 }))}>
                {t('rules.moveDown')}
              </button>
            </>
          )}
          <button type="button" className="button button--small" onClick={() => void act(() => api['safetyPlan.retireRule']({ id: rule.id, retired: !rule.retired }), rule.retired ? t('rules.restore') : t('rules.retired'))}>
            {rule.retired ? t('rules.restore') : t('rules.retire')}
          </button>
        </div>
      )}
      <InlineError message={error} />
    </article>
  );
}
