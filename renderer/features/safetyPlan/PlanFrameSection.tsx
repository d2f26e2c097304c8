import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyPlanDetail } from '../../../shared/contract/safetyPlan';
import { toIsoDay } from '../../../shared/domain/dates';
import { DEFAULT_EXPECTED_MONTHS, MAX_EXPECTED_MONTHS, PLAN_CONTEXTS, type PlanContext } from '../../../shared/domain/safetyPlan';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { EmptyState } from '../../ui/Page';
import { readDay, showDay } from '../agreements/days';

/** Why the plan exists, from when and for how long: the frame every rule and review hangs in. */
export function PlanFrameSection({ detail }: { detail: SafetyPlanDetail }) {
  const { t } = useTranslation('safetyPlan');
  const [editing, setEditing] = useState(false);
  const plan = detail.plan;
  return (
    <section className="safety-section" aria-labelledby="safety-frame">
      <h2 id="safety-frame">{t('frame.heading')}</h2>
      {!plan && !editing && (
        <EmptyState action={<button type="button" className="button button--primary" onClick={() => setEditing(true)}>{t('frame.start')}</button>}>
          {t('frame.empty')}
        </EmptyState>
      )}
      {plan && !editing && (
        <div className="safety-frame">
          <p className="safety-frame__period">
            <strong>{t(`context.${plan.context}`)}</strong> · {t('frame.period', { from: showDay(plan.startsOn), to: showDay(plan.expectedEnd), months: plan.expectedMonths })} ·{' '}
            {plan.month === 0 ? t('frame.notStarted', { date: showDay(plan.startsOn) }) : t('frame.month', { month: plan.month, months: plan.expectedMonths })}
          </p>
          {plan.purpose && <p className="safety-frame__purpose">»{plan.purpose}«</p>}
          {plan.endedOn && <p className="notice">{t('frame.ended', { date: showDay(plan.endedOn) })}{plan.endNote && ` – ${plan.endNote}`}</p>}
          {plan.lengthHint && <p className="notice">{plan.lengthHint}</p>}
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('frame.edit')}
          </button>
        </div>
      )}
      {editing && <PlanFrameForm detail={detail} onDone={() => setEditing(false)} />}
    </section>
  );
}

function PlanFrameForm({ detail, onDone }: { detail: SafetyPlanDetail; onDone(): void }) {
  const { t } = useTranslation('safetyPlan');
  const announce = useAnnounce();
  const now = useNow();
  const plan = detail.plan;
  const [context, setContext] = useState<PlanContext>(plan?.context ?? 'at_home');
  const [purpose, setPurpose] = useState(plan?.purpose ?? '');
  const [startsOn, setStartsOn] = useState(showDay(plan?.startsOn ?? toIsoDay(now)));
  const [months, setMonths] = useState(String(plan?.expectedMonths ?? DEFAULT_EXPECTED_MONTHS));
  const [endedOn, setEndedOn] = useState(showDay(plan?.endedOn));
  const [endNote, setEndNote] = useState(plan?.endNote ?? '');
  const [dateErrors, setDateErrors] = useState<Record<string, string>>({});
  const start = readDay(startsOn);
  const end = readDay(endedOn);

  const submit = useSubmit(
    () =>
      api['safetyPlan.save']({
        caseId: detail.caseId,
        context,
        purpose,
        startsOn: start === 'invalid' || start === null ? '' : start,
        expectedMonths: Number(months),
        endedOn: end === 'invalid' ? null : end,
        endNote,
      }),
    () => {
      announce(t('frame.saved'));
      onDone();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (start === 'invalid' || start === null) errors.startsOn = t('frame.badDate');
    if (end === 'invalid') errors.endedOn = t('frame.badDate');
    setDateErrors(errors);
    if (!Object.keys(errors).length) void submit.run();
  };
  const errors = { ...submit.fieldErrors, ...dateErrors };
  return (
    <form className="form safety-form" onSubmit={onSubmit} noValidate aria-label={plan ? t('frame.edit') : t('frame.start')}>
      <SelectField
        label={t('frame.context')}
        value={context}
        onChange={(e) => setContext(e.target.value as PlanContext)}
        options={PLAN_CONTEXTS.map((c) => ({ value: c, label: t(`context.${c}`) }))}
      />
      <TextField label={t('frame.purpose')} hint={t('frame.purposeHint')} value={purpose} onChange={(e) => setPurpose(e.target.value)} maxLength={200} error={errors.purpose} />
      <div className="safety-form__row">
        <TextField label={t('frame.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.target.value)} inputMode="numeric" placeholder="dd.mm.åååå" error={errors.startsOn} />
        <TextField
          label={t('frame.months')}
          hint={t('frame.monthsHint')}
          type="number"
          min={1}
          max={MAX_EXPECTED_MONTHS}
          value={months}
          onChange={(e) => setMonths(e.target.value)}
          error={errors.expectedMonths}
        />
      </div>
      {plan && (
        <div className="safety-form__row">
          <TextField label={t('frame.endedOn')} value={endedOn} onChange={(e) => setEndedOn(e.target.value)} inputMode="numeric" placeholder="dd.mm.åååå" error={errors.endedOn} />
          <TextArea label={t('frame.endNote')} value={endNote} onChange={(e) => setEndNote(e.target.value)} rows={2} maxLength={1000} />
        </div>
      )}
      {submit.formError && !Object.keys(submit.fieldErrors).length && <p className="field__error">{submit.formError}</p>}
      <FormActions label={t('frame.save')} disabled={submit.busy} onCancel={onDone} />
    </form>
  );
}
