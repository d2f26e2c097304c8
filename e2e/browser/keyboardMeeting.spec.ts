import { expect, test } from '@playwright/test';
import { startHost, type StartedHost } from '../host';
import { activate, expectFocused, expectVisibleFocus, tabTo } from '../keyboard';

/**
 * A whole network meeting for the demo case, run with the keyboard alone: no click, no fill — Tab, Enter, Space,
 * arrows, typing and the meeting's shortcuts. Wherever focus would be lost (to <body>) or a control cannot be
 * reached, this test fails.
 */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('a facilitator runs a whole network meeting for Oliver with the keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();

  // The case list → Oliver → plan a meeting.
  await activate(page, 'link', /^Oliver/);
  await expect(page.getByRole('heading', { level: 1, name: 'Oliver' })).toBeVisible();
  await activate(page, 'link', 'Planlæg møde');
  await expect(page.getByRole('heading', { level: 1, name: 'Planlæg møde' })).toBeVisible();
  await tabTo(page, 'textbox', 'Dato');
  await expectVisibleFocus(page);
  // Danish text fields, whatever the system's locale: dd.mm.åååå and tt.mm.
  await page.keyboard.type('14.05.2026');
  await expect(page.getByRole('textbox', { name: 'Dato' })).toHaveValue('14.05.2026');
  await tabTo(page, 'textbox', 'Klokkeslæt');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('10.00');
  await expect(page.getByRole('textbox', { name: 'Klokkeslæt' })).toHaveValue('10.00');
  await tabTo(page, 'textbox', 'Sted');
  await page.keyboard.type('Nordby Skoles mødelokale');
  await activate(page, 'button', 'Vælg alle');
  await expect(page.getByRole('checkbox', { name: /^Kim Andersen/ })).toBeChecked();
  await activate(page, 'button', 'Opret møde');
  await expect(page.getByRole('heading', { name: 'Forbered mødet' })).toBeVisible();
  await expectVisibleFocus(page);
  await activate(page, 'button', 'Start mødet');
  const phase = (name: string) => expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await phase('Velkomst og formål');
  await expectVisibleFocus(page);

  // Check-in: everyone who came is marked present, from the attendance panel.
  for (const name of ['Oliver', 'Camilla Nielsen', 'Birthe Nielsen', 'Kim Andersen', 'Lars Berg', 'Sara Lund']) {
    const group = page.getByRole('group', { name: `Fremmøde for ${name}` });
    await tabTo(page, 'button', 'Til stede', { within: group, limit: 80 });
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(group.getByRole('button', { name: 'Til stede' })).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByRole('heading', { name: /Fremmøde 6 af 7 med/ })).toBeVisible();

  // N puts the cursor in the notes; Alt+→ goes on, also while typing.
  await page.keyboard.press('n');
  await expectFocused(page, 'textbox', 'Noter til Velkomst og formål');
  await page.keyboard.type('Alle er kommet. Formålet er gode morgener for Oliver.');
  await page.keyboard.press('Alt+ArrowRight');
  await phase('Præsentation');
  await expectVisibleFocus(page);
  await page.keyboard.press('Alt+ArrowRight');
  await phase('Barnets stemme');
  await expectVisibleFocus(page);

  // De tre huse: the child's own words, then a note that mentions a participant.
  await tabTo(page, 'textbox', 'Barnets ord i Huset med de gode ting', { limit: 60 });
  await page.keyboard.type('Fodbold med Kim om tirsdagen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Huset med de gode ting' }).getByText('Fodbold med Kim om tirsdagen')).toBeVisible();
  await expectVisibleFocus(page);
  await tabTo(page, 'textbox', 'Noter til Barnets stemme', { limit: 60 });
  await page.keyboard.type('Oliver vil gerne hentes af @Bir');
  await expect(page.getByRole('option', { name: 'Birthe Nielsen' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Noter til Barnets stemme' })).toContainText('@Birthe Nielsen');
  await expect(page.getByRole('status').filter({ hasText: 'Alt er gemt' })).toBeVisible();

  for (const next of ['Familiens perspektiv', 'Netværk og fagpersoner', 'Kortlægning']) {
    await page.keyboard.press('Alt+ArrowRight');
    await phase(next);
    await expectVisibleFocus(page);
  }

  // The map: a new item in each column, then one moved to another part with Alt+arrows.
  for (const [part, text] of [
    ['Skade', 'Oliver kom for sent tre mandage i træk'],
    ['Styrker og ressourcer', 'Kim tilbyder at hente Oliver til træning'],
    ['Næste skridt', 'Camilla og mormor laver en morgenplan sammen'],
  ] as const) {
    await tabTo(page, 'textbox', `Nyt punkt under ${part}`, { limit: 80 });
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: new RegExp(`^${part} \\d`) }).getByRole('button', { name: text, exact: true })).toBeVisible();
    await expectVisibleFocus(page);
  }
  await tabTo(page, 'button', 'Kim tilbyder at hente Oliver til træning', { backwards: true, limit: 80 });
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('region', { name: /^Eksisterende sikkerhed \d/ }).getByRole('button', { name: 'Kim tilbyder at hente Oliver til træning', exact: true })).toBeVisible();
  await phase('Kortlægning');
  await expectVisibleFocus(page);

  await page.keyboard.press('PageDown');
  await phase('Skalering');
  await expectVisibleFocus(page);

  // Scaling: each person present gives their own number.
  for (const [name, score] of [['Camilla Nielsen', '6'], ['Lars Berg', '7']] as const) {
    await tabTo(page, 'textbox', name, { limit: 60 });
    await expectVisibleFocus(page);
    await page.keyboard.type(score);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('figure').first()).not.toHaveAccessibleName('Ingen har skaleret endnu');

  await page.keyboard.press('Alt+ArrowRight');
  await phase('Mål og aftaler');
  await expectVisibleFocus(page);

  // An agreement: what, who is responsible, by when.
  await tabTo(page, 'textbox', 'Hvad skal gøres?', { limit: 80 });
  await page.keyboard.type('Kim henter Oliver til træning om torsdagen');
  await page.keyboard.press('Tab');
  await expectFocused(page, 'combobox', 'Hvem er ansvarlig?');
  await page.keyboard.type('Kim');
  await expect(page.getByRole('combobox', { name: 'Hvem er ansvarlig?', exact: true })).toHaveValue(/.+/);
  await tabTo(page, 'textbox', 'Senest');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('11.06.2026');
  await activate(page, 'button', 'Gem aftale');
  const agreement = page.getByRole('row', { name: /Kim henter Oliver til træning om torsdagen/ });
  await expect(agreement).toContainText('Kim Andersen');
  await expect(agreement).toContainText('11.06.2026');
  await expectVisibleFocus(page);

  await page.keyboard.press('Alt+ArrowRight');
  await phase('Næste møde');
  await expectVisibleFocus(page);

  // The follow-up: a day in the 6–8 week window, a place, agreed.
  await tabTo(page, 'button', 'ti 30.06', { limit: 60 });
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await tabTo(page, 'textbox', 'Sted', { limit: 20 });
  await page.keyboard.type('Nordby Skole');
  await activate(page, 'button', /^Aftal tirsdag 30\.06\.2026/);
  await expect(page.getByText(/30\.06\.2026/).first()).toBeVisible();
  await expectVisibleFocus(page);

  await page.keyboard.press('Alt+ArrowRight');
  await phase('Afrunding');
  await expectVisibleFocus(page);

  // The shared screen opens with Alt+S; B blacks it out and back once the focus is out of the notes (Esc).
  const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Alt+s')]);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Det tager vi med herfra' })).toBeVisible();
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expectVisibleFocus(page);
  await page.keyboard.press('b');
  await expect(presenter.locator('.ss-blackout')).toBeVisible();
  await page.keyboard.press('b');
  await expect(presenter.getByRole('heading', { level: 1, name: 'Det tager vi med herfra' })).toBeVisible();

  // End: the summary, then mark the meeting as held.
  await activate(page, 'button', 'Afslut møde');
  await expect(page.getByRole('heading', { name: 'Det aftalte vi' })).toBeVisible();
  await expectVisibleFocus(page);
  await expect(page.getByText('@Birthe Nielsen')).toBeVisible();
  await activate(page, 'button', 'Markér som afholdt');
  await expect(page.locator('.badge').filter({ hasText: 'Afholdt' })).toBeVisible();
  await expectVisibleFocus(page);
  await expect(presenter.getByRole('heading', { name: 'Tak for i dag' })).toBeVisible();

  const meetings = await host!.call<{ status: string; startsAt: string }[]>('meetings.list', { caseId: await caseIdOf(host!) });
  expect(meetings.value.some((m) => m.status === 'held' && m.startsAt.startsWith('2026-05-14'))).toBe(true);
});

