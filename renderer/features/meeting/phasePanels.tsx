import type { ComponentType } from 'react';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import type { PhaseKind } from '../../../shared/domain/meetingTemplates';
import { AgreementsConsolePanel, AgreementsPresenterPanel } from '../agreements/AgreementsPanels';
import { ReviewConsolePanel, ReviewPresenterPanel } from '../agreements/ReviewPanels';
import { mapPhasePanels } from '../map/mapPhasePanels';
import { networkPhasePanels } from '../networkMap/networkPhasePanels';
import { NextMeetingConsolePanel, NextMeetingPresenterPanel } from '../followups/NextMeetingPanels';

export interface PhasePanelProps {
  meeting: MeetingDetail;
  caseId: string;
}

export interface PhasePanel {
  /** Shown in the facilitator console above the notes while this phase is current. */
  Console?: ComponentType<PhasePanelProps>;
  /**
   * Shown on the shared screen (projector/TV) while this phase is shown. The family and the whole network see it:
   * it must NEVER render anything marked fortroligt.
   */
  Presenter?: ComponentType<PhasePanelProps>;
  /**
   * 'reference' for a console panel that is only looked at (the network map while people introduce themselves): the
   * notes, the phase's input, then come first and the panel beside them. Default 'input': the panel comes first.
   */
  consoleRole?: 'input' | 'reference';
}

/**
 * The phases other slices plug into (map, scaling, agreements, next meeting). Register with one line each, e.g.
 * `mapping: { Console: MapConsolePanel, Presenter: MapPresenterPanel },`. A phase without a panel shows its title
 * and current question.
 */
export const phasePanels: Partial<Record<PhaseKind, PhasePanel>> = {
  goals_agreements: { Console: AgreementsConsolePanel, Presenter: AgreementsPresenterPanel },
  since_last: { Console: ReviewConsolePanel, Presenter: ReviewPresenterPanel },
  ...mapPhasePanels,
  ...networkPhasePanels,
  next_meeting: { Console: NextMeetingConsolePanel, Presenter: NextMeetingPresenterPanel },
};
