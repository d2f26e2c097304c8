import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/contract/participants';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';
import { useOfferUndo } from '../../ui/Undo';

export function DeleteParticipantDialog({ participant, onClose }: { participant: Participant | null; onClose(): void }) {
  const { t } = useTranslation('participants');
  const offerUndo = useOfferUndo();
  const name = participant?.name ?? '';
  const remove = useSubmit(
    () => api['participants.delete']({ id: participant!.id }),
    ({ undoId }) => {
      offerUndo(t('delete.done', { name }), async () => {
        await api['undo.restore']({ id: undoId });
      });
      onClose();
    },
  );
  return (
    <Dialog title={t('delete.title', { name })} open={participant !== null} onClose={onClose}>
      {remove.formError && <ErrorMessage message={remove.formError} />}
      <p>{t('delete.body', { name })}</p>
      <FormActions label={t('delete.confirm')} disabled={remove.busy} danger onConfirm={() => void remove.run()} onCancel={onClose} />
    </Dialog>
  );
}
