import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DENSE_NOW, seedDenseMeeting, type Call, type DenseMeeting } from '../../../e2e/denseMeeting';
import { post, ScriptPhone } from '../../../e2e/phoneClient';
import type { PhoneStatus } from '../../../shared/contract/phones';
import { meetingKey, seal } from '../../../shared/domain/phoneCrypto';
import { MAX_DEVICES } from '../../../shared/domain/phones';
import { createTestHost, type TestHost } from '../../testing';

/**
 * Deltag fra telefon end to end against a real host and its phone server on 127.0.0.1: the sealed protocol, private
 * scaling revealed together, suggestions through the inbox, the child's houses, and every refusal.
 */
let test: TestHost;
let dense: DenseMeeting;
let status: PhoneStatus;
const call: Call = async (channel, input = {}) => (await test.host.call(channel, input)) as never;
async function value<T>(channel: string, input: unknown): Promise<T> {
  const result = await call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}
const base = () => status.join!.url;
const phones: ScriptPhone[] = [];
async function phone(as: keyof DenseMeeting['people'] | null, tablet = false): Promise<ScriptPhone> {
  const p = await ScriptPhone.join(base(), status.join!.code, tablet);
  phones.push(p);
  if (as) await p.must({ type: 'pick', participantId: dense.people[as] });
  return p;
}

beforeAll(async () => {
  test = createTestHost({ now: DENSE_NOW });
  dense = await seedDenseMeeting(call);
  status = await value<PhoneStatus>('phones.start', { meetingId: dense.meetingId });
}, 60_000);
afterAll(() => test.close());

