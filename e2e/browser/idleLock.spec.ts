import { expect, test, type Page } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

/**
 * The idle lock end to end. The host's clock runs 12 times faster (KREDS_CLOCK_RATE), so one idle minute passes in
 * five seconds and the 30 s / 60 s waits after wrong PINs in 2.5 s / 5 s; everything else is the real app.
 */
const RATE = 12;
const PIN = '482913';
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function unlockWith(page: Page, secret: string): Promise<void> {
  await page.getByLabel('PIN-kode eller adgangssætning').fill(secret);
  await Promise.all([page.waitForResponse((r) => r.url().includes('/api/lock.unlock')), page.getByRole('button', { name: 'Lås op' }).click()]);
}

async function waitSeconds(page: Page, message: RegExp): Promise<number> {
  const text = await page.getByText(message).textContent();
  return Number(/Vent (\d+) sekunder/.exec(text ?? '')?.[1]);
}

test('after a minute idle Kreds locks: the case leaves the screen, the shared screen goes neutral, wrong PINs wait longer and longer, and the note typed before is still there', async ({ page, context }) => {
  test.setTimeout(60_000);
  host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00', KREDS_CLOCK_RATE: String(RATE) } });
  const cases = await host.call<{ id: string }[]>('cases.list', { query: 'Oliver' });
  const people = await host.call<{ id: string }[]>('participants.list', { caseId: cases.value[0]!.id });
  const created = await host.call<{ id: string }>('meetings.create', { caseId: cases.value[0]!.id, type: 'network_meeting', startsAt: '2026-05-14T10:00', participantIds: people.value.map((p) => p.id) });
  const meetingId = created.value.id;
  await host.call('meetings.start', { id: meetingId });
  await host.call('lock.setup', { secret: PIN });
  await host.call('settings.set', { idleLockMinutes: 1 });

  await page.goto(`${host.url}#/meetings/${meetingId}`);
  const presenter = await context.newPage();
  await presenter.goto(`${host.url}#/presenter/${meetingId}`);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
  const typed = 'Mor fortæller, at morgenerne er blevet lettere';
  await page.getByRole('textbox', { name: /^Noter til / }).click();
  await page.keyboard.type(typed);

  // Nobody touches anything: one minute on the host's clock.
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('morgenerne');
  await expect(page.getByRole('textbox', { name: /^Noter til / })).toBeHidden();
  expect((await host.call('meetings.get', { id: meetingId })).error?.code).toBe('locked');

  await expect(presenter.getByRole('main', { name: 'Skærmen er låst' })).toBeVisible();
  expect(await presenter.content()).not.toContain('Velkommen');
  await expect(presenter.getByLabel('PIN-kode eller adgangssætning')).toHaveCount(0);
  await presenter.screenshot({ path: test.info().outputPath('presenter-locked.png') });

  for (let attempt = 1; attempt <= 5; attempt++) {
    await unlockWith(page, '000000');
    await expect(page.getByText('Forkert PIN-kode eller adgangssætning')).toBeVisible();
  }
  await unlockWith(page, PIN);
  const first = await waitSeconds(page, /For mange forkerte forsøg\. Vent \d+ sekunder, før du prøver igen\./);
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThanOrEqual(30);

  // After the wait, one more wrong PIN doubles it.
  await page.waitForTimeout(((first + 1) * 1000) / RATE);
  await unlockWith(page, '111111');
  await expect(page.getByText('Forkert PIN-kode eller adgangssætning')).toBeVisible();
  await unlockWith(page, PIN);
  const second = await waitSeconds(page, /For mange forkerte forsøg\. Vent \d+ sekunder, før du prøver igen\./);
  expect(second).toBeGreaterThan(first);
  expect(second).toBeGreaterThan(30);
  await page.screenshot({ path: test.info().outputPath('locked-waiting.png') });

  await page.waitForTimeout(((second + 1) * 1000) / RATE);
  await unlockWith(page, PIN);
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: /^Noter til / })).toContainText(typed);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('unlocked.png') });
});
