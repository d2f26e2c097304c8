import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import { DB_FILE_NAME } from '../db/connection';
import { callChannel, createOliverCase, createTestContext, errorOf, type TestContext } from '../testing';
import type { ServiceChannel } from './index';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2027-02-01T09:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return callChannel(ctx, channel, input);
}

/** A real PNG of one colour (a drawing pad's output is the same format), with a marker in a text chunk. */
function png(width: number, height: number, marker = 'KREDS-TEGNING'): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 200)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from(`Comment\0${marker}`, 'latin1')),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const drawing = (bytes: Buffer = png(40, 30)) => ({ kind: 'drawing' as const, data: bytes.toString('base64') });

function story(): string {
  const caseId = createOliverCase(ctx, { childName: 'Aya', birthYear: 2019 });
  call('childStory.save', { caseId, title: 'Ayas bog', writtenBy: 'Mor og far sammen med Lene fra kommunen' });
  return caseId;
}

const imageCount = () => (ctx.db.prepare('SELECT COUNT(*) AS n FROM child_story_images').get() as { n: number }).n;

describe('Barnets bog', () => {
  it('keeps pages in the order the facilitator sets, each with its picture, measured from its own header', () => {
    const caseId = story();
    const first = call('childStory.addPage', { caseId, text: 'Mor og far elsker dig.', image: drawing(png(120, 90)) });
    call('childStory.addPage', { caseId, text: 'Nogle gange drikker far for meget.' });
    call('childStory.addPage', { caseId, text: 'Så kommer moster Leila og henter dig.' });
    call('childStory.movePage', { id: first.id, toIndex: 2 });
    const detail = call('childStory.get', { caseId });
    expect(detail.pages.map((p) => p.text)).toEqual(['Nogle gange drikker far for meget.', 'Så kommer moster Leila og henter dig.', 'Mor og far elsker dig.']);
    const image = call('childStory.image', { id: detail.pages[2]!.imageId! });
    expect(image).toMatchObject({ mime: 'image/png', width: 120, height: 90 });
    expect(Buffer.from(image.data, 'base64').equals(png(120, 90))).toBe(true);
  });

  it('refuses a page with no text, an image over 10 MB and a file that is not an image; nothing is half-saved', () => {
    const caseId = story();
    expect(errorOf(() => call('childStory.addPage', { caseId, text: '   ', image: drawing() })).fields).toEqual({
      text: 'Skriv en eller to korte sætninger på siden. En side uden tekst kan ikke gemmes.',
    });
    const big = Buffer.concat([png(10, 10), Buffer.alloc(10 * 1024 * 1024)]);
    expect(errorOf(() => call('childStory.addPage', { caseId, text: 'Hej', image: drawing(big) })).message).toBe('Billedet er for stort (10,1 MB). Det må højst fylde 10 MB: vælg et mindre billede, eller skær det til.');
    const text = Buffer.from('Det her er et brev, ikke et billede');
    expect(errorOf(() => call('childStory.addPage', { caseId, text: 'Hej', image: { kind: 'photo', data: text.toString('base64') } })).fields).toEqual({
      image: 'Filen er ikke et billede, Kreds kan bruge. Vælg et foto eller en tegning i PNG eller JPEG.',
    });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(40)]);
    expect(errorOf(() => call('childStory.addPage', { caseId, text: 'Hej', image: { kind: 'photo', data: heic.toString('base64') } })).message).toMatch(/HEIC/);
    expect(call('childStory.get', { caseId }).pages).toEqual([]);
    expect(imageCount()).toBe(0);
  });

  it('reads a JPEG photo from its start-of-frame header', () => {
    const caseId = story();
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x4a, 0x46, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00, 0xff, 0xd9]);
    const page = call('childStory.addPage', { caseId, text: 'Her er dit værelse.', image: { kind: 'photo', data: jpeg.toString('base64') } });
    expect(call('childStory.image', { id: page.imageId! })).toMatchObject({ mime: 'image/jpeg', width: 640, height: 480 });
  });

  it('stores pictures inside the encrypted database, never readable from the file', () => {
    const caseId = story();
    call('childStory.addPage', { caseId, text: 'Mor og far elsker dig.', image: drawing(png(64, 48, 'UNIK-MARKOER-7731')) });
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const raw = fs.readFileSync(path.join(ctx.dataDir, DB_FILE_NAME));
    expect(raw.includes(Buffer.from('UNIK-MARKOER-7731'))).toBe(false);
    expect(fs.readdirSync(ctx.dataDir).filter((f) => /\.(png|jpe?g)$/i.test(f))).toEqual([]);
  });

  it('keeps a picture while a version shows it, and lets it go when nothing does', () => {
    const caseId = story();
    const page = call('childStory.addPage', { caseId, text: 'Mor og far elsker dig.', image: drawing() });
    call('childStory.saveVersion', { caseId, meetingId: null });
    call('childStory.updatePage', { id: page.id, text: 'Mor og far elsker dig.', image: drawing(png(50, 50)) });
    expect(imageCount()).toBe(2);
    // Replaced again: the second picture is on no page and in no version, so it goes.
    call('childStory.updatePage', { id: page.id, text: 'Mor og far elsker dig.', image: null });
    expect(imageCount()).toBe(1);
    expect(call('childStory.get', { caseId }).pages[0]).toMatchObject({ imageId: null, sinceVersion: 'changed' });
  });

  it('says what changed since the last version, and refuses a version with nothing new', () => {
    const caseId = story();
    const a = call('childStory.addPage', { caseId, text: 'Side et.' });
    call('childStory.addPage', { caseId, text: 'Side to.' });
    expect(call('childStory.saveVersion', { caseId, meetingId: null })).toMatchObject({ number: 1, changes: '2 nye sider' });
    expect(errorOf(() => call('childStory.saveVersion', { caseId, meetingId: null })).message).toBe('Bogen er ikke ændret siden version 1.');
    call('childStory.updatePage', { id: a.id, text: 'Side et, skrevet om.' });
    call('childStory.movePage', { id: a.id, toIndex: 1 });
    call('childStory.addPage', { caseId, text: 'Side tre.' });
    expect(call('childStory.get', { caseId }).sinceVersion).toEqual({ line: '1 ny side, 1 side med ny tekst, ny rækkefølge', changed: true });
    expect(call('childStory.saveVersion', { caseId, meetingId: null }).number).toBe(2);
  });

  it('nudges a page longer than two sentences, and follows the shared screen page by page', () => {
    const caseId = story();
    const page = call('childStory.addPage', { caseId, text: 'Far er syg. Han drikker. Det er ikke din skyld.' });
    expect(page.hint).toMatch(/3 sætninger/);
    expect(call('childStory.showPage', { caseId, page: 5 })).toEqual({ shown: 1, count: 2 });
    call('childStory.deletePage', { id: page.id });
    expect(call('childStory.get', { caseId }).shownPage).toBe(0);
  });
});

describe('the demo', () => {
  it('gives Oliver a safety plan (version 1 at his held meeting) and a five-page story with real drawings', () => {
    call('demo.load', {});
    const oliver = (ctx.db.prepare(`SELECT id FROM cases WHERE child_name = 'Oliver'`).get() as { id: string }).id;
    const plan = call('safetyPlan.get', { caseId: oliver });
    expect(plan.rules.map((r) => r.responsibleName)).toEqual(['Birthe Nielsen', 'Camilla Nielsen', 'Kim Andersen']);
    expect(plan.versions.map((v) => v.number)).toEqual([1]);
    const story = call('childStory.get', { caseId: oliver });
    expect(story.pages.map((p) => !!p.imageId)).toEqual([true, true, true, true, false]);
    expect(call('childStory.image', { id: story.pages[0]!.imageId! })).toMatchObject({ mime: 'image/png', width: 600, height: 450 });
    expect(call('demo.remove', {}).removed).toBeGreaterThan(0);
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM child_story_images').get()).toEqual({ n: 0 });
  });
});
