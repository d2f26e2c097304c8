import type { ComponentType } from 'react';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import type { PhaseKind } from '../../../shared/domain/meetingTemplates';
import { AgreementsConsolePanel } from '../agreements/AgreementsPanels';
import { ReviewConsolePanel } from '../agreements/ReviewPanels';
import { mapPhasePanels } from '../map/mapPhasePanels';
import { networkPhasePanels } from '../networkMap/networkPhasePanels';
import { NextMeetingConsolePanel } from '../followups/NextMeetingPanels';

export interface PhasePanelProps {
  meeting: MeetingDetail;
  caseId: string;
}

export interface PhasePanel {
  /** Shown in the facilitator console above the notes while this phase is current. */
  Console?: ComponentType<PhasePanelProps>;
  /**
   * 'reference' for a console panel that is only looked at (the network map while people introduce themselves): the
   * notes, the phase's input, then come first and the panel beside them. Default 'input': the panel comes first.
   */
  consoleRole?: 'input' | 'reference';
}

/**
 * The console panels other slices plug into (map, scaling, agreements, next meeting). Register with one line each,
 * e.g. `mapping: { Console: MapConsolePanel },`. The shared screen's view of a phase is not registered here: the
 * host builds it (electron/services/sharedScreen.ts) and renderer/features/sharedScreen/ shows it.
 */
export const phasePanels: Partial<Record<PhaseKind, PhasePanel>> = {
  goals_agreements: { Console: AgreementsConsolePanel },
  since_last: { Console: ReviewConsolePanel },
  ...mapPhasePanels,
  ...networkPhasePanels,
  next_meeting: { Console: NextMeetingConsolePanel },
};
