import type { PhasePanel, PhasePanelProps } from '../meeting/phasePanels';
import { HousesPanel, HousesPresenter } from './HousesPanel';
import { MapBoard } from './MapBoard';
import { MapPresenter } from './MapPresenter';
import { ScalingPanel } from './ScalingPanel';
import { ScalingPresenter } from './ScalingPresenter';
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

function currentQuestion(meeting: PhasePanelProps['meeting'], kind: string): string | null {
  const phase = meeting.phases.find((p) => p.kind === kind);
  return phase?.questions[phase.currentQuestion] ?? null;
}

/** The meeting's Barnets stemme, Kortlægning and Skalering phases (registered in meeting/phasePanels.tsx). */
export const mapPhasePanels: { child_voice: PhasePanel; mapping: PhasePanel; scaling: PhasePanel } = {
  child_voice: { Console: ({ meeting }) => <HousesPanel meetingId={meeting.id} />, Presenter: ({ meeting }) => <HousesPresenter meetingId={meeting.id} /> },
  mapping: { Console: MapConsole, Presenter: ({ meeting }) => <MapPresenter meetingId={meeting.id} question={currentQuestion(meeting, 'mapping')} /> },
  scaling: {
    Console: ({ meeting, caseId }) => <ScalingPanel meetingId={meeting.id} caseId={caseId} inMeeting />,
    Presenter: ({ meeting }) => <ScalingPresenter meetingId={meeting.id} />,
  },
};
