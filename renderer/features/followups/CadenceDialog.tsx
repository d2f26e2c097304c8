import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadenceView } from '../../../shared/contract/followups';
import { CADENCE_PRESETS, type CadencePreset } from '../../../shared/domain/followups';
import { parseDanishDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { DateField, dayText } from '../../ui/DateTimeFields';
import { FormActions } from '../../ui/FormActions';

/** Chooses the case's cadence: a preset, optionally its own interval, with the reason recorded. */
export function CadenceDialog({ caseId, cadence, open, onClose }: { caseId: string; cadence: CadenceView; open: boolean; onClose(): void }) {
  const { t } = useTranslation('followups');
  const announce = useAnnounce();
  const [preset, setPreset] = useState<CadencePreset>(cadence.preset);
  const [ownInterval, setOwnInterval] = useState(cadence.overrideWeeks !== null);
  const [weeks, setWeeks] = useState(String(cadence.overrideWeeks ?? 8));
  const [reason, setReason] = useState(cadence.reason);
  const [supportStart, setSupportStart] = useState(dayText(cadence.supportStartDate));
  const supportStartDay = parseDanishDate(supportStart);
  const submit = useSubmit(
    () =>
      api['followups.setCadence']({
        caseId,
        preset,
        overrideWeeks: ownInterval ? Number(weeks) : null,
        reason,
        supportStartDate: preset === 'statutory_95' ? supportStartDay : null,
      }),
    () => {
      announce(t('cadence.saved'));
      onClose();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  return (
    <Dialog title={t('cadence.title')} open={open} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <SelectField
          label={t('cadence.preset')}
          value={preset}
          onChange={(e) => setPreset(e.target.value as CadencePreset)}
          options={CADENCE_PRESETS.map((p) => ({ value: p, label: t(`presetName.${p}`) }))}
          hint={t(`preset.${preset}`)}
        />
        {preset === 'statutory_95' && (
          <DateField label={t('cadence.supportStart')} text={supportStart} onText={setSupportStart} error={submit.fieldErrors.supportStartDate} />
        )}
        <label className="checkbox">
          <input type="checkbox" checked={ownInterval} onChange={(e) => setOwnInterval(e.target.checked)} />
          {t('cadence.ownInterval')}
        </label>
        {ownInterval && (
          <TextField
            label={t('cadence.weeks')}
            type="number"
            min={1}
            max={52}
            className="input--short"
            value={weeks}
            onChange={(e) => setWeeks(e.target.value)}
            error={submit.fieldErrors.overrideWeeks}
          />
        )}
        <TextArea
          label={t('cadence.reasonLabel')}
          hint={t(preset === 'statutory_95' ? 'cadence.reasonHint95' : 'cadence.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={submit.fieldErrors.reason}
          rows={3}
          maxLength={500}
        />
        {submit.formError && !Object.keys(submit.fieldErrors).length && <p className="field__error">{submit.formError}</p>}
        <FormActions label={t('common:actions.save')} disabled={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
