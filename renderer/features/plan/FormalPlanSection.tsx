import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../shared/contract/plan';
import { ageThisYear } from '../../../shared/domain/cases';
import { toIsoDay } from '../../../shared/domain/dates';
import { PLAN_KINDS, planKindForAge, type PlanKind } from '../../../shared/domain/plan';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { DateField } from '../../ui/DateTimeFields';
import { SelectField, TextArea } from '../../ui/Field';
import { readDay, showDay } from '../agreements/days';
import { FormActions } from '../../ui/FormActions';

/** The formal plan is optional (DOMAIN.md): shown when recorded, offered otherwise, never required. */
export function FormalPlanSection({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('plan');
  const [editing, setEditing] = useState(false);
  const formal = plan.formal;
  const withText = !formal
    ? ''
    : formal.withChild && formal.withCustodyHolder
      ? t('formal.withBoth')
      : formal.withChild
        ? t('formal.withChildOnly')
        : formal.withCustodyHolder
          ? t('formal.withCustodyOnly')
          : t('formal.withNone');

  return (
    <section className="formal-plan" aria-labelledby="formal-plan">
      <h2 id="formal-plan">{t('formal.title')}</h2>
      {formal ? (
        <>
          <p className="formal-plan__summary">{t('formal.summary', { kind: t(`formal.kinds.${formal.kind}`), date: showDay(formal.madeOn) })}</p>
          <p className={formal.withChild && formal.withCustodyHolder ? '' : 'notice'}>{withText}</p>
          {formal.note && <p className="muted">{formal.note}</p>}
        </>
      ) : (
        <p className="muted">{t('noFormal')}</p>
      )}
      {editing ? (
        <FormalPlanForm plan={plan} onDone={() => setEditing(false)} />
      ) : (
        <div className="goal-card__actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {formal ? t('formal.edit') : t('formal.add')}
          </button>
          {formal && (
            <button type="button" className="button" onClick={() => void api['plan.removeFormal']({ caseId: plan.caseId })}>
              {t('formal.remove')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function FormalPlanForm({ plan, onDone }: { plan: PlanDetail; onDone: () => void }) {
  const { t } = useTranslation('plan');
  const announce = useAnnounce();
  const now = useNow();
  const [kind, setKind] = useState<PlanKind>(plan.formal?.kind ?? planKindForAge(ageThisYear(plan.birthYear, now)));
  const [madeOn, setMadeOn] = useState(showDay(plan.formal?.madeOn ?? toIsoDay(now)));
  const [withChild, setWithChild] = useState(plan.formal?.withChild ?? false);
  const [withCustodyHolder, setWithCustodyHolder] = useState(plan.formal?.withCustodyHolder ?? false);
  const [note, setNote] = useState(plan.formal?.note ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const day = readDay(madeOn);

  const submit = useSubmit(
    () => api['plan.saveFormal']({ caseId: plan.caseId, kind, madeOn: typeof day === 'string' && day !== 'invalid' ? day : '', withChild, withCustodyHolder, note }),
    () => {
      announce(t('formal.saved'));
      onDone();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (day === null || day === 'invalid') return setDateError(t('agreements:form.badDate'));
    setDateError(null);
    void submit.run();
  };

  return (
    <form className="form formal-plan__form" onSubmit={onSubmit} noValidate>
      <SelectField
        label={t('formal.kind')}
        hint={t('formal.kindHint')}
        options={PLAN_KINDS.map((k) => ({ value: k, label: t(`formal.kinds.${k}`) }))}
        value={kind}
        onChange={(e) => setKind(e.target.value as PlanKind)}
      />
      <DateField label={t('formal.madeOn')} text={madeOn} onText={setMadeOn} error={dateError ?? submit.fieldErrors.madeOn} />
      <label className="check">
        <input type="checkbox" checked={withChild} onChange={(e) => setWithChild(e.target.checked)} /> {t('formal.withChild')}
      </label>
      <label className="check">
        <input type="checkbox" checked={withCustodyHolder} onChange={(e) => setWithCustodyHolder(e.target.checked)} /> {t('formal.withCustodyHolder')}
      </label>
      <TextArea label={t('formal.note')} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
      <FormActions label={t('common:actions.save')} disabled={submit.busy} onCancel={onDone} />
    </form>
  );
}
