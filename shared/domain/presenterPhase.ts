import type { KredsEvent } from '../contract';
import type { PresenterView } from '../contract/sharedScreen';

/** The phase a `meetings.changed` event moved this meeting to, or null for any other change. */
export function movedToPhase(event: KredsEvent, meetingId: string): string | null {
  if (event.type !== 'meetings.changed' || event.id !== meetingId) return null;
  const data = event.data as { what?: string; phaseId?: unknown } | undefined;
  return data?.what === 'phase' && typeof data.phaseId === 'string' ? data.phaseId : null;
}

/**
 * The shared screen after the facilitator moved to `phaseId`, built from what the screen already holds: every
 * phase's family title and current question come with the view, so the new title can show the moment the change is
 * pushed, without waiting for a round trip to the host. The phase's note and content are not held for phases not
 * shown: they follow with the host's view a moment later. Null when the screen must not move by itself: frozen or
 * blacked out, not running, no family-facing screen, or a phase it does not know.
 */
export function presenterAtPhase(view: PresenterView, phaseId: string): PresenterView | null {
  if (!view.available || view.mode !== 'live' || view.status !== 'running') return null;
  const phase = view.phases.find((p) => p.id === phaseId);
  if (!phase) return null;
  if (view.phase?.id === phaseId) return view;
  return { ...view, phase, sharedNote: null, content: null };
}

/** Changes that are not about one case or meeting but change what every shared screen says (the municipality's words). */
const EVERYWHERE = ['map.settingsChanged', 'settings.changed'];

/**
 * Whether a pushed change can change what a shared screen shows: anything about its meeting or its case (the map,
 * scaling, houses, agreements, the next meeting, people, the network map), or the words. Task drafts never show.
 */
export function concernsSharedScreen(event: KredsEvent, shown: { meetingId?: string; caseId?: string }): boolean {
  if (EVERYWHERE.includes(event.type)) return true;
  if (event.type === 'meetings.taskDraftsChanged') return false;
  return event.id !== undefined && (event.id === shown.meetingId || event.id === shown.caseId);
}
