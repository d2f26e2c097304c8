import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsibleOption } from '../../../shared/contract/agreements';
import type { TaskDraft } from '../../../shared/contract/meetings';
import { api } from '../../api';
import { useAnnounce } from '../../ui/Announcer';

/** Lines marked as tasks in the meeting notes: pick who does it, and "Gør til aftale". */
export function TaskDrafts({ drafts, options }: { drafts: TaskDraft[]; options: ResponsibleOption[] }) {
  const { t } = useTranslation('agreements');
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="task-drafts">
      <h3 id="task-drafts">{t('drafts.title')}</h3>
      <ul className="drafts">
        {drafts.map((draft) => (
          <DraftRow key={draft.id} draft={draft} options={options} />
        ))}
      </ul>
    </section>
  );
}

function DraftRow({ draft, options }: { draft: TaskDraft; options: ResponsibleOption[] }) {
  const { t } = useTranslation('agreements');
  const announce = useAnnounce();
  const [participantId, setParticipantId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const person = options.find((o) => o.participantId === participantId);

  const make = async () => {
    try {
      await api['agreements.fromTaskDraft']({ draftId: draft.id, responsibleParticipantId: person?.participantId ?? null, responsibleName: person?.name ?? '' });
      announce(t('drafts.made'));
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <li>
      <span>{draft.text}</span>
      <select aria-label={`${t('form.responsible')} ${draft.text}`} value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
        <option value="">{t('form.choose')}</option>
        {options.map((o) => (
          <option key={o.participantId} value={o.participantId}>
            {o.name}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => void make()}>
        {t('drafts.makeAgreement')}
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
