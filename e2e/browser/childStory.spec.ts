import { expect, test, type Page } from '@playwright/test';
import { DEMO_DRAWINGS } from '../../electron/services/demoDrawings';
import { startHost, type StartedHost } from '../host';
import { pdfPagesAsPng, pdfPageSizes, pdfText } from '../pdf';

/**
 * Barnets bog as the facilitator makes it with the parents: pages drawn on the drawing pad with a mouse, a pen and a
 * finger, a photo of a paper drawing (and the files that are refused), the order changed, a version, the A5 booklet
 * (page count and order), and the shared screen page by page.
 */
test.use({ hasTouch: true });
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function value<T>(h: StartedHost, channel: string, input: unknown): Promise<T> {
  const result = await h.call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}

async function ayaCase(h: StartedHost): Promise<string> {
  const caseId = (await value<{ id: string }>(h, 'cases.create', { childName: 'Aya', birthYear: 2019, caseType: 'network', responsibleWorker: 'Mette Sørensen' })).id;
  const mother = (await value<{ id: string }>(h, 'participants.create', { caseId, name: 'Mor Sara', role: 'mother' })).id;
  const meeting = await value<{ id: string }>(h, 'meetings.create', { caseId, type: 'network_meeting', startsAt: '2027-02-01T10:00', participantIds: [mother], confirmUnusualDate: true });
  await value(h, 'meetings.start', { id: meeting.id });
  return caseId;
}

const pad = (page: Page) => page.locator('canvas.drawing-pad__canvas');

/** A stroke across the pad with the mouse, from (x1, y1) to (x2, y2) as shares of the pad. */
async function mouseStroke(page: Page, x1: number, y1: number, x2: number, y2: number) {
  await pad(page).scrollIntoViewIfNeeded();
  const box = (await pad(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * x1, box.y + box.height * y1);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (x1 + ((x2 - x1) * i) / 10), box.y + box.height * (y1 + ((y2 - y1) * i) / 10));
  await page.mouse.up();
}

/** The same with a pen (pressure) and a finger, through Chromium's own input (DevTools protocol). */
async function penAndFingerStrokes(page: Page) {
  await pad(page).scrollIntoViewIfNeeded();
  const box = (await pad(page).boundingBox())!;
  const at = (x: number, y: number) => ({ x: box.x + box.width * x, y: box.y + box.height * y });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at(0.2, 0.8), button: 'left', buttons: 1, clickCount: 1, pointerType: 'pen', force: 0.9 });
  for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at(0.2 + i * 0.07, 0.8 - i * 0.03), button: 'left', buttons: 1, pointerType: 'pen', force: 0.9 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at(0.76, 0.56), button: 'left', buttons: 0, clickCount: 1, pointerType: 'pen' });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0.5, 0.2)] });
  for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(0.5 + i * 0.03, 0.2 + i * 0.05)] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function openPageEditor(page: Page, n: number) {
  const details = page.locator('details.safety-add', { hasText: `Tilføj side ${n}` });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return page.getByRole('form', { name: `Tilføj side ${n}` });
}

