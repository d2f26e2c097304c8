import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callChannel, createOliverCase, createTestContext, errorOf, type TestContext } from '../testing';
import { search } from './search';

/** A note's document (what the shared screen shows) and its text (what search, journal and review read) are one. */
let ctx: TestContext;
let meetingId: string;
let phaseId: string;
beforeEach(() => {
  ctx = createTestContext('2026-03-02T09:00:00');
  const meeting = callChannel(ctx, 'meetings.create', { caseId: createOliverCase(ctx), type: 'network_meeting', startsAt: '2026-03-10T13:00' });
  meetingId = meeting.id;
  phaseId = meeting.phases[0]!.id;
});
afterEach(() => ctx.close());

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const storedText = () => (ctx.db.prepare('SELECT plain_text FROM meeting_notes WHERE meeting_id = ?').get(meetingId) as { plain_text: string }).plain_text;

describe('a meeting note saved by any client', () => {
  it('gets its search text from the document on the host, whatever text the client sends along', () => {
    const saved = callChannel(ctx, 'meetings.saveNote', {
      meetingId, phaseId, kind: 'shared',
      doc: { type: 'doc', content: [paragraph('Mor fortæller om morgenerne'), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Fodbold tirsdag')] }] }] },
      text: 'Noget helt andet end det, projektoren viser',
    });
    expect(saved.text).toBe('Mor fortæller om morgenerne\nFodbold tirsdag');
    expect(storedText()).toBe('Mor fortæller om morgenerne\nFodbold tirsdag');
    expect(search(ctx, { text: 'projektoren', includeConfidential: true, limit: 10 }).count).toBe(0);
    expect(search(ctx, { text: 'morgenerne', includeConfidential: true, limit: 10 }).count).toBe(1);
  });

  it('refuses a document with something the editor cannot show, in Danish, and keeps the note as it was', () => {
    callChannel(ctx, 'meetings.saveNote', { meetingId, phaseId, kind: 'shared', doc: { type: 'doc', content: [paragraph('Velkommen')] } });
    const error = errorOf(() =>
      callChannel(ctx, 'meetings.saveNote', { meetingId, phaseId, kind: 'shared', doc: { type: 'doc', content: [paragraph('Skjult'), { type: 'iframe', attrs: { src: 'https://evil.example' } }] } }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Notatet indeholder noget, editoren ikke kan vise ("iframe"), og er ikke gemt. Det, der allerede var gemt, er uændret.');
    expect(storedText()).toBe('Velkommen');
    expect(callChannel(ctx, 'meetings.get', { id: meetingId }).notes[0]!.doc).toEqual({ type: 'doc', content: [paragraph('Velkommen')] });
  });
});
