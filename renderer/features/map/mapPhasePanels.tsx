import type { PhasePanel, PhasePanelProps } from '../meeting/phasePanels';
import { HousesPanel } from './HousesPanel';
import { MapBoard } from './MapBoard';
import { ScalingPanel } from './ScalingPanel';
import { useMap } from './useMap';
import { WellbeingPicker } from './WellbeingPicker';

function MapConsole({ meeting }: PhasePanelProps) {
  const { map, setItems } = useMap(meeting.id);
  if (!map) return null;
  return (
    <>
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
