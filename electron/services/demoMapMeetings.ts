import { contract } from '../../shared/contract';
import type { ServiceContext } from './context';
import { createMeeting } from './meetings';
import { createParticipant } from './participants';

/**
 * Oliver's people and two meetings for the map demo, used only while the demo has no meetings of its own
 * (issue 3 adds the demo network, issue 4 the demo meetings); when they exist this does nothing.
 */
export function ensureDemoMeetings(ctx: ServiceContext, caseId: string): void {
  if (ctx.db.prepare('SELECT 1 FROM meetings WHERE case_id = ?').get(caseId)) return;
  let people = ctx.db.prepare('SELECT id FROM participants WHERE case_id = ?').all(caseId) as { id: string }[];
  if (!people.length) {
    const roles = [
      ['Oliver', 'child'],
      ['Camilla Nielsen', 'mother'],
      ['Birthe Nielsen', 'grandparent'],
      ['Kim Andersen', 'network_person'],
      ['Lars Berg', 'teacher'],
      ['Sara Lund', 'ppr_psychologist'],
      ['Mette Sørensen', 'social_worker'],
    ] as const;
    people = roles.map(([name, role]) => createParticipant(ctx, { caseId, name, role }));
  }
  const at = (daysFromNow: number) => {
    const day = new Date(ctx.now());
    day.setDate(day.getDate() + daysFromNow);
    return `${day.toISOString().slice(0, 10)}T09:00`;
  };
  const make = (type: 'network_meeting' | 'follow_up', daysFromNow: number) => {
    const input = contract['meetings.create'].input.parse({ caseId, type, startsAt: at(daysFromNow), participantIds: people.map((p) => p.id), confirmUnusualDate: true });
    const id = createMeeting(ctx, input).id;
    ctx.db.prepare(`UPDATE meetings SET status = 'held' WHERE id = ?`).run(id);
    ctx.db.prepare(`UPDATE meeting_attendance SET status = 'present' WHERE meeting_id = ?`).run(id);
  };
  make('network_meeting', -42);
  make('follow_up', -1);
}
