import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/contract/participants';
import { GROUPS, ROLES, findDuplicate, groupForRole, type Role } from '../../../shared/domain/participants';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';

/** What the dialog edits: the participant's own fields, as the form holds them. */
type Draft = Pick<Participant, 'name' | 'role' | 'roleDetail' | 'group' | 'organisation' | 'phone' | 'email' | 'note'>;

const emptyDraft = (role: Role = 'mother'): Draft => ({
  name: '',
  role,
  roleDetail: '',
  group: groupForRole(role),
  organisation: '',
  phone: '',
  email: '',
  note: '',
});

function draftOf(p: Participant): Draft {
  const { name, role, roleDetail, group, organisation, phone, email, note } = p;
  return { name, role, roleDetail, group, organisation, phone, email, note };
}

interface Props {
  caseId: string;
  open: boolean;
  /** Edit this participant; omitted: add a new one. */
  editing?: Participant | null;
  /** Start a new participant with this role (the private-network nudge starts with a network person). */
  initialRole?: Role;
  /** Everyone on the case (archived too), for the "did you mean the existing person?" prompt. */
  existing: Participant[];
  onClose(): void;
  onSaved(participant: Participant, created: boolean): void;
  onUseExisting(participant: Participant): void;
}

export function ParticipantDialog({ caseId, open, editing, initialRole, existing, onClose, onSaved, onUseExisting }: Props) {
  const { t } = useTranslation('participants');
  const [draft, setDraft] = useState<Draft>(emptyDraft());
  const [groupChosen, setGroupChosen] = useState(false);
  const [duplicate, setDuplicate] = useState<Participant | null>(null);

  useEffect(() => {
    if (!open) return;
    setDuplicate(null);
    setGroupChosen(Boolean(editing));
    setDraft(editing ? draftOf(editing) : emptyDraft(initialRole));
  }, [open, editing, initialRole]);

  const submit = (confirmDuplicate: boolean) => {
    const fields = { ...draft, confirmDuplicate: confirmDuplicate || undefined };
    return editing ? api['participants.update']({ id: editing.id, ...fields }) : api['participants.create']({ caseId, ...fields });
  };
  const onDone = (saved: Participant) => {
    setDuplicate(null);
    onSaved(saved, !editing);
  };
  const save = useSubmit(() => submit(false), onDone);
  const saveAnyway = useSubmit(() => submit(true), onDone);

  useEffect(() => {
    if (save.formError && save.fieldErrors.name && /Mente du/.test(save.fieldErrors.name)) {
      setDuplicate(findDuplicate(existing, { ...draft, id: editing?.id }) ?? null);
    }
    // The prompt follows the server's answer, not each keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save.formError, save.fieldErrors.name]);

  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const setRole = (event: { target: { value: string } }) => {
    const role = event.target.value as Role;
    setDraft((d) => ({ ...d, role, group: groupChosen ? d.group : groupForRole(role) }));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDuplicate(null);
    void save.run();
  };
  const errors = { ...save.fieldErrors, ...saveAnyway.fieldErrors };

  return (
    <Dialog title={editing ? t('form.editTitle', { name: editing.name }) : t('form.createTitle')} open={open} onClose={onClose}>
      <form className="form participant-form" onSubmit={onSubmit} noValidate>
        {save.formError && !duplicate && !errors.name && <ErrorMessage message={save.formError} />}
        {duplicate && (
          <div className="duplicate-prompt" role="alert">
            <h3>{t('form.duplicateTitle')}</h3>
            <p>
              <strong>{duplicate.name}</strong> · {duplicate.roleDetail || t(`role.${duplicate.role}`)}
              {duplicate.organisation && ` · ${duplicate.organisation}`}
              {duplicate.archivedAt && ` · ${t('badges.archived')}`}
            </p>
            <div className="form__actions">
              <button type="button" className="button button--primary" onClick={() => onUseExisting(duplicate)}>
                {duplicate.archivedAt ? t('form.restoreExisting', { name: duplicate.name }) : t('form.useExisting', { name: duplicate.name })}
              </button>
              <button type="button" className="button" onClick={() => void saveAnyway.run()}>
                {t('form.createAnyway')}
              </button>
            </div>
          </div>
        )}
        <TextField label={t('fields.name')} hint={t('fields.nameHint')} value={draft.name} onChange={set('name')} error={duplicate ? undefined : errors.name} maxLength={120} autoFocus name="name" />
        <div className="form-row">
          <SelectField label={t('fields.role')} value={draft.role} onChange={setRole} error={errors.role} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} name="role" />
          <TextField
            label={draft.role === 'other' ? t('fields.roleDetailOther') : t('fields.roleDetail')}
            hint={t('fields.roleDetailHint')}
            value={draft.roleDetail}
            onChange={set('roleDetail')}
            error={errors.roleDetail}
            maxLength={200}
            name="roleDetail"
          />
        </div>
        <SelectField
          label={t('fields.group')}
          hint={t('fields.groupHint')}
          value={draft.group}
          onChange={(e) => {
            setGroupChosen(true);
            set('group')(e);
          }}
          error={errors.group}
          options={GROUPS.map((g) => ({ value: g, label: t(`groupSingular.${g}`) }))}
          name="group"
        />
        <div className="form-row">
          <TextField label={t('fields.organisation')} value={draft.organisation} onChange={set('organisation')} error={errors.organisation} maxLength={200} name="organisation" />
          <TextField label={t('fields.phone')} value={draft.phone} onChange={set('phone')} error={errors.phone} maxLength={40} type="tel" name="phone" />
        </div>
        <TextField label={t('fields.email')} value={draft.email} onChange={set('email')} error={errors.email} maxLength={200} type="email" name="email" />
        <TextArea label={t('fields.note')} hint={t('fields.noteHint', { count: draft.note.length })} value={draft.note} onChange={set('note')} error={errors.note} rows={3} name="note" />
        <FormActions label={editing ? t('common:actions.save') : t('section.add')} disabled={save.busy || saveAnyway.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
