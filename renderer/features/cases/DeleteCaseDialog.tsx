import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { navigate } from '../../app/router';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';

/** "Slet sagen nu": the child's name typed confirms; the host checks it again. */
export function DeleteCaseDialog({ caseId, childName, open, onClose }: { caseId: string; childName: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation('cases');
  const announce = useAnnounce();
  const [typed, setTyped] = useState('');
  const remove = useSubmit(
    () => api['cases.delete']({ id: caseId, confirmName: typed }),
    () => {
      announce(t('delete.done'));
      navigate('/cases');
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void remove.run();
  };
  return (
    <Dialog title={t('delete.title')} open={open} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <p>{t('delete.intro')}</p>
        {remove.formError && !remove.fieldErrors.confirmName && <ErrorMessage message={remove.formError} />}
        <TextField
          label={t('delete.confirmLabel', { name: childName })}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={remove.fieldErrors.confirmName}
          autoComplete="off"
          autoFocus
        />
        <FormActions label={t('delete.confirm')} disabled={remove.busy} danger onCancel={onClose} />
      </form>
    </Dialog>
  );
}
