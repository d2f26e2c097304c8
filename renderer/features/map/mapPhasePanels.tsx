import { useTranslation } from 'react-i18next';
import type { PhasePanel, PhasePanelProps } from '../meeting/phasePanels';
import { HousesPanel } from './HousesPanel';
import { MapBoard } from './MapBoard';
import { ScalingPanel } from './ScalingPanel';
import { SinceLastView } from './SinceLastView';
import { useMap } from './useMap';
import { WellbeingPicker } from './WellbeingPicker';

function MapConsole({ meeting }: PhasePanelProps) {
  const { t } = useTranslation('map');
  const { map, setItems } = useMap(meeting.id);
  if (!map) return null;
  return (
    <>
      {map.previousMeetingId && (
        <details className="map-carried" data-testid="map-carried">
          <summary>{t('carried.summary')}</summary>
          <SinceLastView meetingId={meeting.id} caseId={map.caseId} />
        </details>
      )}
      <MapBoard map={map} onChange={setItems} />
      <WellbeingPicker meetingId={meeting.id} level={map.wellbeing} hints={map.wellbeingHints} />
    </>
  );
}

/** The meeting's Barnets stemme, Kortlægning and Skalering phases (registered in meeting/phasePanels.tsx). */
export const mapPhasePanels: { child_voice: PhasePanel; mapping: PhasePanel; scaling: PhasePanel } = {
  child_voice: { Console: ({ meeting }) => <HousesPanel meetingId={meeting.id} /> },
  mapping: { Console: MapConsole },
  scaling: {
    Console: ({ meeting, caseId }) => <ScalingPanel meetingId={meeting.id} caseId={caseId} inMeeting />,
  },
};
