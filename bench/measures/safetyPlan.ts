// safety_plan_render_ms: the safety plan of a case six follow-ups in (20 rules, each reviewed at 6 meetings, 4 people in
// the network, 3 versions), from opening the route until every rule card with its review history is painted.
// safety_plan_screen_ms: the same plan's shared screen, from a page step in the console until the window shows it.
import { chromium } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../../e2e/chromium';
import { startHost } from '../../e2e/host';
import { summarize, type Results } from '../stats';

export const SAFETY_RULES = 20;
export const SAFETY_REVIEWS = 6;

type Host = Awaited<ReturnType<typeof startHost>>;

async function call<T>(host: Host, channel: string, input: unknown): Promise<T> {
  const result = await host.call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}

/** A plan six follow-ups in, written through the real channels. */
async function writePlan(host: Host): Promise<string> {
  const caseId = (await call<{ id: string }>(host, 'cases.create', { childName: 'Bench', birthYear: 2015, caseType: 'placement', responsibleWorker: 'Bench' })).id;
  const people: string[] = [];
  for (const [name, role] of [['Mor', 'mother'], ['Moster Leila', 'other_family'], ['Mormor Inge', 'grandparent'], ['Naboen Hanne', 'network_person']]) {
    people.push((await call<{ id: string }>(host, 'participants.create', { caseId, name, role })).id);
  }
  await call(host, 'safetyPlan.save', { caseId, context: 'returning_home', startsOn: '2026-01-05', expectedMonths: 9, purpose: 'Barnet kan bo hjemme og være trygt' });
  for (const participantId of people) await call(host, 'safetyPlan.setMember', { caseId, participantId, agreedTo: 'Henter barnet og ringer, når noget er galt', joinedOn: '2026-01-05' });
  const rules: string[] = [];
  for (let i = 0; i < SAFETY_RULES; i++) {
    const rule = await call<{ id: string }>(host, 'safetyPlan.addRule', {
      caseId,
      situation: `Hvis far har drukket (${i + 1})`,
      action: 'ringer barnet til moster Leila, som kommer og henter det samme aften',
      responsibleId: people[i % 4],
      reserveId: people[(i + 1) % 4],
      childKnows: 'Barnet har nummeret på sin telefon og på køleskabet og må altid ringe',
      networkChecks: 'Leila skriver til mor hver fredag, om reglen er brugt',
      professionalNote: 'Fagligt notat',
    });
    rules.push(rule.id);
  }
  for (let m = 0; m < SAFETY_REVIEWS; m++) {
    const meeting = await call<{ id: string }>(host, 'meetings.create', { caseId, type: 'follow_up', startsAt: `2026-${String(m + 2).padStart(2, '0')}-02T10:00`, participantIds: people, confirmUnusualDate: true });
    await call(host, 'meetings.start', { id: meeting.id });
    for (const [i, ruleId] of rules.entries()) {
      const outcome = (i + m) % 7 === 0 ? 'broken' : (i + m) % 5 === 0 ? 'needs_change' : 'holds';
      await call(host, 'safetyPlan.reviewRule', { ruleId, meetingId: meeting.id, outcome, whatHappened: outcome === 'holds' ? '' : 'Det skete en fredag' });
    }
    if (m % 2 === 1) {
      await call(host, 'safetyPlan.updateRule', { id: rules[m]!, situation: `Hvis far har drukket (${m + 1})`, action: `ringer barnet til mormor Inge (ændret ${m})`, responsibleId: people[2], reserveId: people[1] });
      await call(host, 'safetyPlan.saveVersion', { caseId, meetingId: meeting.id });
    }
    await call(host, 'meetings.end', { id: meeting.id });
  }
  return caseId;
}

export async function measureSafetyPlanRender(results: Results, runs = 7): Promise<void> {
  if (!chromiumExecutable()) {
    results.safety_plan_render_ms = null;
    results.safety_plan_screen_ms = null;
    return;
  }
  const host = await startHost();
  try {
    const caseId = await writePlan(host);
    const browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Sager' }).waitFor();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
      const elapsed = (await page.evaluate(`new Promise((resolve) => {
        const started = performance.now();
        window.location.hash = '/cases/${caseId}/safety-plan';
        const check = () => document.querySelectorAll('article.rule-card').length >= ${SAFETY_RULES}
          && document.querySelectorAll('.rule-card__reviews li').length >= ${SAFETY_RULES * SAFETY_REVIEWS}
          ? requestAnimationFrame(() => resolve(performance.now() - started))
          : requestAnimationFrame(check);
        check();
      })`)) as number;
      samples.push(elapsed);
      await page.evaluate(() => (window.location.hash = '/cases'));
      await page.getByRole('heading', { name: 'Sager' }).waitFor();
    }
    results.safety_plan_render_ms = Math.round(summarize(samples).median * 10) / 10;

    const screen = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await screen.goto(`${host.url}#/cases/${caseId}/safety-plan/present`);
    await screen.locator('.screen-page__counter').waitFor();
    const steps: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const started = performance.now();
      await call(host, 'safetyPlan.showPage', { caseId, page: i });
      await screen.locator('.screen-page__counter', { hasText: new RegExp(`^${i + 1}/`) }).waitFor();
      steps.push(performance.now() - started);
    }
    results.safety_plan_screen_ms = Math.round(summarize(steps).median * 10) / 10;
    await browser.close();
  } finally {
    await host.stop();
  }
}
