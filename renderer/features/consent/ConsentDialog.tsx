import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentRecord } from '../../../shared/contract/consent';
import type { Participant } from '../../../shared/contract/participants';
import { ageThisYear } from '../../../shared/domain/cases';
import { CONSENT_FORMS, CONSENT_KINDS, CUSTODY_KINDS, INFO_TYPES, LEGAL_BASES, requiredGivers } from '../../../shared/domain/consent';
import { CUSTODY_CAPABLE_ROLES } from '../../../shared/domain/participants';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { DateField } from '../../ui/DateTimeFields';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { CheckboxGroup } from './CheckboxGroup';
import { draftFrom, fieldsFrom, newDraft, YOUNG_PERSON, type ConsentDraft } from './consentDraft';
import { requiredHint } from './requiredHint';
import { FormActions } from '../../ui/FormActions';

interface Props {
  caseId: string;
  childName: string;
  birthYear: number;
  open: boolean;
  editing: ConsentRecord | null;
  participants: Participant[];
  onClose(): void;
}

/** Records a consent (who, when, what, to whom, why, what the network may hear) or a legal basis for sharing without one. */
export function ConsentDialog({ caseId, childName, birthYear, open, editing, participants, onClose }: Props) {
  const { t } = useTranslation(['consent', 'participants']);
  const announce = useAnnounce();
  const now = useNow();
  const [draft, setDraft] = useState<ConsentDraft>(() => newDraft(now));
  useEffect(() => {
    if (open) setDraft(editing ? draftFrom(editing) : newDraft(now));
    // Reset only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, editing]);

  // People named on a record stay selectable after being archived, so editing the record does not drop them.
  const namedOnRecord = (p: Participant) => draft.givers.includes(p.id) || draft.recipientIds.includes(p.id);
  const custodyCandidates = participants.filter((p) => CUSTODY_CAPABLE_ROLES.includes(p.role) && (p.archivedAt === null || namedOnRecord(p)));
  const recipients = participants.filter((p) => p.group === 'professional' && (p.archivedAt === null || namedOnRecord(p)));
  const label = (p: Participant) => `${p.name} · ${p.roleDetail || t(`participants:role.${p.role}`)}`;
  const required = requiredGivers(ageThisYear(birthYear, now), draft.custody);

  const save = useSubmit(
    () => {
      const fields = fieldsFrom(draft, participants, childName);
      return editing ? api['consent.update']({ id: editing.id, ...fields }) : api['consent.create']({ caseId, ...fields });
    },
    () => {
      announce(t('dialog.saved'));
      onClose();
    },
  );
  const set = <K extends keyof ConsentDraft>(key: K) => (value: ConsentDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const onText = (key: keyof ConsentDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const errors = save.fieldErrors;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  const isConsent = draft.kind === 'consent';

  return (
    <Dialog title={editing ? t('dialog.editTitle') : t('dialog.createTitle')} open={open} onClose={onClose}>
      <form className="form consent-form" onSubmit={onSubmit} noValidate>
        {save.formError && !Object.values(errors).includes(save.formError) && <ErrorMessage message={save.formError} />}
        <SelectField label={t('fields.kind')} value={draft.kind} onChange={onText('kind')} options={CONSENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        {isConsent ? (
          <>
            <div className="form-row">
              <SelectField label={t('fields.custody')} value={draft.custody} onChange={onText('custody')} options={CUSTODY_KINDS.map((c) => ({ value: c, label: t(`custody.${c}`) }))} />
              <SelectField label={t('fields.form')} value={draft.form} onChange={onText('form')} options={CONSENT_FORMS.map((f) => ({ value: f, label: t(`form.${f}`) }))} />
            </div>
            <CheckboxGroup
              legend={t('fields.givenBy')}
              hint={`${t('fields.givenByHint')} ${requiredHint(required, t)}`}
              error={errors.givenBy}
              options={[
                // Who can hold custody is offered; whether they do is the user's tick, so no one is labelled a holder in advance.
                ...custodyCandidates.map((p) => ({ value: p.id, label: label(p) })),
                ...(required.youngPerson ? [{ value: YOUNG_PERSON, label: t('fields.youngPerson', { name: childName }) }] : []),
              ]}
              selected={draft.givers}
              onChange={set('givers')}
            />
            <TextField label={t('fields.otherGiver')} value={draft.otherGiver} onChange={onText('otherGiver')} maxLength={200} />
          </>
        ) : (
          <>
            <SelectField
              label={t('fields.legalBasis')}
              value={draft.legalBasis}
              onChange={onText('legalBasis')}
              error={errors.legalBasis}
              options={[{ value: '', label: '—' }, ...LEGAL_BASES.map((b) => ({ value: b, label: t(`legalBasis.${b}`) }))]}
            />
            <TextArea label={t('fields.legalBasisNote')} value={draft.legalBasisNote} onChange={onText('legalBasisNote')} error={errors.legalBasisNote} rows={2} />
          </>
        )}
        <DateField label={t('fields.givenOn')} text={draft.givenOn} onText={set('givenOn')} error={errors.givenOn} />
        <CheckboxGroup
          legend={t('fields.infoTypes')}
          error={errors.infoTypes}
          options={INFO_TYPES.map((i) => ({ value: i, label: t(`infoType.${i}`) }))}
          selected={draft.infoTypes}
          onChange={(v) => set('infoTypes')(v as ConsentDraft['infoTypes'])}
        />
        {draft.infoTypes.includes('other') && <TextField label={t('fields.infoOther')} value={draft.infoOther} onChange={onText('infoOther')} maxLength={200} />}
        <CheckboxGroup
          legend={t('fields.recipients')}
          error={errors.recipients}
          options={recipients.map((p) => ({ value: p.id, label: `${label(p)}${p.organisation ? ` · ${p.organisation}` : ''}` }))}
          selected={draft.recipientIds}
          onChange={set('recipientIds')}
        />
        <TextArea label={t('fields.recipientOrganisations')} value={draft.organisations} onChange={onText('organisations')} rows={2} />
        <TextArea label={t('fields.purpose')} value={draft.purpose} onChange={onText('purpose')} error={errors.purpose} rows={2} />
        {isConsent && (
          <TextArea label={t('fields.networkSharing')} hint={t('fields.networkSharingHint')} value={draft.networkSharing} onChange={onText('networkSharing')} error={errors.networkSharing} rows={3} />
        )}
        {editing && <DateField label={t('fields.withdrawnOn')} text={draft.withdrawnOn} onText={set('withdrawnOn')} error={errors.withdrawnOn} />}
        <FormActions label={t('common:actions.save')} disabled={save.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
