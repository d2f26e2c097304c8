import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementDefaults } from '../../../shared/contract/agreements';
import { dueDateWarning } from '../../../shared/domain/agreements';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { DateField } from '../../ui/DateTimeFields';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { readDay, showDay } from './days';

const OTHER = '__other';

interface Props {
  caseId: string;
  meetingId: string | null;
  defaults: AgreementDefaults;
  goals?: { id: string; text: string }[];
}

/** "Who does what, why and by when" — one agreement. What the user typed survives a failed save. */
export function AgreementForm({ caseId, meetingId, defaults, goals = [] }: Props) {
  const { t } = useTranslation('agreements');
  const announce = useAnnounce();
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [choice, setChoice] = useState('');
  const [otherName, setOtherName] = useState('');
  const [due, setDue] = useState(showDay(defaults.dueDate));
  const [goalId, setGoalId] = useState('');
  const [comment, setComment] = useState('');
  const [dueError, setDueError] = useState<string | null>(null);

  const person = defaults.responsibleOptions.find((o) => o.participantId === choice);
  const dueDay = readDay(due);
  const warning = dueDay !== 'invalid' ? dueDateWarning(dueDay, defaults.meetingDate) : null;

  const submit = useSubmit(
    () =>
      api['agreements.create']({
        caseId,
        meetingId,
        what,
        why,
        responsibleParticipantId: person?.participantId ?? null,
        responsibleName: person?.name ?? (choice === OTHER ? otherName : ''),
        dueDate: dueDay === 'invalid' ? null : dueDay,
        goalId: goalId || null,
        comment,
      }),
    () => {
      setWhat('');
      setWhy('');
      setChoice('');
      setOtherName('');
      setComment('');
      setGoalId('');
      announce(t('form.saved'));
    },
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (dueDay === 'invalid') return setDueError(t('form.badDate'));
    setDueError(null);
    void submit.run();
  };

  const options = [
    { value: '', label: t('form.choose') },
    ...defaults.responsibleOptions.map((o) => ({ value: o.participantId, label: o.name })),
    { value: OTHER, label: t('form.otherPerson') },
  ];

  return (
    <form className="form agreement-form" onSubmit={onSubmit} noValidate aria-label={t('form.add')}>
      <TextField label={t('form.what')} value={what} onChange={(e) => setWhat(e.target.value)} error={submit.fieldErrors.what} maxLength={1000} />
      <div className="agreement-form__row">
        <SelectField
          label={t('form.responsible')}
          hint={t('form.responsibleHint')}
          options={options}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          error={choice === OTHER ? undefined : submit.fieldErrors.responsibleName}
        />
        {choice === OTHER && (
          <TextField label={t('form.otherName')} value={otherName} onChange={(e) => setOtherName(e.target.value)} error={submit.fieldErrors.responsibleName} maxLength={120} />
        )}
        <DateField label={t('form.due')} hint={t('form.dueHint')} text={due} onText={setDue} error={dueError ?? undefined} />
      </div>
      {warning && (
        <p className="notice" role="status">
          {warning}
        </p>
      )}
      <div className="agreement-form__row">
        <TextField label={t('form.why')} hint={t('form.whyHint')} value={why} onChange={(e) => setWhy(e.target.value)} maxLength={1000} />
        {goals.length > 0 && (
          <SelectField
            label={t('form.goal')}
            options={[{ value: '', label: t('form.noGoal') }, ...goals.map((g) => ({ value: g.id, label: g.text }))]}
            value={goalId}
            onChange={(e) => setGoalId(e.target.value)}
          />
        )}
      </div>
      <TextArea label={t('form.comment')} value={comment} onChange={(e) => setComment(e.target.value)} rows={1} maxLength={2000} />
      {submit.formError && !Object.keys(submit.fieldErrors).length && <p className="field__error">{submit.formError}</p>}
      <FormActions label={t('form.save')} disabled={submit.busy} />
    </form>
  );
}
