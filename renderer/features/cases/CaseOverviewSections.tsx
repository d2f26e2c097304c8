import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contract/cases';
import type { KredsEvent } from '../../../shared/contract';
import { needsPrivateNetworkNudge, type Role } from '../../../shared/domain/participants';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../ui/Page';
import { CaseAgreementsCard } from '../agreements/CaseAgreementsCard';
import { ConsentPanel } from '../consent/ConsentPanel';
import { LatestScalingCard } from '../map/LatestScalingCard';
import { NetworkMapThumbnail } from '../networkMap/NetworkMapThumbnail';
import { ContactPersonPanel } from '../participants/ContactPersonPanel';
import { ParticipantsSection } from '../participants/ParticipantsSection';
import { PrivateNetworkNudge } from '../participants/PrivateNetworkNudge';
import './caseOverview.css';

/** The body of the case overview: people by group, consent, contact person, map, and what later capabilities fill in. */
export function CaseOverviewSections({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const caseId = caseDetail.id;
  const reloadOn = (event: KredsEvent) => event.id === caseId && /^(participants|consent)\./.test(event.type);
  const participants = useLoad(() => api['participants.list']({ caseId, includeArchived: true }), [caseId], reloadOn);
  const consent = useLoad(() => api['consent.status']({ caseId }), [caseId], reloadOn);
  const contact = useLoad(() => api['participants.contactPerson']({ caseId }), [caseId], reloadOn);
  const [addRequest, setAddRequest] = useState<{ role: Role; at: number } | null>(null);

  const error = participants.error ?? consent.error ?? contact.error;
  if (error) return <ErrorMessage message={error.message} onRetry={participants.reload} retryLabel={t('common:actions.retry')} />;
  if (!participants.data || !consent.data || !contact.data) return <p className="muted">{t('common:status.loading')}</p>;
  const people = participants.data;
  // Without any consent record the consent panel says so once; a badge on every professional would only be noise.
  const outsideConsent = new Set(consent.data.records.length > 0 ? consent.data.professionalsOutsideScope.map((p) => p.id) : []);

  return (
    <>
      <div className="coming-up">
        <CaseAgreementsCard caseId={caseId} />
        <LatestScalingCard caseId={caseId} />
      </div>
      <div className="overview">
        <div className="overview__main">
          {needsPrivateNetworkNudge(people) && (
            <PrivateNetworkNudge childName={caseDetail.childName} onAdd={() => setAddRequest({ role: 'network_person', at: Date.now() })} />
          )}
          <ParticipantsSection
            caseId={caseId}
            participants={people}
            outsideConsent={outsideConsent}
            contactPersonId={contact.data.current?.id ?? null}
            networkSharing={consent.data.networkSharing}
            addRequest={addRequest}
          />
          <ConsentPanel caseId={caseId} childName={caseDetail.childName} birthYear={caseDetail.birthYear} status={consent.data} participants={people} />
        </div>
        <div className="overview__side">
          <ContactPersonPanel caseId={caseId} contact={contact.data} participants={people} />
          <NetworkMapThumbnail caseId={caseId} />
        </div>
      </div>
    </>
  );
}
