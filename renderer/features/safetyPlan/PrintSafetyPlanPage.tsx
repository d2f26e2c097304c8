import { useTranslation } from 'react-i18next';
import type { FamilySafetyPlan, SafetyPlanDetail } from '../../../shared/contract/safetyPlan';
import { formatDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useQueryParams } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../ui/Page';
import { showDay } from '../agreements/days';
import { PrintFrame } from '../export/PrintFrame';
import { FamilyRuleCard } from './FamilyRuleCard';
import './safetyPlanPrint.css';

/**
 * The safety plan on paper. The family's copy is one A4 to hang up, built from the host's family view (nothing
 * fortroligt reaches this page); the professional version has everything and is stamped on every page.
 */
export function PrintSafetyPlanPage({ caseId }: { caseId: string }) {
  const professional = useQueryParams().get('version') === 'professional';
  return professional ? <ProfessionalPrint caseId={caseId} /> : <FamilyPrint caseId={caseId} />;
}

function FamilyPrint({ caseId }: { caseId: string }) {
  const { t } = useTranslation('safetyPlan');
  const loaded = useLoad(() => api['safetyPlan.family']({ caseId }), [caseId]);
  const plan = loaded.data;
  if (loaded.error) return <ErrorMessage message={loaded.error.message} />;
  if (!plan) return null;
  return (
    <PrintFrame ready={!loaded.loading} municipality={plan.municipality}>
      <div className="family-copy">
        <header className="family-copy__header">
          <h1>{t('family.title', { child: plan.childName })}</h1>
          <p>
            {t('family.kind', { child: plan.childName })} · <VersionLine plan={plan} />
            {plan.plan && ` · ${t('family.period', { from: showDay(plan.plan.startsOn), to: showDay(plan.plan.expectedEnd) })}`}
          </p>
          {plan.plan?.purpose && <p className="family-copy__purpose">»{plan.plan.purpose}«</p>}
          <p>
            <strong>{t('family.people', { child: plan.childName })}:</strong> {[plan.childName, ...plan.network.map((m) => m.name)].join(', ')}
          </p>
        </header>
        <div className="family-copy__rules">
          {plan.rules.map((rule, i) => (
            <FamilyRuleCard key={rule.id} rule={rule} childName={plan.childName} number={i + 1} />
          ))}
        </div>
        {plan.network.some((m) => m.agreedTo) && (
          <section className="family-copy__agreed">
            <h2>{t('family.agreed')}</h2>
            <ul>
              {plan.network
                .filter((m) => m.agreedTo)
                .map((m) => (
                  <li key={m.participantId}>
                    <strong>{m.name}:</strong> {m.agreedTo}
                  </li>
                ))}
            </ul>
          </section>
        )}
        {plan.contact && (
          <p className="family-copy__contact">
            {plan.contact.phone ? t('family.contactPhone', { name: plan.contact.name, phone: plan.contact.phone }) : t('family.contact', { name: plan.contact.name })}
          </p>
        )}
      </div>
    </PrintFrame>
  );
}

function VersionLine({ plan }: { plan: FamilySafetyPlan }) {
  const { t } = useTranslation('safetyPlan');
  if (!plan.version) return <>{t('family.firstDraft')}</>;
  return <>{plan.draft ? t('family.draft', { n: plan.version.number }) : t('family.version', { n: plan.version.number, date: formatDate(plan.version.createdAt) })}</>;
}

function ProfessionalPrint({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['safetyPlan', 'review']);
  const loaded = useLoad(() => api['safetyPlan.get']({ caseId }), [caseId]);
  const header = useLoad(() => api['safetyPlan.family']({ caseId }), [caseId]);
  const detail = loaded.data;
  const caseInfo = useLoad(() => api['cases.get']({ id: caseId }), [caseId]);
  if (loaded.error) return <ErrorMessage message={loaded.error.message} />;
  if (!detail || !header.data || !caseInfo.data) return null;
  const municipality = header.data.municipality;
  return (
    <PrintFrame ready={!loaded.loading && !header.loading} municipality={municipality} confidential>
      <header className="print-doc__header">
        {municipality && <p className="print-doc__municipality">{municipality}</p>}
        <p className="print-doc__stamp">{t('review:print.professionalStamp')}</p>
        <h1>{t('print.professionalTitle', { child: detail.childName, year: caseInfo.data.birthYear })}</h1>
        <p>
          <VersionLine plan={header.data} />
        </p>
      </header>
      <ProfessionalBody detail={detail} />
    </PrintFrame>
  );
}

