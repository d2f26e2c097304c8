import type { KredsEvent } from '../../../shared/contract';
import { api, windowId } from '../../api';
import { useLoad } from '../../app/useLoad';

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

/** Only what the shared screen may show (built on the host: fortrolige notes never reach this window). */
export function usePresenterView(meetingId: string) {
  return useLoad(() => api['meetings.presenter']({ id: meetingId }), [meetingId], (event) => event.type === 'meetings.changed' && event.id === meetingId);
}
