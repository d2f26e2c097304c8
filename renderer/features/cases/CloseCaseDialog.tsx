import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';

export function CloseCaseDialog({ caseId, open, onClose }: { caseId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation('cases');
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const close = useSubmit(
    () => api['cases.close']({ id: caseId, reason }),
    () => {
      announce(t('close.done'));
      setReason('');
      onClose();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void close.run();
  };
  return (
    <Dialog title={t('close.title')} open={open} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <TextArea
          label={t('close.reason')}
          hint={t('close.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={close.fieldErrors.reason}
          rows={4}
          maxLength={2000}
          autoFocus
        />
        <FormActions label={t('close.confirm')} disabled={close.busy} danger onCancel={onClose} />
      </form>
    </Dialog>
  );
}
