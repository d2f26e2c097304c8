import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import { callChannel, createOliverCase, createTestContext, type TestContext } from '../testing';
import { listAudit, verifyAudit } from './audit';
import type { ServiceChannel } from './index';

/** The safety plan, its network and Barnets bog in the case's log: structured values and names, never private text. */
let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2027-02-01T09:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return callChannel(ctx, channel, input);
}

function setup() {
  const caseId = createOliverCase(ctx, { childName: 'Aya', birthYear: 2015 });
  const leila = call('participants.create', { caseId, name: 'Moster Leila', role: 'other_family', roleDetail: '' }).id;
  const meeting = call('meetings.create', { caseId, type: 'follow_up', startsAt: '2027-02-01T13:00', participantIds: [leila], confirmUnusualDate: true }).id;
  call('meetings.start', { id: meeting });
  call('safetyPlan.save', { caseId, context: 'returning_home', startsOn: '2027-02-01', expectedMonths: 6 });
  call('safetyPlan.setMember', { caseId, participantId: leila, agreedTo: 'Henter Aya', joinedOn: '2027-02-01' });
  return { caseId, leila, meeting };
}
const summaries = (caseId: string, n: number) => listAudit(ctx, { caseId }).slice(0, n).map((e) => e.summary).reverse();

describe('audit summaries of the safety plan and Barnets bog', () => {
  it('the plan, a rule held by a named person, its review and a version; what happened and notes only named', () => {
    const { caseId, leila, meeting } = setup();
    const rule = call('safetyPlan.addRule', { caseId, situation: 'Hvis far har drukket', action: 'henter Leila Aya', responsibleId: leila, professionalNote: 'PRIVAT-NOTE misbrug' });
    call('safetyPlan.reviewRule', { ruleId: rule.id, meetingId: meeting, outcome: 'broken', whatHappened: 'PRIVAT-HAENDELSE politiet kom' });
    call('safetyPlan.updateRule', { id: rule.id, situation: 'Hvis far har drukket', action: 'henter Leila Aya samme aften', responsibleId: leila, professionalNote: 'PRIVAT-NOTE 2' });
    call('safetyPlan.saveVersion', { caseId, meetingId: meeting });
    expect(summaries(caseId, 6)).toEqual([
      'Sikkerhedsplan oprettet: situation barnet flytter hjem (hjemgivelse); start 01.02.2027; forventet længde 6 måneder',
      'Sikkerhedsnetværk: Moster Leila er med fra 01.02.2027 (har sagt ja til en opgave)',
      'Regel i sikkerhedsplanen "Hvis far har drukket" oprettet: ansvarlig Moster Leila',
      'Regel "Hvis far har drukket" gennemgået på mødet 01.02.2027: brudt; det, der skete, skrevet',
      'Regel i sikkerhedsplanen "Hvis far har drukket": det, der sker ændret; fagligt notat (fortroligt) ændret',
      'Sikkerhedsplan version 1 gemt (møde 01.02.2027): 1 ny regel, 1 ny i netværket',
    ]);
    expect(JSON.stringify(ctx.db.prepare('SELECT * FROM audit_summaries').all())).not.toMatch(/PRIVAT/);
    expect(verifyAudit(ctx.db).ok).toBe(true);
  });

  it('Barnets bog: pages by number and picture kind, never the child\'s words', () => {
    const { caseId } = setup();
    call('childStory.save', { caseId, title: 'Ayas bog', writtenBy: 'Mor og far' });
    const page = call('childStory.addPage', { caseId, text: 'BARNETS-ORD far drikker' });
    call('childStory.updatePage', { id: page.id, text: 'BARNETS-ORD far er syg' });
    call('childStory.deletePage', { id: page.id });
    expect(summaries(caseId, 4)).toEqual(['Barnets bog oprettet', 'Barnets bog, side 1 oprettet uden billede', 'Barnets bog, side 1: tekst ændret', 'Barnets bog, side 1 slettet']);
    expect(JSON.stringify(ctx.db.prepare('SELECT * FROM audit_summaries').all())).not.toMatch(/BARNETS-ORD|Ayas bog/);
  });
});
