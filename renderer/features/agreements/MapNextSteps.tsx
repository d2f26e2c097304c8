import { useTranslation } from 'react-i18next';
import type { Agreement, ResponsibleOption } from '../../../shared/contract/agreements';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { MakeAgreementRow } from './MakeAgreementRow';

/**
 * The map's "Næste skridt" of this meeting that no agreement covers yet: pick who, and make it an agreement.
 * Fortrolige items are left out — an agreement is shown on the shared screen.
 */
export function MapNextSteps({ meetingId, caseId, agreements, options }: { meetingId: string; caseId: string; agreements: Agreement[]; options: ResponsibleOption[] }) {
  const { t } = useTranslation('agreements');
  const map = useLoad(() => api['map.get']({ meetingId }), [meetingId], (event) => event.type === 'map.changed' && event.id === meetingId);
  const linked = new Set(agreements.map((a) => a.mapItemId).filter(Boolean));
  const steps = (map.data?.items ?? []).filter((i) => i.part === 'next_steps' && !i.confidential && !linked.has(i.id) && !(i.originId && linked.has(i.originId)));
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="map-next-steps">
      <h3 id="map-next-steps">{t('fromMap.title')}</h3>
      <ul className="drafts">
        {steps.map((step) => (
          <MakeAgreementRow
            key={step.id}
            text={step.text}
            options={options}
            initialParticipantId={step.saidBy ?? ''}
            create={(responsible) => api['agreements.create']({ caseId, meetingId, what: step.text, mapItemId: step.id, ...responsible })}
            madeMessage={t('fromMap.made')}
          />
        ))}
      </ul>
    </section>
  );
}
