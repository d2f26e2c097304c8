import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { CaseNetworkNudge } from '../participants/CaseNetworkNudge';
import { NetworkMapView } from './NetworkMapView';

/** The slice of the meeting's PhasePanelProps these panels need (kept structural so this file stands alone). */
interface MeetingPanelProps {
  caseId: string;
  meeting: { id: string; status: string };
}

/** A held meeting shows the network as it was when that meeting ended; a live one shows the map as it is now. */
function useMeetingVersion({ caseId, meeting }: MeetingPanelProps): { ready: boolean; versionId?: string } {
  const held = meeting.status === 'held';
  const versions = useLoad(() => (held ? api['networkMap.versions']({ caseId }) : Promise.resolve([])), [caseId, held]);
  if (!held) return { ready: true };
  if (!versions.data) return { ready: false };
  return { ready: true, versionId: versions.data.find((v) => v.meetingId === meeting.id && v.moment === 'meeting_end')?.id };
}

function NetworkMapConsolePanel(props: MeetingPanelProps) {
  const { t } = useTranslation('networkMap');
  const { ready, versionId } = useMeetingVersion(props);
  const map = useLoad(
    () => (ready ? api['networkMap.get']({ caseId: props.caseId, versionId }) : Promise.resolve(null)),
    [props.caseId, ready, versionId],
    (event) => event.id === props.caseId && /^(networkMap|participants)\./.test(event.type),
  );
  if (!map.data) return null;
  return (
    <div className="netmap-console">
      <NetworkMapView childName={map.data.childName} nodes={map.data.nodes} />
      <Link to={`/cases/${props.caseId}/network-map`} className="button">
        {t('open')}
      </Link>
    </div>
  );
}

/**
 * Registered in the meeting's phase panels: at the welcome the facilitator sees the private-network nudge when the
 * network is unexplored; while everyone is introduced, the network map is on the console (the shared screen shows it
 * from the host's answer: names, roles and closeness only — no notes, contact details or consent).
 */
export const networkPhasePanels = {
  welcome: { Console: ({ caseId }: MeetingPanelProps) => <CaseNetworkNudge caseId={caseId} />, consoleRole: 'reference' as const },
  introductions: { Console: NetworkMapConsolePanel, consoleRole: 'reference' as const },
};
