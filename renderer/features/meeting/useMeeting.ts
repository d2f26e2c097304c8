import { useEffect, useRef, useState } from 'react';
import type { KredsEvent } from '../../../shared/contract';
import type { PresenterView } from '../../../shared/contract/sharedScreen';
import { api, onKredsEvent, windowId } from '../../api';
import { useLoad, type Loaded } from '../../app/useLoad';
import { concernsSharedScreen, movedToPhase, presenterAtPhase } from '../../../shared/domain/presenterPhase';

/** Whether a host event concerns this meeting. This window's own note saves are skipped: its editor already has them. */
export function concernsMeeting(event: KredsEvent, meetingId: string): boolean {
  if (event.type !== 'meetings.changed' || event.id !== meetingId) return false;
  const what = (event.data as { what?: string } | undefined)?.what;
  return !(what === 'note' && event.origin === windowId);
}

/** The meeting with phases, attendance and notes; reloads when any window changes it. */
export function useMeeting(meetingId: string) {
  return useLoad(() => api['meetings.get']({ id: meetingId }), [meetingId], (event) => concernsMeeting(event, meetingId));
}

/**
 * Only what the shared screen shows (built on the host: fortrolige notes never reach this window), fetched again on
 * any change to the meeting or its case. A phase change shows at once from the pushed event (presenterAtPhase); the
 * view the host then sends replaces it.
 */
export function usePresenterView(meetingId: string): Loaded<PresenterView> {
  const caseId = useRef<string | undefined>(undefined);
  const loaded = useLoad(() => api['meetings.presenter']({ id: meetingId }), [meetingId], (event) => concernsSharedScreen(event, { meetingId, caseId: caseId.current }));
  caseId.current = loaded.data?.caseId;
  const [moved, setMoved] = useState<PresenterView | null>(null);
  const shown = useRef<PresenterView | undefined>(undefined);
  shown.current = moved ?? loaded.data;
  // Any other change since the host's last view (blackout, freeze, the end, edited phases …) may forbid the move:
  // then the screen waits for the host's next view, as before.
  const unconfirmed = useRef(false);
  // A view from the host is the truth again.
  useEffect(() => {
    unconfirmed.current = false;
    setMoved(null);
  }, [loaded.data]);
  useEffect(
    () =>
      onKredsEvent((event) => {
        if (event.type !== 'meetings.changed' || event.id !== meetingId) return;
        const phaseId = movedToPhase(event, meetingId);
        if (!phaseId) return void (unconfirmed.current = true);
        const next = !unconfirmed.current && shown.current ? presenterAtPhase(shown.current, phaseId) : null;
        if (next) setMoved(next);
      }),
    [meetingId],
  );
  return { ...loaded, data: moved ?? loaded.data };
}
