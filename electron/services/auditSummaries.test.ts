import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type ChannelName, type Input, type Output } from '../../shared/contract';
import { createTestContext, type TestContext } from '../testing';
import { listAudit, verifyAudit } from './audit';
import { createCase, deleteCase } from './cases';
import { serviceHandlers, type ServiceChannel } from './index';

/** Each slice's create/update/delete on a real encrypted database lands in the case's log with a Danish summary. */
let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-03-10T09:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return serviceHandlers[channel](ctx, contract[channel].input.parse(input) as never) as Output<K>;
}

function setup() {
  const caseId = createCase(ctx, { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' }).id;
  const mother = call('participants.create', { caseId, name: 'Sara', role: 'mother', roleDetail: '' });
  const meeting = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-10T13:00', place: 'Skolen' });
  return { caseId, mother, meeting };
}
const latest = (caseId: string) => listAudit(ctx, { caseId })[0]!;

describe('audit summaries per slice', () => {
  it('an agreement marked done and given a later due date', () => {
    const { caseId, mother, meeting } = setup();
    const a = call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id, dueDate: '2026-05-12' });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'agreements', entityId: a.id, summary: 'Aftale "Ringe til skolen" oprettet: status ikke startet; ansvarlig Sara; frist 12.05.2026' });
    call('agreements.update', { id: a.id, what: a.what, responsibleName: a.responsibleName, responsibleParticipantId: mother.id, status: 'done', dueDate: '2026-05-19' });
    expect(latest(caseId)).toMatchObject({ action: 'update', fields: ['dueDate', 'status'], summary: 'Aftale "Ringe til skolen": status ikke startet → udført; frist 12.05.2026 → 19.05.2026' });
    call('agreements.delete', { id: a.id });
    expect(latest(caseId)).toMatchObject({ action: 'delete', summary: 'Aftale "Ringe til skolen" slettet' });
  });

  it('a meeting moved to another day and place', () => {
    const { caseId, meeting } = setup();
    expect(latest(caseId).summary).toBe('Møde oprettet: type inddragende netværksmøde; tidspunkt 10.03.2026 kl. 13.00; sted Skolen; status planlagt');
    call('meetings.update', { id: meeting.id, type: meeting.type, startsAt: '2026-03-12T09:30', place: 'Rådhuset' });
    expect(latest(caseId)).toMatchObject({ action: 'update', entity: 'meetings', summary: 'Møde: tidspunkt 10.03.2026 kl. 13.00 → 12.03.2026 kl. 09.30; sted Skolen → Rådhuset' });
    call('meetings.cancel', { id: meeting.id });
    expect(latest(caseId)).toMatchObject({ action: 'cancel', summary: 'Møde: status planlagt → aflyst' });
  });

  it('map items: a shared one is named, a fortroligt one never is', () => {
    const { caseId, meeting } = setup();
    const shared = call('map.addItem', { meetingId: meeting.id, part: 'strengths', text: 'Mormor henter hver fredag', saidBy: null, confidential: false });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'map', caseId, summary: 'Punkt på kortet "Mormor henter hver fredag" oprettet: felt Styrker og ressourcer; fortroligt nej' });
    call('map.moveItem', { id: shared.id, part: 'existing_safety', index: 0 });
    expect(latest(caseId).summary).toBe('Punkt på kortet "Mormor henter hver fredag": felt Styrker og ressourcer → Eksisterende sikkerhed');
    const secret = call('map.addItem', { meetingId: meeting.id, part: 'complicating_factors', text: 'Fars tidligere alkoholforbrug', saidBy: null, confidential: true });
    call('map.updateItem', { id: secret.id, text: 'Fars alkoholforbrug i 2024' });
    call('map.deleteItem', { id: secret.id });
    const trail = listAudit(ctx, { caseId });
    expect(trail.slice(0, 3).map((e) => e.summary)).toEqual(['Fortroligt punkt på kortet slettet', 'Fortroligt punkt på kortet: tekst ændret', 'Fortroligt punkt på kortet oprettet: felt Komplicerende faktorer; fortroligt ja']);
    expect(JSON.stringify(ctx.db.prepare('SELECT * FROM audit_summaries').all())).not.toContain('alkohol');
  });

  it('a follow-up moved and cancelled', () => {
    const { caseId } = setup();
    const f = call('followups.save', { caseId, meetingStart: null, start: { date: '2026-05-06', time: '10:00' }, durationMinutes: 90, location: 'Rådhuset' });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'followups', summary: 'Opfølgningsmøde oprettet: dato 06.05.2026; kl. 10.00; varighed 90 min.; sted Rådhuset; status planlagt' });
    call('followups.save', { caseId, meetingStart: null, start: { date: '2026-05-13', time: '13:30' }, durationMinutes: 90, location: 'Rådhuset' });
    expect(latest(caseId)).toMatchObject({ action: 'move', summary: 'Opfølgningsmøde: dato 06.05.2026 → 13.05.2026; kl. 10.00 → 13.30' });
    call('followups.cancel', { id: f.id });
    expect(latest(caseId)).toMatchObject({ action: 'cancel', summary: 'Opfølgningsmøde: status planlagt → aflyst' });
  });

  it('goals, the child\'s words and notes: named or counted, never quoted when private', () => {
    const { caseId, meeting } = setup();
    const goal = call('plan.addGoal', { caseId, text: 'Oliver møder i skole hver dag' });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'goals', summary: 'Mål "Oliver møder i skole hver dag" oprettet: status aktivt' });
    call('plan.deleteGoal', { id: goal.id });
    expect(latest(caseId).summary).toBe('Mål "Oliver møder i skole hver dag" slettet');
    const words = call('map.addHouseItem', { meetingId: meeting.id, house: 'dreams', text: 'At mor er glad', shown: false });
    call('map.updateHouseItem', { id: words.id, shown: true });
    expect(latest(caseId)).toMatchObject({ entity: 'houses', summary: 'Barnets ord i Drømmehuset: vist på skærmen nej → ja' });
    call('meetings.saveNote', { meetingId: meeting.id, phaseId: meeting.phases[0]!.id, kind: 'confidential', doc: { type: 'doc' }, text: 'Mor er bange for far' });
    expect(latest(caseId)).toMatchObject({ entity: 'notes', summary: `Fortrolige noter i fasen "${meeting.phases[0]!.title}" gemt` });
    const dump = JSON.stringify(ctx.db.prepare('SELECT * FROM audit_summaries').all());
    for (const secret of ['mor er glad', 'bange']) expect(dump).not.toContain(secret);
  });

  it('"Slet sagen nu" erases the summaries, and the chain still verifies', () => {
    const { caseId, mother, meeting } = setup();
    call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id });
    deleteCase(ctx, { id: caseId, confirmName: 'Oliver' });
    expect(listAudit(ctx, { caseId }).every((e) => e.summary === null)).toBe(true);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM audit_summaries').get()).toEqual({ n: 0 });
    expect(verifyAudit(ctx.db).ok).toBe(true);
  });

  it('a summary of text with a lone surrogate (hostile or cut input) still verifies', () => {
    const { caseId, mother, meeting } = setup();
    call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe \uD83D til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id });
    expect(latest(caseId).summary).toContain('\uFFFD');
    expect(verifyAudit(ctx.db).ok).toBe(true);
  });

  it('verify reports a summary edited afterwards', () => {
    const { caseId, mother, meeting } = setup();
    call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id });
    const { seq } = latest(caseId);
    ctx.db.prepare(`UPDATE audit_summaries SET text = 'Aftale "Noget andet" oprettet' WHERE seq = ?`).run(seq);
    expect(verifyAudit(ctx.db)).toMatchObject({ ok: false, firstBroken: { seq, reason: 'summary' } });
  });
});
