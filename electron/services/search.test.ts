import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { createOliverCase, createTestContext, type TestContext } from '../testing';
import { callService, writeCaseHistory } from './caseHistory';
import { createCase } from './cases';
import { oliverHistory } from './demoHistory';
import { search } from './search';

let ctx: TestContext;
let caseId: string;
let history: ReturnType<typeof writeCaseHistory>;

const find = (text: string, extra: Record<string, unknown> = {}) => search(ctx, contract['search.query'].input.parse({ text, ...extra }));
const texts = (result: ReturnType<typeof find>) => result.groups.flatMap((g) => g.hits.map((h) => h.snippet.map((s) => s.text).join('')));

beforeAll(() => {
  ctx = createTestContext('2026-05-14T10:00:00');
  caseId = createOliverCase(ctx);
  history = writeCaseHistory(ctx, oliverHistory(caseId, new Date(2026, 4, 14)));
  const other = createCase(ctx, { childName: 'Sofie', birthYear: 2012, caseType: 'supportive', responsibleWorker: 'Jonas Holm' }).id;
  callService(ctx, 'participants.create', { caseId: other, name: 'Aase Haagensen', role: 'grandparent', roleDetail: 'mormor' });
});
afterAll(() => ctx.close());

describe('searching everything written in a case', () => {
  it('finds "morgenerne" from "morgen" (prefix) in the first meeting’s note and marks the hit', () => {
    const result = find('morgen');
    const hit = result.groups[0]!.hits.find((h) => h.kind === 'note' && h.snippet.some((s) => s.hit && s.text === 'morgenerne'));
    expect(hit?.meetingId).toBe(history.meetings[0]);
    expect(hit!.phaseKind).toBe('network_professionals');
  });

  it('finds map items, agreements, goals and participant names', () => {
    expect(find('farmor').groups[0]!.hits.map((h) => h.kind)).toEqual(expect.arrayContaining(['map_item', 'participant']));
    expect(find('ringer hjem').groups[0]!.hits.map((h) => h.kind)).toContain('agreement');
    expect(find('sommerferien').groups[0]!.hits.map((h) => h.kind)).toEqual(['goal']);
    expect(find('Malik').count).toBe(1);
  });

  it('keeps æ, ø, å as letters and finds "aa" and "å" spellings of the same name', () => {
    expect(find('Aase').groups.map((g) => g.childName)).toEqual(['Sofie']);
    expect(find('Åse').groups.map((g) => g.childName)).toEqual(['Sofie']);
    expect(find('Hågensen').count).toBe(1);
    expect(find('frikvarteret').count).toBeGreaterThan(0);
    expect(find('fravær').count).toBeGreaterThan(0);
  });

  it('finds fortroligt items only when the view is professional, and marks them', () => {
    // The note, and the map item once though it was carried forward through three meetings.
    expect(texts(find('alkohol'))).toHaveLength(2);
    expect(find('alkohol').groups[0]!.hits.find((h) => h.kind === 'map_item')).toMatchObject({ repeats: 2, meetingId: history.meetings[2] });
    expect(find('alkohol').groups[0]!.hits.every((h) => h.confidential)).toBe(true);
    expect(find('alkohol', { includeConfidential: false }).count).toBe(0);
  });

  it('filters by date range, meeting type and person', () => {
    expect(find('Oliver', { to: '2026-01-31' }).groups[0]!.hits.every((h) => h.day <= '2026-01-31')).toBe(true);
    expect(find('Oliver', { meetingType: 'network_meeting' }).groups[0]!.hits.every((h) => h.meetingType === 'network_meeting')).toBe(true);
    const thomas = history.people.thomas!;
    const byThomas = find('Oliver', { personId: thomas });
    expect(byThomas.groups[0]!.hits.every((h) => h.meetingId !== history.meetings[1])).toBe(true);
    expect(byThomas.count).toBeGreaterThan(0);
  });

  it('follows edits: a changed note is found by its new words only, a deleted item not at all', () => {
    const item = callService(ctx, 'map.addItem', { meetingId: history.meetings[2]!, part: 'strengths', text: 'Oliver spiller trompet', saidBy: null, confidential: false });
    expect(find('trompet').count).toBe(1);
    callService(ctx, 'map.updateItem', { id: item.id, text: 'Oliver spiller klaver' });
    expect(find('trompet').count).toBe(0);
    expect(find('klaver').count).toBe(1);
    callService(ctx, 'map.deleteItem', { id: item.id });
    expect(find('klaver').count).toBe(0);
  });

  it.each(['"', '*', '(', ')', 'NEAR', 'NEAR(', '-', 'AND', 'OR', 'NOT', 'a OR', '"morgen', 'col:x', '^x', '{a b}', '+', "'", '\\', ';DROP TABLE cases'])(
    'never errors on FTS syntax like %j',
    (text) => expect(() => find(text)).not.toThrow(),
  );

  it('never errors on any text at all (property test)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => void find(text)), { numRuns: 300 });
  });
});