function ProfessionalBody({ detail }: { detail: SafetyPlanDetail }) {
  const { t } = useTranslation('safetyPlan');
  const plan = detail.plan;
  const rules = detail.rules.filter((r) => !r.retired);
  const retired = detail.rules.filter((r) => r.retired);
  return (
    <>
      <section className="review-section">
        <h2>{t('print.frame')}</h2>
        {plan ? (
          <p>
            {t(`context.${plan.context}`)} · {t('frame.period', { from: showDay(plan.startsOn), to: showDay(plan.expectedEnd), months: plan.expectedMonths })}
            {plan.month > 0 && ` · ${t('frame.month', { month: plan.month, months: plan.expectedMonths })}`}
            {plan.endedOn && ` · ${t('frame.ended', { date: showDay(plan.endedOn) })}`}
          </p>
        ) : (
          <p>{t('family.noPlan')}</p>
        )}
        {plan?.purpose && (
          <p>
            {t('print.purpose')}: »{plan.purpose}«
          </p>
        )}
      </section>
      <section className="review-section">
        <h2>{t('print.network')}</h2>
        <table className="agreements-table">
          <tbody>
            {detail.network.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{m.agreedTo}</td>
                <td>{m.active ? t('network.joined', { date: showDay(m.joinedOn) }) : `${t('network.left', { date: showDay(m.leftOn ?? m.joinedOn) })}${m.leftReason ? `: ${m.leftReason}` : ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="review-section">
        <h2>{t('print.rules')}</h2>
        <ol className="pro-rules">
          {rules.map((r) => (
            <li key={r.id}>
              <strong>{r.situation}</strong> – {r.action}
              <p>{r.reserveName ? t('rules.whoReserve', { name: r.responsibleName, reserve: r.reserveName }) : t('rules.who', { name: r.responsibleName })}</p>
              {r.childKnows && <p>{t('rules.childKnows', { child: detail.childName })}: {r.childKnows}</p>}
              {r.networkChecks && <p>{t('rules.networkChecks')}: {r.networkChecks}</p>}
              <p>
                {r.link ? `${t(`rules.part.${r.link.part}`)}: ${r.link.text}${r.link.confidential ? ` (${t('rules.confidential')})` : ''}` : t('rules.noLink')}
              </p>
              {r.professionalNote && <p>{t('rules.professionalNote')}: {r.professionalNote}</p>}
              <p>
                {t('print.reviews')}:{' '}
                {r.reviews.length
                  ? r.reviews
                      .map((v) => `${showDay(v.meetingStartsAt)} ${t(`outcome.${v.outcome}`).toLowerCase()}${v.whatHappened ? ` (${v.whatHappened})` : ''}${v.professionalNote ? ` [${t('rules.confidential')}: ${v.professionalNote}]` : ''}`)
                      .join('; ')
                  : t('print.noReviews')}
              </p>
            </li>
          ))}
        </ol>
        {retired.length > 0 && (
          <>
            <h3>{t('print.retired')}</h3>
            <ul>
              {retired.map((r) => (
                <li key={r.id}>
                  {r.situation} – {r.action}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="review-section">
        <h2>{t('print.stages')}</h2>
        <ol>
          {detail.stages.map((s) => (
            <li key={s.id}>
              {t('stages.fromMonth')} {s.fromMonth}: {t(`involvement.${s.involvement}`)}
              {s.professionalsDo && ` · ${t('stages.professionalsDo')}: ${s.professionalsDo}`}
              {s.networkTakesOver && ` · ${t('stages.networkTakesOver')}: ${s.networkTakesOver}`}
            </li>
          ))}
        </ol>
      </section>
      <section className="review-section">
        <h2>{t('print.versions')}</h2>
        <ul>
          {detail.versions.map((v) => (
            <li key={v.id}>
              {t('common:versions.item', { n: v.number, date: formatDate(v.createdAt) })}: {v.changes}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
