import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilySafetyPlan } from '../../../shared/contract/safetyPlan';
import type { SafetyScreen } from '../../../shared/domain/safetyPlanScreens';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { ScreenPage, useScreenStepKeys } from '../../ui/ScreenPage';
import { formatDate } from '../../../shared/domain/dates';
import { showDay } from '../agreements/days';
import { FamilyRuleCard } from './FamilyRuleCard';
import './safetyPlanScreen.css';

/** The cover names this many of the network; the rest are counted (and are all on the page of what they agreed to). */
const COVER_PEOPLE = 12;

/**
 * The safety plan on the shared screen, one page at a time, in the family's words. It asks the host for the family's
 * plan (no professional note, no fortroligt map text, nobody who left) and follows the page the console shows.
 * A presentation clicker (Page Down / Page Up) or the arrow keys step it too.
 */
export function SafetyPlanScreen({ caseId }: { caseId: string }) {
  const { t } = useTranslation('safetyPlan');
  const loaded = useLoad(
    () => api['safetyPlan.family']({ caseId }),
    [caseId],
    (event) => (event.id === caseId && /^(safetyPlan|participants|cases)\./.test(event.type)) || event.type === 'map.changed' || event.type.startsWith('meetings.'),
  );
  const plan = loaded.data;
  useEffect(() => {
    document.title = t('family.kind', { child: plan?.childName ?? '' });
  }, [plan?.childName, t]);
  useScreenStepKeys(plan?.shownPage ?? null, (page) => api['safetyPlan.showPage']({ caseId, page }));
  if (!plan) return <div className="screen-page screen-page--blank" aria-busy={loaded.loading} />;
  const screen = plan.screens[plan.shownPage] ?? { kind: 'cover' };
  const top = (
    <>
      <span>{t('family.kind', { child: plan.childName })}</span>
      <span>
        {plan.draft
          ? plan.version
            ? t('family.draft', { n: plan.version.number })
            : t('family.firstDraft')
          : plan.version && t('family.version', { n: plan.version.number, date: formatDate(plan.version.createdAt) })}
      </span>
    </>
  );
  return (
    <ScreenPage top={top} title={titleOf(screen, plan, t)} index={plan.shownPage} count={plan.screens.length} testId="safety-plan-screen" smallTitle={screen.kind !== 'cover'}>
      <ScreenBody screen={screen} plan={plan} />
    </ScreenPage>
  );
}

function titleOf(screen: SafetyScreen, plan: FamilySafetyPlan, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (screen.kind === 'rules') return t('family.rulesTitle');
  if (screen.kind === 'network') return t('family.agreed');
  return t('family.title', { child: plan.childName });
}

function ScreenBody({ screen, plan }: { screen: SafetyScreen; plan: FamilySafetyPlan }) {
  const { t } = useTranslation('safetyPlan');
  if (screen.kind === 'rules') {
    return (
      <div className="family-rules">
        {screen.ruleIds.map((id) => {
          const index = plan.rules.findIndex((r) => r.id === id);
          return index < 0 ? null : <FamilyRuleCard key={id} rule={plan.rules[index]!} childName={plan.childName} number={index + 1} />;
        })}
      </div>
    );
  }
  if (screen.kind === 'network') {
    return (
      <ul className="family-agreed">
        {plan.network
          .filter((m) => screen.participantIds.includes(m.participantId))
          .map((m) => (
            <li key={m.participantId}>
              <strong>{m.name}:</strong> {m.agreedTo}
            </li>
          ))}
      </ul>
    );
  }
  if (!plan.plan) return <p className="family-cover__purpose">{t('family.noPlan')}</p>;
  return (
    <div className="family-cover">
      {plan.plan.purpose && <p className="family-cover__purpose">»{plan.plan.purpose}«</p>}
      <p>
        {t('family.period', { from: showDay(plan.plan.startsOn), to: showDay(plan.plan.expectedEnd) })}
        {plan.plan.month > 0 && ` · ${t('family.month', { month: plan.plan.month, months: plan.plan.expectedMonths })}`}
      </p>
      {plan.currentStage && (
        <p>
          <strong>{t('family.stageNow', { level: t(`family.involvement.${plan.currentStage.involvement}`) })}</strong>
          {plan.currentStage.networkTakesOver && ` ${t('family.networkTakesOver')}: ${plan.currentStage.networkTakesOver}`}
        </p>
      )}
      <p className="family-cover__people-label">{t('family.people', { child: plan.childName })}</p>
      <ul className="family-cover__people">
        <li className="family-cover__child">{plan.childName}</li>
        {plan.network.slice(0, COVER_PEOPLE).map((m) => (
          <li key={m.participantId}>{m.name}</li>
        ))}
        {plan.network.length > COVER_PEOPLE && <li>{t('family.more', { count: plan.network.length - COVER_PEOPLE })}</li>}
      </ul>
      {plan.rules.length === 0 && <p>{t('family.noRules')}</p>}
    </div>
  );
}
