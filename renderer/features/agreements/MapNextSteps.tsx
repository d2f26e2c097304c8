import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, ResponsibleOption } from '../../../shared/contract/agreements';
import type { MapItem } from '../../../shared/domain/map';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';

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
          <StepRow key={step.id} step={step} meetingId={meetingId} caseId={caseId} options={options} />
        ))}
      </ul>
    </section>
  );
}

function StepRow({ step, meetingId, caseId, options }: { step: MapItem; meetingId: string; caseId: string; options: ResponsibleOption[] }) {
  const { t } = useTranslation('agreements');
  const announce = useAnnounce();
  const [participantId, setParticipantId] = useState(step.saidBy ?? '');
  const [error, setError] = useState<string | null>(null);
  const person = options.find((o) => o.participantId === participantId);

  const make = async () => {
    try {
      await api['agreements.create']({
        caseId,
        meetingId,
        what: step.text,
        responsibleParticipantId: person?.participantId ?? null,
        responsibleName: person?.name ?? '',
        mapItemId: step.id,
      });
      announce(t('fromMap.made'));
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <li>
      <span>{step.text}</span>
      <select aria-label={`${t('form.responsible')} ${step.text}`} value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
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
