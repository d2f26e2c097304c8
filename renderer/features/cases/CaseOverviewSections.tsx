import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contract/cases';
import type { KredsEvent } from '../../../shared/contract';
import { needsPrivateNetworkNudge, type Role } from '../../../shared/domain/participants';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../ui/Page';
import { ConsentPanel } from '../consent/ConsentPanel';
import { NetworkMapThumbnail } from '../networkMap/NetworkMapThumbnail';
import { ContactPersonPanel } from '../participants/ContactPersonPanel';
import { ParticipantsSection } from '../participants/ParticipantsSection';
import { PrivateNetworkNudge } from '../participants/PrivateNetworkNudge';

interface Props {
  caseDetail: CaseDetail;
  /** Set by the next step ("Tilføj den første deltager") or the nudge: open the participant form. */
  addRequest: { role?: Role; at: number } | null;
  onAddRequest(request: { role?: Role; at: number }): void;
  /** The meetings column (meetings, follow-up, open tasks) and the map and scaling, placed between the people's parts. */
  meetings: ReactNode;
  progress: ReactNode;
}

/**
 * The body of the case page in three columns: the network (people by group, the contact person); the meetings and what
 * follows from them; consent, the map and the network map.
 */
export function CaseOverviewSections({ caseDetail, addRequest, onAddRequest, meetings, progress }: Props) {
  const { t } = useTranslation('cases');
  const caseId = caseDetail.id;
  const reloadOn = (event: KredsEvent) => event.id === caseId && /^(participants|consent)\./.test(event.type);
  // Whether someone can still be deleted changes when they attend a meeting or take a task.
  const peopleReloadOn = (event: KredsEvent) => reloadOn(event) || event.type.startsWith('meetings.') || (event.id === caseId && event.type === 'agreements.changed');
  const participants = useLoad(() => api['participants.list']({ caseId, includeArchived: true }), [caseId], peopleReloadOn);
  const consent = useLoad(() => api['consent.status']({ caseId }), [caseId], reloadOn);
  const contact = useLoad(() => api['participants.contactPerson']({ caseId }), [caseId], reloadOn);

  const error = participants.error ?? consent.error ?? contact.error;
  if (error) return <ErrorMessage message={error.message} onRetry={participants.reload} retryLabel={t('common:actions.retry')} />;
  if (!participants.data || !consent.data || !contact.data) return <p className="muted">{t('common:status.loading')}</p>;
  const people = participants.data;
  // Without any consent record the consent panel says so once; a badge on every professional would only be noise.
  const outsideConsent = new Set(consent.data.records.length > 0 ? consent.data.professionalsOutsideScope.map((p) => p.id) : []);
  const hasNetwork = people.some((p) => p.archivedAt === null && p.role !== 'child');

  return (
    <>
      <div className="case-page__column case-page__column--people">
        <ParticipantsSection
          caseId={caseId}
          participants={people}
          outsideConsent={outsideConsent}
          contactPersonId={contact.data.current?.id ?? null}
          networkSharing={consent.data.networkSharing}
          addRequest={addRequest}
        />
        {/* Asked once the network is begun: on an empty case the next step already says to add it. */}
        {hasNetwork && needsPrivateNetworkNudge(people) && (
          <PrivateNetworkNudge childName={caseDetail.childName} onAdd={() => onAddRequest({ role: 'network_person', at: Date.now() })} />
        )}
        <ContactPersonPanel caseId={caseId} contact={contact.data} participants={people} />
      </div>
      <div className="case-page__column case-page__column--meetings">{meetings}</div>
      <div className="case-page__column case-page__column--progress">
        <ConsentPanel caseId={caseId} childName={caseDetail.childName} birthYear={caseDetail.birthYear} status={consent.data} participants={people} />
        {progress}
        {hasNetwork && <NetworkMapThumbnail caseId={caseId} />}
      </div>
    </>
  );
}