test('Barnets bog: drawn with mouse, pen and finger, a photo of a drawing, reordered, printed as an A5 booklet in order, shown page by page', async ({ page, context }, testInfo) => {
  host = await startHost({ env: { KREDS_NOW: '2027-02-01T11:00:00' } });
  const caseId = await ayaCase(host);
  await page.goto(`${host.url}#/cases/${caseId}/child-story`);
  await expect(page.getByLabel('Titel')).toHaveValue('Ayas bog');
  await page.getByLabel('Skrevet af').fill('Mor og far sammen med Mette fra kommunen');
  await page.getByRole('button', { name: 'Start bogen' }).click();

  // Page 1: drawn with the mouse, a pen and a finger; one stroke undone.
  let editor = await openPageEditor(page, 1);
  await editor.getByLabel('Tekst på side 1').fill('Mor og far elsker dig.');
  await mouseStroke(page, 0.1, 0.1, 0.9, 0.9);
  await penAndFingerStrokes(page);
  await expect(pad(page)).toHaveAttribute('data-strokes', '3');
  await editor.getByRole('button', { name: 'Fortryd' }).click();
  await expect(pad(page)).toHaveAttribute('data-strokes', '2');
  await editor.getByRole('button', { name: 'Tilføj side 1' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Side 1' })).toBeVisible();

  // Page 2: no text is refused and nothing is saved; then a photo, after a file that is no picture and one too big.
  editor = await openPageEditor(page, 2);
  await mouseStroke(page, 0.3, 0.3, 0.6, 0.6);
  await editor.getByRole('button', { name: 'Tilføj side 2' }).click();
  await expect(editor.getByText('Skriv en eller to korte sætninger på siden. En side uden tekst kan ikke gemmes.')).toBeVisible();
  await expect(page.locator('article.story-card')).toHaveCount(1);
  await editor.getByLabel('Tekst på side 2').fill('Nogle gange drikker far for meget.');
  await editor.getByLabel('Foto af en tegning').check();
  const file = editor.getByLabel(/Vælg et foto/);
  await file.setInputFiles({ name: 'tegning.png', mimeType: 'image/png', buffer: Buffer.from('Det her er et brev, ikke en tegning') });
  await expect(editor.getByText('Filen er ikke et billede, Kreds kan bruge. Vælg et foto eller en tegning i PNG eller JPEG.')).toBeVisible();
  await file.setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: Buffer.concat([DEMO_DRAWINGS.school(), Buffer.alloc(11 * 1024 * 1024)]) });
  await expect(editor.getByText('Billedet er for stort (11,1 MB). Det må højst fylde 10 MB: vælg et mindre billede, eller skær det til.')).toBeVisible();
  await file.setInputFiles({ name: 'tegning.png', mimeType: 'image/png', buffer: DEMO_DRAWINGS.school() });
  await expect(editor.getByRole('img', { name: 'Tegning til side 2' })).toBeVisible();
  await editor.getByRole('button', { name: 'Tilføj side 2' }).click();
  await expect(page.locator('article.story-card')).toHaveCount(2);

  // Page 3, drawn; then moved to the front.
  editor = await openPageEditor(page, 3);
  await editor.getByLabel('Tekst på side 3').fill('Du bor hos mor og far.');
  await mouseStroke(page, 0.2, 0.5, 0.8, 0.5);
  await editor.getByRole('button', { name: 'Tilføj side 3' }).click();
  const third = page.locator('article.story-card', { hasText: 'Du bor hos mor og far.' });
  await third.getByRole('button', { name: 'Flyt frem' }).click();
  await expect(page.locator('.story-card__text')).toHaveText(['Mor og far elsker dig.', 'Du bor hos mor og far.', 'Nogle gange drikker far for meget.']);
  await page.locator('article.story-card', { hasText: 'Du bor hos mor og far.' }).getByRole('button', { name: 'Flyt frem' }).click();
  await expect(page.locator('.story-card__text')).toHaveText(['Du bor hos mor og far.', 'Mor og far elsker dig.', 'Nogle gange drikker far for meget.']);
  await page.getByRole('button', { name: 'Gem som version 1' }).click();
  await expect(page.locator('.safety-versions li')).toContainText('Version 1');

  // The pictures are the host's: PNG drawings from the pad, a JPEG from the photo (drawn again in the window).
  const story = await value<{ pages: { imageId: string }[] }>(host, 'childStory.get', { caseId });
  const images = await Promise.all(story.pages.map((p) => value<{ mime: string; width: number }>(host!, 'childStory.image', { id: p.imageId })));
  expect(images.map((i) => [i.mime, i.width])).toEqual([['image/png', 1200], ['image/png', 1200], ['image/jpeg', 600]]);

  // The A5 booklet: the cover and one page per story page, in the order set.
  await page.goto('about:blank');
  await page.goto(`${host.url}#/print/child-story/${caseId}`);
  await page.locator('body[data-print-ready="1"]').waitFor();
  const pdf = testInfo.outputPath('barnets-bog.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  expect(await pdfPageSizes(pdf)).toEqual(Array(4).fill({ width: 420, height: 595 }));
  // Each page's words and its page number (pdfjs reads the number in the page margin first).
  const pages = (await pdfText(pdf)).split('\f').map((p) => p.replace(/\s+/g, ' ').trim());
  expect(pages).toEqual([
    '1 Ayas bog Mor og far sammen med Mette fra kommunen',
    '2 Du bor hos mor og far.',
    '3 Mor og far elsker dig.',
    '4 Nogle gange drikker far for meget.',
  ]);
  // Every story page carries its picture (written as PNGs to look at in test-results/artifacts/…/hæfte-N.png).
  const rendered = await pdfPagesAsPng(pdf, testInfo.outputPath('hæfte'), 0.5);
  for (const page of rendered.slice(1)) expect(page.inkShare).toBeGreaterThan(0.005);

  // The shared screen, page by page as the console steps it: every page fits, each drawing is drawn.
  await page.goto(`${host.url}#/cases/${caseId}/child-story`);
  const [screen] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Vis på fællesskærmen' }).click()]);
  await screen.setViewportSize({ width: 1280, height: 720 });
  await expect(screen.getByRole('heading', { level: 1, name: 'Ayas bog' })).toBeVisible();
  for (const [i, text] of ['Du bor hos mor og far.', 'Mor og far elsker dig.', 'Nogle gange drikker far for meget.'].entries()) {
    await page.getByRole('button', { name: 'Næste side' }).click();
    await expect(screen.getByRole('heading', { level: 1, name: text })).toBeVisible();
    await expect(screen.locator('.screen-page__counter')).toHaveText(`${i + 2}/4`);
    const drawn = screen.getByRole('img', { name: `Tegning til side ${i + 1}` });
    await expect.poll(() => drawn.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
      await screen.setViewportSize(size);
      expect(await screen.evaluate(() => document.querySelector('.screen-page')!.scrollHeight - window.innerHeight), `page ${i + 2} at ${size.width}`).toBeLessThanOrEqual(0);
    }
  }
});
