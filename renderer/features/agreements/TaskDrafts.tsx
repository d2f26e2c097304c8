import { useTranslation } from 'react-i18next';
import type { ResponsibleOption } from '../../../shared/contract/agreements';
import type { TaskDraft } from '../../../shared/contract/meetings';
import { api } from '../../api';
import { MakeAgreementRow } from './MakeAgreementRow';

/** Lines marked as tasks in the meeting notes: pick who does it, and "Gør til aftale". */
export function TaskDrafts({ drafts, options }: { drafts: TaskDraft[]; options: ResponsibleOption[] }) {
  const { t } = useTranslation('agreements');
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="task-drafts">
      <h3 id="task-drafts">{t('drafts.title')}</h3>
      <ul className="drafts">
        {drafts.map((draft) => (
          <MakeAgreementRow
            key={draft.id}
            text={draft.text}
            options={options}
            create={(responsible) => api['agreements.fromTaskDraft']({ draftId: draft.id, ...responsible })}
            madeMessage={t('drafts.made')}
          />
        ))}
      </ul>
    </section>
  );
}
