import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ErrorMessage } from '../../ui/Page';

export function RetentionSettings() {
  const { t } = useTranslation('settings');
  const announce = useAnnounce();
  const loaded = useLoad(() => api['settings.get']({}), []);
  const [years, setYears] = useState('');
  const [basis, setBasis] = useState('');
  useEffect(() => {
    if (!loaded.data) return;
    setYears(String(loaded.data.retentionYears));
    setBasis(loaded.data.retentionLegalBasis);
  }, [loaded.data]);
  const save = useSubmit(
    () => api['settings.set']({ retentionYears: years.trim() ? Number(years) : (undefined as unknown as number), retentionLegalBasis: basis }),
    () => announce(t('saved')),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <>
      {loaded.error && <ErrorMessage message={loaded.error.message} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('retention.years')}
          hint={t('retention.yearsHint')}
          className="input--short"
          inputMode="numeric"
          value={years}
          onChange={(e) => setYears(e.target.value)}
          error={save.fieldErrors.retentionYears}
        />
        <TextArea
          label={t('retention.legalBasis')}
          hint={t('retention.legalBasisHint')}
          rows={3}
          maxLength={1000}
          value={basis}
          onChange={(e) => setBasis(e.target.value)}
          error={save.fieldErrors.retentionLegalBasis}
        />
        <FormActions label={t('retention.save')} disabled={save.busy} />
      </form>
    </>
  );
}
