import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseFields } from '../../../shared/contract/cases';
import { CASE_TYPES, type CaseType } from '../../../shared/domain/cases';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { navigate } from '../../app/router';
import { useSubmit } from '../../app/useForm';
import { useSettings } from '../../app/settings';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorMessage, PageHeader } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';

interface Draft {
  childName: string;
  birthYear: string;
  caseType: CaseType;
  responsibleWorker: string;
}

function toDraft(c: CaseDetail): Draft {
  return { childName: c.childName, birthYear: String(c.birthYear), caseType: c.caseType, responsibleWorker: c.responsibleWorker };
}

/** Create (no id) or edit a case. */
export function CaseFormPage({ id }: { id?: string }) {
  const { t } = useTranslation('cases');
  const announce = useAnnounce();
  const now = useNow();
  const existing = useLoad(() => (id ? api['cases.get']({ id }) : Promise.resolve(null)), [id]);
  const workers = useLoad(() => api['cases.workers']({}), []);
  // A new case is usually the user's own: the profile name (first run, Indstillinger) is offered, and can be changed.
  const { settings } = useSettings();
  const [draft, setDraft] = useState<Draft>({ childName: '', birthYear: '', caseType: 'network', responsibleWorker: id ? '' : settings.profileName });
  useEffect(() => {
    if (existing.data) setDraft(toDraft(existing.data));
  }, [existing.data]);

  const fields = (): CaseFields => ({
    childName: draft.childName,
    birthYear: draft.birthYear.trim() === '' ? (undefined as unknown as number) : Number(draft.birthYear),
    caseType: draft.caseType,
    responsibleWorker: draft.responsibleWorker,
  });
  const save = useSubmit(
    () => (id ? api['cases.update']({ id, ...fields() }) : api['cases.create'](fields())),
    (saved) => {
      announce(id ? t('form.saved') : t('form.created'));
      navigate(`/cases/${saved.id}`);
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  if (id && existing.error) return <ErrorMessage message={existing.error.message} />;
  return (
    <section className="page page--narrow">
      <PageHeader title={id ? t('form.editTitle') : t('form.createTitle')} />
      <form className="form" onSubmit={onSubmit} noValidate>
        {save.formError && <ErrorMessage message={save.formError} />}
        <TextField
          label={t('fields.childName')}
          hint={t('fields.childNameHint')}
          value={draft.childName}
          onChange={set('childName')}
          error={save.fieldErrors.childName}
          autoFocus
          maxLength={80}
          name="childName"
        />
        <TextField
          label={t('fields.birthYear')}
          value={draft.birthYear}
          onChange={set('birthYear')}
          error={save.fieldErrors.birthYear}
          inputMode="numeric"
          placeholder={String(now.getFullYear() - 9)}
          name="birthYear"
          className="input--short"
        />
        <SelectField
          label={t('fields.caseType')}
          value={draft.caseType}
          onChange={set('caseType')}
          error={save.fieldErrors.caseType}
          options={CASE_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
          name="caseType"
        />
        <TextField
          label={t('fields.responsibleWorker')}
          value={draft.responsibleWorker}
          onChange={set('responsibleWorker')}
          error={save.fieldErrors.responsibleWorker}
          maxLength={120}
          name="responsibleWorker"
          autoComplete="off"
          list="case-workers"
        />
        <datalist id="case-workers">
          {[...new Set([settings.profileName, ...(workers.data ?? [])].filter(Boolean))].map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <FormActions label={id ? t('common:actions.save') : t('common:actions.create')} disabled={save.busy} onCancel={() => navigate(id ? `/cases/${id}` : '/cases')} />
      </form>
    </section>
  );
}
