import { expect, type Page } from '@playwright/test';
import type { StartedHost } from '../host';

/**
 * Every screen and dialog the accessibility suite (a11y.spec.ts) checks, on a host started with --demo.
 * A capability adds its routes with one entry each; `path` may look up ids through the API.
 */
export interface A11yDialog {
  name: string;
  /** Opens the dialog from the route's page; the suite then expects a visible dialog with this accessible name. */
  open(page: Page): Promise<void>;
  /** The dialog's accessible name (its heading). */
  title: string;
  /** The button that opened it, which must have focus again after Esc. */
  opener?: string;
}

export interface A11yRoute {
  name: string;
  /** The pattern in renderer/app/routes.tsx (or a feature's routes.tsx) this entry covers. */
  pattern: string;
  path: string | ((host: StartedHost) => Promise<string>);
  /** The h1 the page shows once loaded. */
  heading: string | RegExp;
  dialogs?: A11yDialog[];
  /** A shared-screen page that forces a theme (useThemeOverride): checked in that theme whatever the setting. */
  forcedTheme?: 'projector';
  /** For a page whose h1 is there before its content (a hidden heading): a test id shown once the data is in. */
  readyTestId?: string;
}

/** The demo case "Oliver": the richest case in the demo data, so its screens show real content. */
export async function demoCaseId(host: StartedHost): Promise<string> {
  const list = await host.call<{ id: string; childName: string }[]>('cases.list', { status: 'all' });
  return list.value.find((c) => c.childName === 'Oliver')!.id;
}

/**
 * Everyone in Oliver's demo network was invited to his meetings (so can only be archived): add someone never used,
 * once, and open the delete confirmation for them.
 */
