import type { KredsEvent } from '../contract';
import type { PresenterView } from '../contract/meetings';

/** The phase a `meetings.changed` event moved this meeting to, or null for any other change. */
export function movedToPhase(event: KredsEvent, meetingId: string): string | null {
  if (event.type !== 'meetings.changed' || event.id !== meetingId) return null;
  const data = event.data as { what?: string; phaseId?: unknown } | undefined;
  return data?.what === 'phase' && typeof data.phaseId === 'string' ? data.phaseId : null;
}

/**
 * The shared screen after the facilitator moved to `phaseId`, built from what the screen already holds: the
 * family-facing meeting has every phase and its shared note, so the new title can show the moment the change is
 * pushed, without waiting for a round trip to the host (which follows and confirms it). Null when the screen must
 * not move by itself: frozen or blacked out, not running, no family-facing screen, or a phase it does not know.
 * Nothing new reaches the screen this way: only data the host already sent to it.
 */
export function presenterAtPhase(view: PresenterView, phaseId: string): PresenterView | null {
  const meeting = view.meeting;
  if (!meeting || !view.available || view.mode !== 'live' || view.status !== 'running') return null;
  const phase = meeting.phases.find((p) => p.id === phaseId);
  if (!phase) return null;
  if (view.phase?.id === phaseId) return view;
  const note = meeting.notes.find((n) => n.phaseId === phaseId && n.kind === 'shared');
  return {
    ...view,
    phase: { id: phase.id, kind: phase.kind, title: phase.title, position: phase.position, question: phase.questions[phase.currentQuestion] ?? null },
    sharedNote: note ? note.doc : null,
    meeting: { ...meeting, currentPhaseId: phase.id },
  };
}
