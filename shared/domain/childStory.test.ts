import { describe, expect, it } from 'vitest';
import { pageTextError, pageTextHint, reorder, sentenceCount, storyChangeLine, storyChanges } from './childStory';
import { readImage } from './images';

describe('a page of Barnets bog', () => {
  it.each([
    ['Mor og far elsker dig.', 1],
    ['Far er syg. Han får hjælp!', 2],
    ['Den 12.03.2027 flytter du hjem. Er det godt? Ja.', 3],
    ['Uden punktum', 1],
  ])('"%s" has %i sentences', (text, n) => expect(sentenceCount(text)).toBe(n));

  it('must have text, and nudges more than two sentences', () => {
    expect(pageTextError('  ')).toMatch(/Skriv en eller to korte sætninger/);
    expect(pageTextError('Hej.')).toBeNull();
    expect(pageTextHint('En. To.')).toBeNull();
    expect(pageTextHint('En. To. Tre.')).toMatch(/3 sætninger/);
  });

  it('moves a page to a new place', () => {
    const pages = ['a', 'b', 'c'].map((id) => ({ id }));
    expect(reorder(pages, 'c', 0).map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(reorder(pages, 'a', 9).map((p) => p.id)).toEqual(['b', 'c', 'a']);
  });

  it('says what changed between versions', () => {
    const v1 = { title: 'Ayas bog', writtenBy: '', pages: [{ id: 'a', text: 'En.', imageId: 'x' }, { id: 'b', text: 'To.', imageId: null }] };
    const v2 = { title: 'Ayas bog', writtenBy: '', pages: [{ id: 'b', text: 'To.', imageId: 'y' }, { id: 'c', text: 'Tre.', imageId: null }] };
    expect(storyChangeLine(storyChanges(v1, v2))).toBe('1 ny side, 1 side fjernet, 1 side med nyt billede');
    expect(storyChangeLine(storyChanges(null, v1))).toBe('2 nye sider');
  });
});

describe('images by their first bytes', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  /** Signature, IHDR (13 bytes) and IEND; the checksums are not read, so zeros do. */
  const pngHeader = (w: number, h: number) =>
    bytes(
      ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      ...[0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, w >> 8, w & 255, 0, 0, h >> 8, h & 255, 8, 6, 0, 0, 0, 0, 0, 0, 0],
      ...[0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0, 0, 0, 0],
    );

  it('reads a PNG and a JPEG header', () => {
    expect(readImage(pngHeader(1200, 900))).toEqual({ mime: 'image/png', width: 1200, height: 900 });
    const jpeg = bytes(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x04, 0, 0, 0xff, 0xc2, 0x00, 0x11, 0x08, 0x03, 0x00, 0x04, 0x00, 0x03, 0, 0);
    expect(readImage(jpeg)).toEqual({ mime: 'image/jpeg', width: 1024, height: 768 });
  });

  it.each([
    ['an empty file', bytes(), 'Billedet er tomt.'],
    ['a text file called .png', new TextEncoder().encode('hej med dig'), 'Filen er ikke et billede, Kreds kan bruge. Vælg et foto eller en tegning i PNG eller JPEG.'],
    ['a GIF', new TextEncoder().encode('GIF89a......'), 'Filen er ikke et billede, Kreds kan bruge. Vælg et foto eller en tegning i PNG eller JPEG.'],
    ['a PNG signature without its header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'Billedet er beskadiget og kan ikke læses.'],
    ['a PNG cut off before its end', pngHeader(10, 10).subarray(0, 40), 'Billedet er beskadiget og kan ikke læses.'],
  ])('refuses %s', (_name, file, message) => expect(readImage(file)).toEqual({ error: message }));

  it('refuses over 10 MB and absurd sizes', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pngHeader(10, 10));
    expect(readImage(big)).toEqual({ error: 'Billedet er for stort (10,1 MB). Det må højst fylde 10 MB: vælg et mindre billede, eller skær det til.' });
    expect(readImage(pngHeader(20000, 10))).toEqual({ error: 'Billedet er for stort (højst 12000 punkter på hver led).' });
  });
});
