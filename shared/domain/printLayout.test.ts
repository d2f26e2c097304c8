import { describe, expect, it } from 'vitest';
import { cssString, pageCss } from './printLayout';

describe('the PDF page layout', () => {
  it.each([
    ['Aarhus Kommune', '"Aarhus Kommune"'],
    ['Kommune "X"', '"Kommune \\"X\\""'],
    ['a\\b', '"a\\\\b"'],
    ['"; } body { display: none', '"\\"; } body { display: none"'],
    ['to\nlinjer', '"to linjer"'],
  ])('quotes %j safely as CSS', (text, expected) => expect(cssString(text)).toBe(expected));

  it('is A4 with page numbers and the given footer', () => {
    const css = pageCss('Udskrevet 14.05.2026 · Aarhus Kommune', 'Fortroligt');
    expect(css).toContain('size: A4');
    expect(css).toContain('counter(page)');
    expect(css).toContain('"Udskrevet 14.05.2026 · Aarhus Kommune"');
    expect(css).toContain('"Fortroligt"');
  });
});