async function openDeleteUnusedParticipant(page: Page): Promise<void> {
  const remove = page.getByRole('button', { name: 'Slet Gitte Holm' });
  // Count only once the participant cards are drawn: counting an unloaded list would add Gitte a second time.
  await expect(page.getByRole('button', { name: 'Rediger Camilla Nielsen' })).toBeVisible();
  if ((await remove.count()) === 0) {
    await page.getByRole('button', { name: 'Tilføj deltager' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Tilføj deltager' });
    await dialog.getByLabel('Navn').fill('Gitte Holm');
    await dialog.getByLabel('Relation eller rolle').selectOption({ label: 'Netværksperson' });
    await dialog.getByRole('button', { name: 'Tilføj deltager' }).click();
    await expect(dialog).toBeHidden();
  }
  await remove.click();
}

/** The meeting whose map the case page opens ("Åbn det seneste kort"): Oliver's follow-up, carried forward from the held meeting. */
async function demoMapMeetingId(host: StartedHost): Promise<string> {
  const summary = await host.call<{ latestMeetingId: string }>('map.caseSummary', { caseId: await demoCaseId(host) });
  return summary.value.latestMeetingId;
}

/** Oliver's held first meeting or his planned follow-up (demo data). */
export async function demoMeetingId(host: StartedHost, status: 'held' | 'planned' = 'held'): Promise<string> {
  const meetings = await host.call<{ id: string; status: string }[]>('meetings.list', { caseId: await demoCaseId(host) });
  return meetings.value.find((m) => m.status === status)!.id;
}

/** The review demo case "Malthe" (three held meetings) and its first meeting. */
async function reviewCase(host: StartedHost): Promise<{ caseId: string; firstMeetingId: string }> {
  const list = await host.call<{ id: string; childName: string }[]>('cases.list', { status: 'all' });
  const caseId = list.value.find((c) => c.childName === 'Malthe')!.id;
  const timeline = await host.call<{ entries: { id: string }[] }>('review.timeline', { caseId });
  return { caseId, firstMeetingId: timeline.value.entries.at(-1)!.id };
}

export const a11yRoutes: A11yRoute[] = [
  {
    name: 'case list',
    pattern: '/cases',
    path: '/cases',
    heading: 'Sager',
    dialogs: [{ name: 'shortcuts overlay', title: 'Tastaturgenveje', open: (page) => page.keyboard.press('?') }],
  },
  { name: 'new case form', pattern: '/cases/new', path: '/cases/new', heading: 'Ny sag' },
  { name: 'edit case form', pattern: '/cases/:id/edit', path: async (host) => `/cases/${await demoCaseId(host)}/edit`, heading: 'Rediger sag' },
  {
    name: 'case overview',
    pattern: '/cases/:id',
    path: async (host) => `/cases/${await demoCaseId(host)}`,
    heading: 'Oliver',
    dialogs: [
      { name: 'close case', title: 'Luk sagen', opener: 'Luk sagen', open: (page) => page.getByRole('button', { name: 'Luk sagen' }).click() },
      { name: 'add participant', title: 'Tilføj deltager', opener: 'Tilføj deltager', open: (page) => page.getByRole('button', { name: 'Tilføj deltager' }).click() },
      { name: 'record consent', title: 'Registrér samtykke', opener: 'Registrér samtykke', open: (page) => page.getByRole('button', { name: 'Registrér samtykke' }).click() },
      { name: 'delete participant', title: 'Slet Gitte Holm?', open: openDeleteUnusedParticipant },
      { name: 'delete case', title: 'Slet sagen nu', opener: 'Slet sagen nu', open: (page) => page.getByRole('button', { name: 'Slet sagen nu' }).click() },
      {
        name: 'follow-up cadence',
        title: 'Sagens kadence for opfølgning',
        opener: 'Skift kadence',
        open: (page) => page.getByRole('button', { name: 'Skift kadence' }).click(),
      },
    ],
  },
  { name: 'case change log', pattern: '/cases/:id/audit', path: async (host) => `/cases/${await demoCaseId(host)}/audit`, heading: 'Ændringslog for Oliver' },
  {
    name: 'settings',
    pattern: '/settings',
    path: '/settings',
    heading: 'Indstillinger',
    dialogs: [{ name: 'remove demo', title: 'Fjern alle demosager?', opener: 'Fjern demosagerne', open: (page) => page.getByRole('button', { name: 'Fjern demosagerne' }).click() }],
  },
  { name: 'meeting map', pattern: '/meetings/:id/map', path: async (host) => `/meetings/${await demoMapMeetingId(host)}/map`, heading: /^Kortet fra mødet/ },
  { name: 'map on the shared screen', pattern: '/meetings/:id/map/presenter', path: async (host) => `/meetings/${await demoMapMeetingId(host)}/map/presenter`, heading: 'Hvad går godt, og hvad er svært?', readyTestId: 'map-presenter', forcedTheme: 'projector' },
  {
    name: 'network map',
    pattern: '/cases/:id/network-map',
    path: async (host) => `/cases/${await demoCaseId(host)}/network-map`,
    heading: 'Netværkskort: Oliver',
  },
  {
    name: 'network map on the shared screen',
    pattern: '/cases/:id/network-map/present',
    path: async (host) => `/cases/${await demoCaseId(host)}/network-map/present`,
    heading: 'Hvem er her?',
    forcedTheme: 'projector',
  },
  {
    name: 'goals and plan',
    pattern: '/cases/:id/plan',
    path: async (host) => `/cases/${await demoCaseId(host)}/plan`,
    heading: 'Oliver: Mål og plan',
  },
  { name: 'agreements overview', pattern: '/agreements', path: '/agreements', heading: 'Aftaler på tværs af sager' },
  {
    name: 'safety plan',
    pattern: '/cases/:id/safety-plan',
    path: async (host) => `/cases/${await demoCaseId(host)}/safety-plan`,
    heading: 'Oliver: Sikkerhedsplan',
    dialogs: [
      {
        name: 'leaving the safety network',
        title: 'Kim Andersen forlader sikkerhedsnetværket',
        opener: 'Kim Andersen er ikke længere med',
        open: (page) => page.getByRole('button', { name: 'Kim Andersen er ikke længere med' }).click(),
      },
    ],
  },
  {
    name: 'safety plan on the shared screen',
    pattern: '/cases/:id/safety-plan/present',
    path: async (host) => `/cases/${await demoCaseId(host)}/safety-plan/present`,
    heading: 'Sådan passer vi på Oliver',
    forcedTheme: 'projector',
  },
  {
    name: 'printed safety plan (the family\'s copy)',
    pattern: '/print/safety-plan/:id',
    path: async (host) => `/print/safety-plan/${await demoCaseId(host)}?version=family`,
    heading: 'Sådan passer vi på Oliver',
  },
  { name: 'Barnets bog', pattern: '/cases/:id/child-story', path: async (host) => `/cases/${await demoCaseId(host)}/child-story`, heading: 'Oliver: Barnets bog' },
  {
    name: 'Barnets bog on the shared screen',
    pattern: '/cases/:id/child-story/present',
    path: async (host) => `/cases/${await demoCaseId(host)}/child-story/present`,
    heading: 'Olivers bog',
    forcedTheme: 'projector',
  },
  { name: 'Barnets bog as an A5 booklet', pattern: '/print/child-story/:id', path: async (host) => `/print/child-story/${await demoCaseId(host)}`, heading: 'Olivers bog' },
  { name: 'plan a meeting', pattern: '/cases/:id/meetings/new', path: async (host) => `/cases/${await demoCaseId(host)}/meetings/new`, heading: 'Planlæg møde' },
  { name: 'prepare a meeting', pattern: '/meetings/:id/prepare', path: async (host) => `/meetings/${await demoMeetingId(host, 'planned')}/prepare`, heading: 'Forbered mødet' },
  { name: 'printable agenda', pattern: '/meetings/:id/agenda', path: async (host) => `/meetings/${await demoMeetingId(host, 'planned')}/agenda`, heading: 'Opfølgningsmøde om Oliver' },
  {
    name: 'meeting console',
    pattern: '/meetings/:id',
    path: async (host) => `/meetings/${await demoMeetingId(host, 'held')}`,
    heading: /Inddragende netværksmøde/,
    dialogs: [{ name: 'meeting shortcuts', title: 'Tastaturgenveje', opener: 'Genveje ?', open: (page) => page.getByRole('button', { name: 'Genveje ?' }).click() }],
  },
  { name: 'meeting summary', pattern: '/meetings/:id/summary', path: async (host) => `/meetings/${await demoMeetingId(host, 'held')}/summary`, heading: /Inddragende netværksmøde/ },
  { name: 'meeting on the shared screen', pattern: '/presenter/:id', path: async (host) => `/presenter/${await demoMeetingId(host, 'held')}`, heading: 'Tak for i dag', forcedTheme: 'projector' },
  { name: 'search', pattern: '/search', path: '/search?q=morgen', heading: 'Søg' },
  { name: 'case timeline', pattern: '/cases/:id/timeline', path: async (host) => `/cases/${(await reviewCase(host)).caseId}/timeline`, heading: 'Tidslinje – Malthe' },
  { name: 'Før næste møde', pattern: '/cases/:id/prepare', path: async (host) => `/cases/${(await reviewCase(host)).caseId}/prepare`, heading: 'Før næste møde – Malthe' },
  { name: 'compare meetings', pattern: '/cases/:id/compare', path: async (host) => `/cases/${(await reviewCase(host)).caseId}/compare`, heading: 'Sammenlign møder – Malthe' },
  {
    name: 'meeting read afterwards (search hit)',
    pattern: '/meetings/:id/review',
    path: async (host) => `/meetings/${(await reviewCase(host)).firstMeetingId}/review?phase=network_professionals&q=morgen`,
    heading: /Inddragende netværksmøde/,
  },
  {
    name: 'printed meeting summary',
    pattern: '/print/meeting/:id',
    path: async (host) => `/print/meeting/${(await reviewCase(host)).firstMeetingId}?version=family`,
    heading: 'Netværksmøde for Malthe',
  },
  { name: 'printed child’s plan', pattern: '/print/plan/:id', path: async (host) => `/print/plan/${(await reviewCase(host)).caseId}`, heading: 'Plan for Malthe' },
  {
    name: 'import case bundle',
    pattern: '/bundles/import',
    path: '/bundles/import',
    heading: 'Importér sagspakke',
  },
  { name: 'follow-ups overview', pattern: '/followups', path: '/followups', heading: /.+/ },
  { name: 'page not found', pattern: '(none)', path: '/does-not-exist', heading: 'Siden findes ikke' },
];

/** Route patterns that render the same screen as a checked one. */
export const SAME_SCREEN_AS: Record<string, string> = {
  '/': '/cases',
  // The map's bare shared-screen page shows the panels the meeting's presenter window shows (MapPresenterPage.tsx).
  '/meetings/:id/map/presenter': '/presenter/:id',
};

export async function gotoRoute(page: Page, host: StartedHost, route: A11yRoute): Promise<void> {
  const path = typeof route.path === 'string' ? route.path : await route.path(host);
  await page.goto(`${host.url}#${path}`);
  await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
  if (route.readyTestId) await expect(page.getByTestId(route.readyTestId)).toBeVisible();
}
