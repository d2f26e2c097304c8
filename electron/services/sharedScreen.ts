import type { PresenterView, SharedContent, SharedPhase, SharedScreenPage } from '../../shared/contract/sharedScreen';
import type { PhaseDetail } from '../../shared/contract/meetings';
import { familyMeetingTitle, familyOrder, familyPhaseTitle, familyQuestion, say, type FamilyWords } from '../../shared/domain/familyWords';
import { hasPresenterView } from '../../shared/domain/meetingTemplates';
import { getCase } from './cases';
import type { HandlerMap, ServiceContext } from './context';
import { meetingRef } from './mapStart';
import { listAttendance, listPhases, meetingRow, type MeetingRow } from './meetingsStore';
import {
  caseFamilyWords,
  sharedAgreements,
  sharedClosing,
  sharedHouses,
  sharedMap,
  sharedNetwork,
  sharedNextMeeting,
  sharedReview,
  sharedScaling,
} from './sharedScreenContent';

/**
 * The shared screen's three channels. Each answer is built here, on the host, from what the view renders and in the
 * family's words, so the projector's window never holds a fortrolig note, a task draft or an attendance record.
 */

function sharedPhase(phase: PhaseDetail, words: FamilyWords, childName: string): SharedPhase {
  return {
    id: phase.id,
    kind: phase.kind,
    title: familyPhaseTitle(phase, words, childName),
    position: phase.position,
    question: familyQuestion(phase.questions[phase.currentQuestion], childName),
  };
}

/** What a phase shows under its title; null for a phase that shows only its question and note. */
function phaseContent(ctx: ServiceContext, row: MeetingRow, phase: SharedPhase, words: FamilyWords, childName: string): SharedContent | null {
  switch (phase.kind) {
    case 'welcome':
      return {
        kind: 'welcome',
        headings: { purpose: say(words['heading.purpose'], childName), agenda: say(words['heading.agenda'], childName) },
        purpose: row.purpose,
        agenda: (JSON.parse(row.agenda) as { text: string; proposedBy?: string }[]).map((a) => ({ text: a.text, proposedBy: a.proposedBy ?? '' })),
        leadName: row.lead_name,
        noteTaker: row.note_taker,
      };
    case 'introductions':
      return sharedNetwork(ctx, row.case_id);
    case 'since_last':
      return sharedReview(ctx, row.id);
    case 'child_voice':
      return sharedHouses(ctx, row.id);
    case 'mapping':
      return sharedMap(ctx, row.id, phase.question);
    case 'scaling':
      return sharedScaling(ctx, row.id, childName);
    case 'goals_agreements':
      return sharedAgreements(ctx, row.case_id, row.id);
    case 'next_meeting':
      return sharedNextMeeting(ctx, row.case_id, row.id);
    case 'closing':
      return sharedClosing(ctx, row.case_id, row.id, words, childName);
    default:
      return null;
  }
}

export function presenterView(ctx: ServiceContext, id: string): PresenterView {
  const row = meetingRow(ctx, id);
  const childName = getCase(ctx, row.case_id).childName;
  const words = caseFamilyWords(ctx, row.case_id);
  const available = hasPresenterView(row.type);
  const live = available && row.presenter_mode !== 'blackout' && row.status === 'running';
  const phases = listPhases(ctx, id).map((p) => sharedPhase(p, words, childName));
  const shownId = row.presenter_mode === 'freeze' ? (row.presenter_phase ?? row.current_phase) : row.current_phase;
  const phase = (live && phases.find((p) => p.id === shownId)) || null;
  const note = phase
    ? (ctx.db.prepare(`SELECT doc FROM meeting_notes WHERE meeting_id = ? AND phase_id = ? AND kind = 'shared'`).get(id, phase.id) as { doc: string } | undefined)
    : undefined;
  const present = available
    ? familyOrder(listAttendance(ctx, id).filter((a) => a.status === 'present' || a.status === 'phone').map((a) => ({ ...a, group: a.groupKind })))
    : [];
  return {
    meetingId: id,
    caseId: row.case_id,
    childName,
    title: familyMeetingTitle(row.type, words, childName),
    status: row.status,
    mode: row.presenter_mode,
    available,
    phase,
    phaseCount: phases.length,
    phases: live ? phases : [],
    present: present.map((a) => ({ name: a.name, byPhone: a.status === 'phone' })),
    sharedNote: note ? JSON.parse(note.doc) : null,
    content: phase ? phaseContent(ctx, row, phase, words, childName) : null,
  };
}

const MAP_PAGE_CONTENT = {
  map: (ctx: ServiceContext, meetingId: string) => sharedMap(ctx, meetingId),
  scaling: (ctx: ServiceContext, meetingId: string, childName: string) => sharedScaling(ctx, meetingId, childName),
  houses: (ctx: ServiceContext, meetingId: string) => sharedHouses(ctx, meetingId),
};
const MAP_PAGE_TITLE = { map: 'phase.mapping', scaling: 'phase.scaling', houses: 'phase.child_voice' } as const;

export const sharedScreenHandlers: HandlerMap<'meetings.presenter' | 'map.presenter' | 'networkMap.presenter'> = {
  'meetings.presenter': (ctx, input) => presenterView(ctx, input.id),
  'map.presenter': (ctx, input): SharedScreenPage => {
    const { caseId } = meetingRef(ctx, input.meetingId);
    const childName = getCase(ctx, caseId).childName;
    const view = input.view ?? 'map';
    return { caseId, childName, title: say(caseFamilyWords(ctx, caseId)[MAP_PAGE_TITLE[view]], childName), content: MAP_PAGE_CONTENT[view](ctx, input.meetingId, childName) };
  },
  'networkMap.presenter': (ctx, input): SharedScreenPage => {
    const childName = getCase(ctx, input.caseId).childName;
    return { caseId: input.caseId, childName, title: say(caseFamilyWords(ctx, input.caseId)['phase.introductions'], childName), content: sharedNetwork(ctx, input.caseId, input.versionId) };
  },
};
