import { describe, expect, it } from 'vitest';
import { noteText } from './noteDoc';

const p = (...content: object[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: object[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const doc = (...content: object[]) => ({ type: 'doc', content });

describe('noteText: the plain text of a note, derived on the host', () => {
  it.each([
    ['an empty note', { type: 'doc' }, ''],
    ['two paragraphs', doc(p(text('Mor fortæller')), p(text('om morgenerne'))), 'Mor fortæller\nom morgenerne'],
    ['an empty line between them', doc(p(text('a')), p(), p(text('b'))), 'a\n\nb'],
    ['bold and italic', doc(p(text('Oliver', [{ type: 'bold' }]), text(' smiler', [{ type: 'italic' }]))), 'Oliver smiler'],
    ['a heading and a list', doc({ type: 'heading', attrs: { level: 2 }, content: [text('Aftaler')] }, { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Ringe til skolen'))] }, { type: 'listItem', content: [p(text('Fodbold'))] }] }), 'Aftaler\nRinge til skolen\nFodbold'],
    ['a mention and a line break', doc(p({ type: 'mention', attrs: { id: 'x', label: 'Mormor' } }, text(' ringer'), { type: 'hardBreak' }, text('i morgen'))), '@Mormor ringer\ni morgen'],
    ['a quote and a rule', doc({ type: 'blockquote', content: [p(text('Det er svært'))] }, { type: 'horizontalRule' }, p(text('slut'))), 'Det er svært\nslut'],
  ])('%s', (_label, input, expected) => {
    expect(noteText(input)).toEqual({ ok: true, text: expected });
  });

  it.each([
    ['a node the editor cannot make', doc(p(text('a')), { type: 'image', attrs: { src: 'x' } }), '"image"'],
    ['a code block (turned off in the editor)', doc({ type: 'codeBlock', content: [text('x')] }), '"codeBlock"'],
    ['text straight in the document', doc(text('løs tekst')), '"text"'],
    ['a block inside a line', doc(p(p(text('x')))), '"paragraph"'],
    ['a link mark (turned off in the editor)', doc(p(text('x', [{ type: 'link', attrs: { href: 'https://evil' } }]))), 'en ukendt formatering'],
    ['content that is not a list', { type: 'doc', content: { 0: p(text('x')) } }, '"doc" med ugyldigt indhold'],
    ['a node without type', doc({ content: [] }), 'et element uden type'],
    ['a thousand levels of quotes', JSON.parse('{"type":"doc","content":[' + '{"type":"blockquote","content":['.repeat(1000) + ']}'.repeat(1000) + ']}'), 'for dybt indlejret indhold'],
  ])('refuses %s and names it', (_label, input, unknown) => {
    expect(noteText(input)).toEqual({ ok: false, unknown });
  });
});
