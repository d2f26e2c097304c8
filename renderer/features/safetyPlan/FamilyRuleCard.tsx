import { useTranslation } from 'react-i18next';
import type { FamilyRule } from '../../../shared/contract/safetyPlan';
import { showDay } from '../agreements/days';

/** A rule in the family's words, as the shared screen and the family's copy show it. Nothing fortroligt reaches it. */
export function FamilyRuleCard({ rule, childName, number }: { rule: FamilyRule; childName: string; number: number }) {
  const { t } = useTranslation('safetyPlan');
  return (
    <article className="family-rule" aria-labelledby={`family-rule-${rule.id}`}>
      <h2 id={`family-rule-${rule.id}`} className="family-rule__situation">
        <span className="family-rule__number">{number}</span> {rule.situation}
      </h2>
      <p className="family-rule__action">
        <strong>{t('family.then')}</strong> {rule.action}
      </p>
      <p>
        <strong>{t('family.who')}</strong> {rule.responsibleName}
        {rule.reserveName && ` (${t('family.otherwise', { name: rule.reserveName })})`}
      </p>
      {rule.childKnows && (
        <p>
          <strong>{t('family.childKnows', { child: childName })}</strong> {rule.childKnows}
        </p>
      )}
      {rule.networkChecks && (
        <p>
          <strong>{t('family.networkChecks')}</strong> {rule.networkChecks}
        </p>
      )}
      {rule.lastReview && (
        <p className={`family-rule__review family-rule__review--${rule.lastReview.outcome}`}>
          {t('family.last', { date: showDay(rule.lastReview.meetingStartsAt), outcome: t(`family.outcome.${rule.lastReview.outcome}`) })}
        </p>
      )}
    </article>
  );
}
