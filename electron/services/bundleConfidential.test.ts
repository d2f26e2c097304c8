import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type ChannelName, type Input, type Output } from '../../shared/contract';
import { createTestContext, type TestContext } from '../testing';
import { listAudit } from './audit';
import { importBundle } from './bundle';
import { openBundle } from './bundleCrypto';
import { createCase } from './cases';
import { serviceHandlers, type ServiceChannel } from './index';

/** The case bundle without opt-in carries no fortroligt text anywhere; with the box ticked it does. Both are audited. */
const PASSPHRASE = 'grøn hest ved åen';
const SECRET_NOTE = 'FORTROLIGNOTE-7Q2 mor har fortalt om vold';
const SECRET_ITEM = 'FORTROLIGPUNKT-9K4 fars dom';
const SHARED_ITEM = 'DELTPUNKT-3X1 mormor henter om fredagen';
const HOUSE_QUOTE = 'HUSCITAT-5M8 jeg kan godt lide fodbold';

let source: TestContext;
let caseId: string;
let goalId: string;

function call<K extends ServiceChannel & ChannelName>(ctx: TestContext, channel: K, input: Input<K>): Output<K> {
  return serviceHandlers[channel](ctx, contract[channel].input.parse(input) as never) as Output<K>;
}
const exported = (includeConfidential?: boolean) => call(source, 'bundle.export', { caseId, passphrase: PASSPHRASE, includeConfidential });
const plainJson = async (file: string) => JSON.stringify(await openBundle(file, PASSPHRASE));

beforeAll(() => {
  source = createTestContext('2026-05-14T10:00:00');
  caseId = createCase(source, { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' }).id;
  const meeting = call(source, 'meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T09:00' });
  const phaseId = meeting.phases[0]!.id;
  const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  call(source, 'meetings.saveNote', { meetingId: meeting.id, phaseId, kind: 'confidential', doc: doc(SECRET_NOTE), text: SECRET_NOTE });
  call(source, 'meetings.saveNote', { meetingId: meeting.id, phaseId, kind: 'shared', doc: doc('Velkommen til alle'), text: 'Velkommen til alle' });
  const secretGoal = call(source, 'map.addItem', { meetingId: meeting.id, part: 'safety_goals', text: SECRET_ITEM, saidBy: null, confidential: true });
  const danger = call(source, 'map.addItem', { meetingId: meeting.id, part: 'danger_statements', text: SHARED_ITEM, saidBy: null, confidential: false });
  call(source, 'map.pair', { dangerId: danger.id, goalId: secretGoal.id });
  goalId = secretGoal.id;
  call(source, 'map.addHouseItem', { meetingId: meeting.id, house: 'good_things', text: HOUSE_QUOTE, shown: false });
});
afterAll(() => source.close());

describe('a case bundle and fortroligt content', () => {
  it('without the box ticked, no fortroligt note or map item is anywhere in the decrypted bundle', async () => {
    const json = await plainJson(exported().content);
    for (const secret of [SECRET_NOTE, SECRET_ITEM, 'FORTROLIG', goalId]) expect(json).not.toContain(secret);
    // What is not fortroligt still travels: the shared item (its pairing cleared) and the child's own words.
    expect(json).toContain(SHARED_ITEM);
    expect(json).toContain(HOUSE_QUOTE);
    expect(json).toContain('Velkommen til alle');
  });

  it('with "Medtag fortrolige oplysninger" ticked, they travel', async () => {
    const json = await plainJson(exported(true).content);
    expect(json).toContain(SECRET_NOTE);
    expect(json).toContain(SECRET_ITEM);
  });

  it('the export records the choice in the audit trail, without the content', () => {
    exported(false);
    exported(true);
    const [withIt, without] = listAudit(source, { caseId });
    expect(without).toMatchObject({ action: 'export', entity: 'case', summary: expect.stringMatching(/^Sagspakke eksporteret uden fortrolige oplysninger/) });
    expect(withIt!.summary).toMatch(/^Sagspakke eksporteret MED fortrolige oplysninger/);
  });

  it('the bundle without fortroligt content imports whole, and the import is audited with a count and no personal data', async () => {
    const target = createTestContext('2026-05-20T10:00:00');
    try {
      const file = exported().content;
      const input = { file, passphrase: PASSPHRASE, prepared: await openBundle(file, PASSPHRASE) };
      target.db.transaction(() => importBundle(target, input))();
      expect(target.db.prepare('SELECT text, paired_goal_id FROM map_items').all()).toEqual([{ text: SHARED_ITEM, paired_goal_id: null }]);
      const entry = listAudit(target, { caseId })[0]!;
      expect(entry).toMatchObject({ action: 'import', entity: 'case', caseId, actor: 'ukendt bruger', at: new Date('2026-05-20T10:00:00').toISOString() });
      expect(entry.summary).toMatch(/^Sagspakke importeret: \d+ oplysninger i alt \(møder: 1\), eksporteret 14\.05\.2026$/);
      expect(entry.summary).not.toContain('Oliver');
    } finally {
      target.close();
    }
  });
});
