import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponsibleOption } from '../../../shared/contract/agreements';
import { useAnnounce } from '../../ui/Announcer';
import { InlineError } from '../../ui/Field';

export interface Responsible {
  responsibleParticipantId: string | null;
  responsibleName: string;
}

/**
 * One line that can become an agreement (a task in the notes, a "Næste skridt" on the map): the text, a picker for
 * who is responsible, and "Gør til aftale". A failure shows under the line and keeps the choice.
 */
export function MakeAgreementRow({ text, options, initialParticipantId = '', create, madeMessage }: {
  text: string;
  options: ResponsibleOption[];
  initialParticipantId?: string;
  create(responsible: Responsible): Promise<unknown>;
  madeMessage: string;
}) {
  const { t } = useTranslation('agreements');
  const announce = useAnnounce();
  const [participantId, setParticipantId] = useState(initialParticipantId);
  const [error, setError] = useState<string | null>(null);
  const person = options.find((o) => o.participantId === participantId);

  const make = async () => {
    try {
      await create({ responsibleParticipantId: person?.participantId ?? null, responsibleName: person?.name ?? '' });
      announce(madeMessage);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <li>
      <span>{text}</span>
      <select aria-label={`${t('form.responsible')} ${text}`} value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
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
      <InlineError message={error} />
    </li>
  );
}
