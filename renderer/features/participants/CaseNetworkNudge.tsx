import { needsPrivateNetworkNudge } from '../../../shared/domain/participants';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { PrivateNetworkNudge } from './PrivateNetworkNudge';

/**
 * The private-network nudge for places that only know the case id (the meeting console at meeting start): loads the
 * case's people and shows the prompt only when nobody from the private network is there. Facilitator-only, never on
 * the shared screen: the questions are for the facilitator to ask.
 */
export function CaseNetworkNudge({ caseId }: { caseId: string }) {
  const reloadOn = (event: { type: string; id?: string }) => event.id === caseId && event.type.startsWith('participants.');
  const people = useLoad(() => api['participants.list']({ caseId }), [caseId], reloadOn);
  const caseDetail = useLoad(() => api['cases.get']({ id: caseId }), [caseId]);
  if (!people.data || !caseDetail.data || !needsPrivateNetworkNudge(people.data)) return null;
  return <PrivateNetworkNudge childName={caseDetail.data.childName} />;
}
