import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type ChannelName, type Input, type Output } from '../../shared/contract';
import { createTestContext, type TestContext } from '../testing';
import { createCase } from './cases';
import { serviceHandlers, type ServiceChannel } from './index';

/** Fortroligt everywhere: the calendar invitation (.ics), in every detail level and when cancelled. */
const SECRET_NOTE = 'FORTROLIGNOTE-4R7 mor har fortalt om vold';
const SECRET_ITEM = 'FORTROLIGPUNKT-8T2 fars dom';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-05-14T10:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return serviceHandlers[channel](ctx, contract[channel].input.parse(input) as never) as Output<K>;
}

describe('the calendar invitation', () => {
  it('never carries a fortroligt note or map item, minimal, detailed or cancelled', () => {
    const caseId = createCase(ctx, { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' }).id;
    call('participants.create', { caseId, name: 'Sara', role: 'mother', roleDetail: '', email: 'sara@example.dk' });
    const meeting = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T09:00', purpose: 'Skolefravær' });
    const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: SECRET_NOTE }] }] };
    call('meetings.saveNote', { meetingId: meeting.id, phaseId: meeting.phases[0]!.id, kind: 'confidential', doc, text: SECRET_NOTE });
    call('map.addItem', { meetingId: meeting.id, part: 'next_steps', text: SECRET_ITEM, saidBy: null, confidential: true });
    const followUp = call('followups.save', { caseId, fromMeetingId: meeting.id, meetingStart: { date: '2026-05-14', time: '09:00' }, start: { date: '2026-07-01', time: '10:00' }, durationMinutes: 90, location: 'Rådhuset' });

    const files = [call('followups.invitation', { id: followUp.id, detail: 'minimal' }), call('followups.invitation', { id: followUp.id, detail: 'detailed' })];
    call('followups.cancel', { id: followUp.id });
    files.push(call('followups.invitation', { id: followUp.id, detail: 'detailed' }));
    expect(files[1]!.content).toContain('BEGIN:VCALENDAR');
    for (const file of files) for (const secret of ['FORTROLIG', 'vold']) expect(file.content).not.toContain(secret);
  });
});