async function caseIdOf(h: StartedHost): Promise<string> {
  const cases = await h.call<{ id: string }[]>('cases.list', { query: 'Oliver' });
  return cases.value[0]!.id;
}

test('the ? overlay in the console lists every meeting shortcut in Danish, and each one does what it says', async ({ page, context }) => {
  host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  const caseId = await caseIdOf(host);
  const people = await host.call<{ id: string }[]>('participants.list', { caseId });
  const created = await host.call<{ id: string }>('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T10:00', participantIds: people.value.map((p) => p.id) });
  const started = await host.call<{ phases: { id: string }[] }>('meetings.start', { id: created.value.id });
  const phaseIds = started.value.phases.map((p) => p.id);
  await page.goto(`${host.url}#/meetings/${created.value.id}`);
  const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  await expect(heading).toHaveText('Velkomst og formål');
  await page.getByRole('heading', { level: 1 }).focus(); // a start outside any text field (focus() is not a click)

  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Tastaturgenveje' });
  await expect(overlay.getByRole('heading', { level: 3 }).first()).toHaveText('Mødet');
  const meetingRows = [
    /Alt \+ → eller Page Down\s+Næste fase/,
    /Alt \+ ← eller Page Up\s+Forrige fase/,
    /Alt \+ T\s+Start eller sæt fasens tid på pause/,
    /N\s+Skriv i noterne/,
    /Alt \+ A\s+Gør linjen i noterne til et aftaleudkast/,
    /Esc\s+Forlad noten/,
    /Alt \+ S\s+Åbn fællesskærmen/,
    /B eller Alt \+ B eller \.\s+Sort fællesskærm/,
    /F eller Alt \+ F\s+Frys fællesskærmen/,
  ];
  for (const row of meetingRows) await expect(overlay.getByRole('row', { name: row })).toBeVisible();
  await expect(overlay.getByRole('row', { name: /Ctrl \+ L\s+Lås Kreds/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();

  // The phase on screen, and the host has it too (the shared screen follows the host).
  const at = async (index: number) => {
    await expect(heading).toHaveText(index === 0 ? 'Velkomst og formål' : 'Præsentation');
    await expect.poll(async () => (await host!.call<{ currentPhaseId: string }>('meetings.get', { id: created.value.id })).value.currentPhaseId).toBe(phaseIds[index]);
  };

  // Next / previous, also with a clicker's Page Down / Page Up.
  await page.keyboard.press('Alt+ArrowRight');
  await at(1);
  await page.keyboard.press('Alt+ArrowLeft');
  await at(0);
  await page.keyboard.press('PageDown');
  await at(1);
  await page.keyboard.press('PageUp');
  await at(0);

  // The timer.
  const timer = page.locator('.phase-timer').getByRole('button');
  await expect(timer).toHaveText('Pause');
  await page.keyboard.press('Alt+t');
  await expect(timer).toHaveText('Start tid');
  await page.keyboard.press('Alt+t');
  await expect(timer).toHaveText('Pause');
  await at(0);

  // N to the notes, Alt+A turns the line into a draft agreement, Esc leaves the note so N/B/F work again.
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Noter til Velkomst og formål' })).toBeFocused();
  await page.keyboard.type('Mormor henter mandag');
  await page.keyboard.press('Alt+a');
  await expect(page.getByRole('region', { name: 'Aftaleudkast' }).getByText('Mormor henter mandag')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Noter til Velkomst og formål' })).toHaveText('Mormor henter mandag');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Noter til Velkomst og formål' })).not.toBeFocused();

  // The shared screen: Alt+S opens it, B / Alt+B / . black it out and back, F / Alt+F freeze it.
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Alt+s')]);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
  await page.bringToFront();
  for (const key of ['b', 'Alt+b', '.']) {
    await page.keyboard.press(key);
    await expect(presenter.locator('.ss-blackout')).toBeVisible();
    await page.keyboard.press(key);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
  }
  for (const key of ['f', 'Alt+f']) {
    await page.keyboard.press(key);
    await expect(page.getByText('Fællesskærmen er frosset').first()).toBeVisible();
    await page.keyboard.press('PageDown');
    await at(1);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
    await page.keyboard.press(key);
    await expect(presenter.getByRole('heading', { level: 1, name: 'Hvem er her?' })).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(presenter.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
  }
});

test('two quick Alt+T presses pause and restart the timer: each press counts once', async ({ page }) => {
  host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  const caseId = await caseIdOf(host);
  const people = await host.call<{ id: string }[]>('participants.list', { caseId });
  const created = await host.call<{ id: string }>('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T10:00', participantIds: people.value.map((p) => p.id) });
  await host.call('meetings.start', { id: created.value.id });
  const running = async () => {
    const meeting = await host!.call<{ currentPhaseId: string; phases: { id: string; runningSince: string | null }[] }>('meetings.get', { id: created.value.id });
    return meeting.value.phases.find((p) => p.id === meeting.value.currentPhaseId)?.runningSince !== null;
  };
  const asked: boolean[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/meetings.setTimer')) asked.push((request.postDataJSON() as { running: boolean }).running);
  });
  await page.goto(`${host.url}#/meetings/${created.value.id}`);
  const timer = page.locator('.phase-timer').getByRole('button');
  await expect(timer).toHaveText('Pause');
  await page.getByRole('heading', { level: 1 }).focus();

  // Pause and start again, faster than the host answers: the timer runs again, as after two slow presses.
  await page.keyboard.press('Alt+t');
  await page.keyboard.press('Alt+t');
  await expect.poll(() => asked).toEqual([false, true]);
  await expect.poll(running).toBe(true);
  await expect(timer).toHaveText('Pause');

  // Three quick presses end paused.
  await page.keyboard.press('Alt+t');
  await page.keyboard.press('Alt+t');
  await page.keyboard.press('Alt+t');
  await expect.poll(() => asked).toEqual([false, true, false, true, false]);
  await expect.poll(running).toBe(false);
  await expect(timer).toHaveText('Start tid');
});
