import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/contract/plan';
import { GOAL_STATUSES, type GoalStatus } from '../../../shared/domain/plan';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { DateField } from '../../ui/DateTimeFields';
import { SelectField, TextArea } from '../../ui/Field';
import { readDay, showDay } from '../agreements/days';
import { SmartChecklist } from './SmartChecklist';
import type { SafetyGoalOption } from './useSafetyGoals';
import { FormActions } from '../../ui/FormActions';

interface Props {
  caseId: string;
  /** Editing an existing goal; absent for a new one. */
  goal?: Goal;
  parentId?: string | null;
  /** Safety goals from the map this goal may serve; the choice is hidden when there are none. */
  safetyGoals?: SafetyGoalOption[];
  onDone?: () => void;
}

/** Writes or edits a goal with the SMART checklist live beside it. A flagged goal can still be saved: it nudges. */
export function GoalEditor({ caseId, goal, parentId = null, safetyGoals = [], onDone }: Props) {
  const { t } = useTranslation('plan');
  const announce = useAnnounce();
  const [text, setText] = useState(goal?.text ?? '');
  const [deadline, setDeadline] = useState(showDay(goal?.deadline));
  const [attractive, setAttractive] = useState(goal?.attractive ?? false);
  const [realistic, setRealistic] = useState(goal?.realistic ?? false);
  const [status, setStatus] = useState<GoalStatus>(goal?.status ?? 'active');
  const [safetyGoalId, setSafetyGoalId] = useState(goal?.safetyGoalId ?? '');
  const [deadlineError, setDeadlineError] = useState<string | null>(null);
  const day = readDay(deadline);

  const submit = useSubmit(
    () => {
      const fields = { text, deadline: day === 'invalid' ? null : day, attractive, realistic, safetyGoalId: safetyGoalId || null };
      return goal ? api['plan.updateGoal']({ ...fields, id: goal.id, status }) : api['plan.addGoal']({ ...fields, caseId, parentId });
    },
    () => {
      if (!goal) {
        setText('');
        setDeadline('');
        setAttractive(false);
        setRealistic(false);
        setSafetyGoalId('');
      }
      announce(t('goals.saved'));
      onDone?.();
    },
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (day === 'invalid') return setDeadlineError(t('agreements:form.badDate'));
    setDeadlineError(null);
    void submit.run();
  };

  const label = goal ? t('goals.save') : parentId ? t('goals.addSub') : t('goals.add');
  return (
    <form className="goal-editor" onSubmit={onSubmit} noValidate aria-label={label}>
      <div className="form">
        <TextArea label={t('goals.text')} hint={t('goals.textHint')} value={text} onChange={(e) => setText(e.target.value)} rows={2} error={submit.fieldErrors.text} maxLength={1000} />
        <DateField label={t('goals.deadline')} text={deadline} onText={setDeadline} error={deadlineError ?? undefined} />
        <label className="check">
          <input type="checkbox" checked={attractive} onChange={(e) => setAttractive(e.target.checked)} /> {t('goals.attractive')}
        </label>
        <label className="check">
          <input type="checkbox" checked={realistic} onChange={(e) => setRealistic(e.target.checked)} /> {t('goals.realistic')}
        </label>
        {safetyGoals.length > 0 && (
          <SelectField
            label={t('goals.safetyGoal')}
            options={[{ value: '', label: t('goals.noSafetyGoal') }, ...safetyGoals.map((g) => ({ value: g.id, label: g.text }))]}
            value={safetyGoalId}
            onChange={(e) => setSafetyGoalId(e.target.value)}
          />
        )}
        {goal && (
          <SelectField
            label={t('goals.status')}
            options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`goals.statuses.${s}`) }))}
            value={status}
            onChange={(e) => setStatus(e.target.value as GoalStatus)}
          />
        )}
        {submit.formError && !submit.fieldErrors.text && <p className="field__error">{submit.formError}</p>}
        <FormActions label={label} disabled={submit.busy} onCancel={onDone} />
      </div>
      <SmartChecklist input={{ text, deadline: day === 'invalid' ? null : day, attractive, realistic }} />
    </form>
  );
}
