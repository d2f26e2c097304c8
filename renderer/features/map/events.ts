import type { KredsEvent } from '../../../shared/contract';

/** Who is present changes who can be chosen as speaker and who scores; other meeting events (notes, timer) do not. */
export function isAttendanceChange(event: KredsEvent, meetingId: string): boolean {
  return event.type === 'meetings.changed' && event.id === meetingId && (event.data as { what?: string } | undefined)?.what === 'attendance';
}
