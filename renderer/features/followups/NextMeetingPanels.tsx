import type { PhasePanelProps } from '../meeting/phasePanels';
import { meetingLocalStart } from './format';
import { NextMeetingPlanner } from './NextMeetingPlanner';
import './followups.css';

/** Console (facilitator laptop): the proposal, the one-click window and the invitation. */
export function NextMeetingConsolePanel({ meeting, caseId }: PhasePanelProps) {
  return <NextMeetingPlanner caseId={caseId} meetingStart={meetingLocalStart(meeting.startsAt)} fromMeetingId={meeting.id} defaultLocation={meeting.place} />;
}
