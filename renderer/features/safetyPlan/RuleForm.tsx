import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyPlanDetail, SafetyRule } from '../../../shared/contract/safetyPlan';
import { SAFETY_LIMITS as L } from '../../../shared/domain/safetyPlan';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';

/**
 * A rule with the structure the method asks for: the situation, what happens, who (from the safety network, with a
 * reserve), how the child knows and can ask for help, how the network checks, and the map item it answers.
 */
export function RuleForm({ detail, rule, onDone }: { detail: SafetyPlanDetail; rule?: SafetyRule; onDone?(): void }) {
  const { t } = useTranslation('safetyPlan');
  const announce = useAnnounce();
  const empty = { situation: '', action: '', responsibleId: '', reserveId: '', childKnows: '', networkChecks: '', mapItemId: '', professionalNote: '' };
  const initial = rule
    ? { ...rule, reserveId: rule.reserveId ?? '', mapItemId: rule.link?.id ?? rule.mapItemId ?? '' }
    : empty;
  const [fields, setFields] = useState(initial);
  const set = (patch: Partial<typeof fields>) => setFields((f) => ({ ...f, ...patch }));
  const active = detail.network.filter((m) => m.active);
  // A person who left still shows on the rule they held, so the select says who it was until someone else is chosen.
  const people = [...active, ...detail.network.filter((m) => !m.active && (m.participantId === rule?.responsibleId || m.participantId === rule?.reserveId))];
  const personOptions = people.map((m) => ({ value: m.participantId, label: m.active ? m.name : `${m.name} (${t('network.left', { date: '' }).trim()})` }));
  const linkOptions = detail.mapOptions.some((o) => o.id === fields.mapItemId) || !rule?.link ? detail.mapOptions : [rule.link, ...detail.mapOptions];

  const submit = useSubmit(
    () => {
      const input = {
        situation: fields.situation,
        action: fields.action,
        responsibleId: fields.responsibleId || null,
        reserveId: fields.reserveId || null,
        childKnows: fields.childKnows,
        networkChecks: fields.networkChecks,
        mapItemId: fields.mapItemId || null,
        professionalNote: fields.professionalNote,
      };
      return rule ? api['safetyPlan.updateRule']({ id: rule.id, ...input }) : api['safetyPlan.addRule']({ caseId: detail.caseId, ...input });
    },
    () => {
      announce(rule ? t('rules.saved') : t('rules.added'));
      if (!rule) setFields(empty);
      onDone?.();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  const e = submit.fieldErrors;
  const label = rule ? t('rules.save') : t('rules.add');
  return (
    <form className="form safety-form rule-form" onSubmit={onSubmit} noValidate aria-label={label}>
      <TextField label={t('rules.situation')} hint={t('rules.situationHint')} value={fields.situation} onChange={(ev) => set({ situation: ev.target.value })} maxLength={L.situation} error={e.situation} />
      <TextArea label={t('rules.action')} hint={t('rules.actionHint')} value={fields.action} onChange={(ev) => set({ action: ev.target.value })} rows={2} maxLength={L.action} error={e.action} />
      <div className="safety-form__row">
        <SelectField
          label={t('rules.responsible')}
          value={fields.responsibleId}
          onChange={(ev) => set({ responsibleId: ev.target.value })}
          error={e.responsibleId}
          options={[{ value: '', label: t('rules.choose') }, ...personOptions]}
        />
        <SelectField
          label={t('rules.reserve')}
          value={fields.reserveId}
          onChange={(ev) => set({ reserveId: ev.target.value })}
          error={e.reserveId}
          options={[{ value: '', label: t('rules.noReserve') }, ...personOptions]}
        />
      </div>
      <TextArea label={t('rules.childKnows', { child: detail.childName })} value={fields.childKnows} onChange={(ev) => set({ childKnows: ev.target.value })} rows={2} maxLength={L.childKnows} error={e.childKnows} />
      <TextArea label={t('rules.networkChecks')} value={fields.networkChecks} onChange={(ev) => set({ networkChecks: ev.target.value })} rows={2} maxLength={L.networkChecks} error={e.networkChecks} />
      <SelectField
        label={t('rules.link')}
        value={fields.mapItemId}
        onChange={(ev) => set({ mapItemId: ev.target.value })}
        error={e.mapItemId}
        options={[
          { value: '', label: t('rules.noLink') },
          ...linkOptions.map((o) => ({ value: o.id, label: `${t(`rules.part.${o.part}`)}: ${o.text}${o.confidential ? ` (${t('rules.confidential')})` : ''}` })),
        ]}
      />
      <TextArea label={t('rules.professionalNote')} value={fields.professionalNote} onChange={(ev) => set({ professionalNote: ev.target.value })} rows={2} maxLength={L.note} />
      {submit.formError && !Object.keys(e).length && (
        <p className="field__error" role="alert">
          {submit.formError}
        </p>
      )}
      <FormActions label={label} disabled={submit.busy} onCancel={onDone} />
    </form>
  );
}
