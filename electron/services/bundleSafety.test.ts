import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import { callChannel, createOliverCase, createTestContext, type TestContext } from '../testing';
import { importBundle } from './bundle';
import { openBundle } from './bundleCrypto';
import type { ServiceChannel } from './index';

/** The safety plan and Barnets bog travel in a case bundle: pictures byte for byte; professional notes only when ticked. */
const PASSPHRASE = 'grøn hest ved åen';
const RULE_NOTE = 'FAGNOTE-4R1 mor er indlagt';
const REVIEW_NOTE = 'FAGNOTE-8P2 underretning fra skolen';
const SECRET_ITEM = 'FORTROLIGPUNKT-2Z9 fars dom';
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let source: TestContext;
let caseId: string;

function call<K extends ServiceChannel & ChannelName>(ctx: TestContext, channel: K, input: Input<K>): Output<K> {
  return callChannel(ctx, channel, input);
}
const exported = (includeConfidential?: boolean) => call(source, 'bundle.export', { caseId, passphrase: PASSPHRASE, includeConfidential }).content;

beforeAll(() => {
  source = createTestContext('2027-02-01T09:00:00');
  caseId = createOliverCase(source, { childName: 'Aya', birthYear: 2015 });
  const leila = call(source, 'participants.create', { caseId, name: 'Moster Leila', role: 'other_family', roleDetail: '' }).id;
  const meeting = call(source, 'meetings.create', { caseId, type: 'follow_up', startsAt: '2027-02-01T13:00', participantIds: [leila], confirmUnusualDate: true }).id;
  call(source, 'meetings.start', { id: meeting });
  const secret = call(source, 'map.addItem', { meetingId: meeting, part: 'danger_statements', text: SECRET_ITEM, saidBy: null, confidential: true });
  call(source, 'safetyPlan.save', { caseId, context: 'returning_home', startsOn: '2027-02-01', expectedMonths: 9 });
  call(source, 'safetyPlan.setMember', { caseId, participantId: leila, agreedTo: 'Henter Aya', joinedOn: '2027-02-01' });
  const rule = call(source, 'safetyPlan.addRule', { caseId, situation: 'Hvis far har drukket', action: 'henter Leila Aya', responsibleId: leila, mapItemId: secret.id, professionalNote: RULE_NOTE });
  call(source, 'safetyPlan.reviewRule', { ruleId: rule.id, meetingId: meeting, outcome: 'holds', whatHappened: 'Det gik fint', professionalNote: REVIEW_NOTE });
  call(source, 'safetyPlan.saveVersion', { caseId, meetingId: meeting });
  call(source, 'childStory.save', { caseId, title: 'Ayas bog', writtenBy: 'Mor og far' });
  call(source, 'childStory.addPage', { caseId, text: 'Mor og far elsker dig.', image: { kind: 'drawing', data: PNG_1X1 } });
  call(source, 'childStory.saveVersion', { caseId, meetingId: meeting });
});
afterAll(() => source.close());

describe('the safety plan and Barnets bog in a case bundle', () => {
  it('leave out the professional notes and the link to a fortroligt map item unless ticked', async () => {
    const json = JSON.stringify(await openBundle(exported(), PASSPHRASE));
    for (const secret of [RULE_NOTE, REVIEW_NOTE, SECRET_ITEM]) expect(json).not.toContain(secret);
    expect(json).toContain('Hvis far har drukket');
    expect(json).toContain('Det gik fint');
    const everything = JSON.stringify(await openBundle(exported(true), PASSPHRASE));
    for (const secret of [RULE_NOTE, REVIEW_NOTE, SECRET_ITEM]) expect(everything).toContain(secret);
  });

  it('arrive whole in another installation: rules, reviews, versions, the network, pages and pictures byte for byte, searchable', async () => {
    const target = createTestContext('2027-02-02T09:00:00');
    try {
      const file = exported(true);
      const input = { file, passphrase: PASSPHRASE, prepared: await openBundle(file, PASSPHRASE) };
      target.db.transaction(() => importBundle(target, input))();
      const plan = call(target, 'safetyPlan.get', { caseId });
      expect(plan.rules.map((r) => [r.situation, r.responsibleName, r.professionalNote, r.reviews.length, r.link?.text])).toEqual([
        ['Hvis far har drukket', 'Moster Leila', RULE_NOTE, 1, SECRET_ITEM],
      ]);
      expect(plan.versions.map((v) => v.number)).toEqual([1]);
      expect(plan.network.map((m) => m.agreedTo)).toEqual(['Henter Aya']);
      const story = call(target, 'childStory.get', { caseId });
      expect(call(target, 'childStory.image', { id: story.pages[0]!.imageId! }).data).toBe(PNG_1X1);
      const hits = call(target, 'search.query', { text: 'drukket' }).groups.flatMap((g) => g.hits.map((h) => h.kind));
      expect(hits).toEqual(['safety_plan']);
    } finally {
      target.close();
    }
  });
});