describe('phones', () => {
  it('starts a server on its own port on loopback with a 16-letter code', () => {
    expect(status.on).toBe(true);
    expect(status.join!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(status.join!.code).toMatch(/^[A-Z2-9]{16}$/);
  });

  it('refuses anyone without the code, and a device it does not know', async () => {
    const wrong = await post(`${base()}join`, seal({ type: 'join', publicKey: 'A'.repeat(43) + '=', tablet: false }, meetingKey('AAAAAAAAAAAAAAAA')));
    expect(wrong.status).toBe(403);
    expect(wrong.body.message).toMatch(/Koden passer ikke/);
    const stranger = await post(`${base()}msg`, { d: crypto.randomUUID(), n: 'x', c: 'y' });
    expect(stranger.status).toBe(401);
    expect(stranger.body.message).toMatch(/ikke med i mødet/);
  });

  it('stops a guesser after ten wrong codes a minute', async () => {
    const guess = () => post(`${base()}join`, seal({ type: 'join', publicKey: 'A'.repeat(43) + '=', tablet: false }, meetingKey('BBBBBBBBBBBBBBBB')));
    // The wrong code in the test before counts as the first of the ten.
    const answers = [];
    for (let i = 0; i < 9; i++) answers.push((await guess()).status);
    expect(answers).toEqual(Array(9).fill(403));
    expect((await guess()).status).toBe(429);
    test.advance(2);
  });

  it('lets a person pick who they are once, and no one else take the same name', async () => {
    const mother = await phone('mother');
    const state = await mother.must({ type: 'sync' });
    expect(state.me?.name).toBe('Sara Nørgaard');
    expect(state.people[0]!.name).toBe('Aya');
    const other = await phone(null);
    const taken = await other.send({ type: 'pick', participantId: dense.people.mother });
    expect(taken.reply).toMatchObject({ ok: false, message: expect.stringMatching(/allerede valgt det navn/) });
  });

  it('keeps each number private until the facilitator reveals them all at once', async () => {
    const question = await value<{ id: string }>('scaling.addQuestion', { meetingId: dense.meetingId, text: 'Hvor trygt er det for Aya at komme i skole?' });
    await value('phones.openScaling', { meetingId: dense.meetingId, questionId: question.id });
    const [mother] = phones;
    const father = await phone('father');
    await mother!.must({ type: 'score', questionId: question.id, value: 7, why: 'Morgenerne er bedre' });
    const fatherView = await father.must({ type: 'score', questionId: question.id, value: 4 });
    expect(fatherView.scaling?.mine?.value).toBe(4);
    expect(JSON.stringify(fatherView)).not.toMatch(/Morgenerne er bedre|"value":7/);
    const console = await value<PhoneStatus>('phones.status', { meetingId: dense.meetingId });
    expect(console.scaling?.answered.sort()).toEqual([dense.people.mother, dense.people.father].sort());
    expect(JSON.stringify(console)).not.toMatch(/"value"|Morgenerne/);
    const before = await value<{ questions: { id: string; scores: unknown[] }[] }>('scaling.get', { meetingId: dense.meetingId });
    expect(before.questions.find((q) => q.id === question.id)!.scores).toEqual([]);

    await value('phones.reveal', { meetingId: dense.meetingId });
    const after = await value<{ questions: { id: string; scores: { participantId: string; value: number }[] }[] }>('scaling.get', { meetingId: dense.meetingId });
    expect(after.questions.find((q) => q.id === question.id)!.scores).toHaveLength(2);
    const revealed = await father.must({ type: 'sync' });
    expect(revealed.revealed?.scores).toEqual(expect.arrayContaining([{ name: 'Sara Nørgaard', value: 7 }, { name: 'Jonas Hansen', value: 4 }]));
    expect(revealed.scaling).toBeNull();
  });

  it('puts a suggestion on the map only when accepted, attributed to its sender', async () => {
    const [mother] = phones;
    const father = phones[2]!;
    await mother!.must({ type: 'suggest', column: 'working_well', text: 'Mormor henter om mandagen' });
    await father.must({ type: 'suggest', column: 'worries', text: 'Bussen kommer for sent' });
    const inbox = await value<PhoneStatus>('phones.status', { meetingId: dense.meetingId });
    expect(inbox.suggestions.map((s) => s.name)).toEqual(['Sara Nørgaard', 'Jonas Hansen']);
    const mapBefore = await value<{ items: { text: string }[] }>('map.get', { meetingId: dense.meetingId });
    expect(mapBefore.items.map((i) => i.text)).not.toContain('Mormor henter om mandagen');

    await value('phones.decide', { meetingId: dense.meetingId, suggestionId: inbox.suggestions[0]!.id, accept: true });
    await value('phones.decide', { meetingId: dense.meetingId, suggestionId: inbox.suggestions[1]!.id, accept: false });
    const map = await value<{ items: { text: string; part: string; saidBy: string | null }[] }>('map.get', { meetingId: dense.meetingId });
    expect(map.items.find((i) => i.text === 'Mormor henter om mandagen')).toMatchObject({ part: 'strengths', saidBy: dense.people.mother });
    expect(map.items.map((i) => i.text)).not.toContain('Bussen kommer for sent');
    expect((await mother!.must({ type: 'sync' })).sent).toEqual([{ column: 'working_well', text: 'Mormor henter om mandagen', status: 'accepted' }]);
    expect((await father.must({ type: 'sync' })).sent[0]!.status).toBe('rejected');
  });

  it('takes the child\'s houses with a drawing from the child\'s tablet only, hidden until shown', async () => {
    const tablet = await phone('child', true);
    const drawing = [[[100, 100], [500, 500], [900, 100]]] as [number, number][][];
    await tablet.must({ type: 'house', house: 'dreams', text: 'Min drøm er en hund', drawing });
    const houses = await value<{ text: string; shown: boolean; drawing: unknown }[]>('map.houses', { meetingId: dense.meetingId });
    expect(houses.find((h) => h.text === 'Min drøm er en hund')).toMatchObject({ shown: false, drawing });
    const mother = phones[0]!;
    const refused = await mother.send({ type: 'house', house: 'dreams', text: 'Ikke barnets' });
    expect(refused.reply).toMatchObject({ ok: false, message: expect.stringMatching(/barnets enhed/) });
  });

  it('refuses a changed, replayed, malformed or oversized message and changes nothing', async () => {
    const mother = phones[0]!;
    const mapBefore = JSON.stringify(await value('map.get', { meetingId: dense.meetingId }));
    const sealed = seal({ seq: ++mother.seq, type: 'suggest', column: 'worries', text: 'INDSPRØJTET' }, mother.key);
    const flipped = { ...sealed, c: (sealed.c[0] === 'A' ? 'B' : 'A') + sealed.c.slice(1) };
    expect((await post(`${base()}msg`, { d: mother.deviceId, ...flipped })).status).toBe(400);
    const replay = await mother.send({ type: 'sync' }, 1);
    expect(replay.status).toBe(409);
    const bad = await post(`${base()}msg`, { d: mother.deviceId, ...seal({ seq: ++mother.seq, type: 'score', questionId: dense.meetingId, value: 11 }, mother.key) });
    expect(bad.status).toBe(400);
    const huge = await post(`${base()}msg`, { d: mother.deviceId, n: 'x', c: 'A'.repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.message).toMatch(/for stor/);
    expect(JSON.stringify(await value('map.get', { meetingId: dense.meetingId }))).toBe(mapBefore);
    expect((await value<PhoneStatus>('phones.status', { meetingId: dense.meetingId })).suggestions).toEqual([]);
  });

  it('takes nothing from a phone while the facilitator\'s Kreds is locked', async () => {
    const mother = phones[0]!;
    await value('lock.setup', { secret: '482913' });
    await value('lock.lock', {});
    const refused = await mother.send({ type: 'suggest', column: 'next', text: 'Mens den var låst' });
    expect(refused.status).toBe(423);
    expect(refused.reply).toMatchObject({ ok: false, message: expect.stringMatching(/låst/) });
    await value('lock.unlock', { secret: '482913' });
    expect((await value<PhoneStatus>('phones.status', { meetingId: dense.meetingId })).suggestions).toEqual([]);
  });

  it('never gives a phone anything fortroligt', () => {
    const seen = phones.flatMap((p) => p.seen).join('\n');
    expect(seen.length).toBeGreaterThan(1000);
    for (const secret of dense.secrets) expect(seen).not.toContain(secret);
  });

  it('forgets a removed device, and lets at most 20 devices in', async () => {
    const removed = phones[1]!;
    await value('phones.removeDevice', { meetingId: dense.meetingId, deviceId: removed.deviceId });
    expect((await removed.send({ type: 'sync' })).status).toBe(401);
    const joined = (await value<PhoneStatus>('phones.status', { meetingId: dense.meetingId })).devices.length;
    for (let i = joined; i < MAX_DEVICES; i++) await phone(null);
    await expect(ScriptPhone.join(base(), status.join!.code)).rejects.toThrow(/20 telefoner/);
  });

  it('ends with the meeting: the server closes and every key is worthless', async () => {
    const mother = phones[0]!;
    await value('meetings.end', { id: dense.meetingId });
    await expect(mother.send({ type: 'sync' })).rejects.toThrow();
    const after = await value<PhoneStatus>('phones.status', { meetingId: dense.meetingId });
    expect(after).toMatchObject({ on: false, join: null, devices: [] });
    expect(after.blocked).toMatch(/mens mødet kører/);
  });
});
