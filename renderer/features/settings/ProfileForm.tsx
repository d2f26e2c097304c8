import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_ROLES, type ProfileRole } from '../../../shared/domain/settings';
import { useSettings } from '../../app/settings';
import { useSubmit } from '../../app/useForm';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';

/** Name, role and municipality (shown on documents); used by the first run and the settings page. */
export function ProfileForm({ submitLabel, onSaved, secondary }: { submitLabel: string; onSaved(): void; secondary?: React.ReactNode }) {
  const { t } = useTranslation('settings');
  const { settings, update } = useSettings();
  const [draft, setDraft] = useState({ name: settings.profileName, role: settings.profileRole, municipality: settings.profileMunicipality });
  const save = useSubmit(
    () => update({ profileName: draft.name, profileRole: draft.role, profileMunicipality: draft.municipality }),
    onSaved,
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {save.formError && <ErrorMessage message={save.formError} />}
      <TextField
        label={t('profile.name')}
        value={draft.name}
        onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
        error={save.fieldErrors.profileName}
        maxLength={120}
        autoComplete="name"
        name="profileName"
      />
      <SelectField
        label={t('profile.role')}
        value={draft.role}
        onChange={(e) => setDraft((d) => ({ ...d, role: e.target.value as ProfileRole | '' }))}
        error={save.fieldErrors.profileRole}
        options={[{ value: '', label: t('profile.chooseRole') }, ...PROFILE_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
        name="profileRole"
      />
      <TextField
        label={t('profile.municipality')}
        hint={t('profile.municipalityHint')}
        value={draft.municipality}
        onChange={(e) => setDraft((d) => ({ ...d, municipality: e.target.value }))}
        error={save.fieldErrors.profileMunicipality}
        maxLength={120}
        autoComplete="organization"
        name="profileMunicipality"
      />
      <FormActions label={submitLabel} disabled={save.busy}>
        {secondary}
      </FormActions>
    </form>
  );
}
