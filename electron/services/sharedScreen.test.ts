import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DENSE_NOW, PLAN_GOALS, seedDenseMeeting, type Call, type DenseMeeting } from '../../e2e/denseMeeting';
import { createTestHost, type TestHost } from '../testing';

/**
 * The shared screen receives only what it shows (issue 15, and issue 19 point 7): the host's answers to the
 * shared-screen window carry no task drafts, no attendance records, no notes of phases not shown and nothing
 * fortroligt, whatever the view.
 */
let test: TestHost;
let dense: DenseMeeting;
const call: Call = async (channel, input = {}) => (await test.host.call(channel, input)) as never;
async function value<T>(channel: string, input: unknown): Promise<T> {
  const result = await call<T>(channel, input);
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

beforeAll(async () => {
  test = createTestHost({ now: DENSE_NOW });
  dense = await seedDenseMeeting(call);
}, 60_000);
afterAll(() => test.close());

/** Every key path of a JSON value (array elements share one path), to compare against what the view renders. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((v) => keyPaths(v, `${prefix}[]`)))];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...keyPaths(v, path)];
    });
  }
  return [];
}

async function presenterAt(kind: keyof DenseMeeting['phases']) {
  await value('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases[kind] });
  return value<Record<string, unknown>>('meetings.presenter', { id: dense.meetingId });
}

describe('meetings.presenter', () => {
  it('never carries task drafts, fortrolige notes, other phases\' notes or the attendance records', async () => {
    for (const kind of Object.keys(dense.phases) as (keyof DenseMeeting['phases'])[]) {
      const json = JSON.stringify(await presenterAt(kind));
      for (const secret of dense.secrets) expect(json, `${kind}: ${secret}`).not.toContain(secret);
      expect(json, kind).not.toMatch(/"(taskDrafts|attendance|notes|edits|participantId|status":"absent)"/);
      // Only the shown phase's shared note: the family perspective's note is not in the network phase's answer.
      if (kind !== 'family_perspective') expect(json, kind).not.toContain('morgenerne er det sværeste');
    }
  });

  it('answers the welcome with exactly what the welcome shows', async () => {
    const view = await presenterAt('welcome');
    expect(keyPaths(view).sort()).toEqual(
      [
        'meetingId', 'caseId', 'childName', 'title', 'status', 'mode', 'available', 'phaseCount',
        'phase', 'phase.id', 'phase.kind', 'phase.title', 'phase.position', 'phase.question',
        'phases', 'phases[].id', 'phases[].kind', 'phases[].title', 'phases[].position', 'phases[].question',
        'present', 'present[].name', 'present[].byPhone', 'sharedNote',
        'content', 'content.kind', 'content.headings', 'content.headings.purpose', 'content.headings.agenda', 'content.purpose', 'content.agenda', 'content.agenda[].text', 'content.agenda[].proposedBy', 'content.leadName', 'content.noteTaker',
      ].sort(),
    );
  });

  it('lists the people present with the child first and names only', async () => {
    const view = (await presenterAt('welcome')) as { present: { name: string; byPhone: boolean }[] };
    expect(view.present.map((p) => p.name)).toEqual([
      'Aya', 'Sara Nørgaard', 'Jonas Hansen', 'Emil Nørgaard Hansen', 'Birthe Nørgaard', 'Mikkel Skovgaard-Pedersen',
      'Hanne Lund Mortensen', 'Peter Kjær', 'Lone Bach', 'Karin Mølgaard', 'Jens Thomsen', 'Mette Winther',
    ]);
    expect(view.present.find((p) => p.name === 'Jonas Hansen')?.byPhone).toBe(true);
  });

  it('answers the agreements, the review and the closing with who, what and when only', async () => {
    const agreements = await presenterAt('goals_agreements');
    expect(keyPaths(agreements.content).sort()).toEqual(['goals', 'agreements', 'agreements[].due', 'agreements[].what', 'agreements[].who', 'kind'].sort());
    const review = await presenterAt('since_last');
    expect(keyPaths(review.content).sort()).toEqual(['items', 'items[].outcome', 'items[].what', 'items[].who', 'kind'].sort());
    const closing = await presenterAt('closing');
    expect(keyPaths(closing.content).sort()).toEqual(
      [
        'kind', 'headings', 'headings.agreements', 'headings.next', 'headings.contact', 'agreements', 'agreements[].who', 'agreements[].what', 'agreements[].due',
        'next', 'next.date', 'next.time', 'next.place', 'contact', 'contact.name', 'contact.phone',
      ].sort(),
    );
  });
});

describe('the goals beside the agreements', () => {
  it("shows the plan's active goals in the family's words, not a delmål and not one reached or dropped", async () => {
    const goal = await value<{ id: string }>('plan.addGoal', { caseId: dense.caseId, text: 'Aya kommer i skole hver dag' });
    await value('plan.addGoal', { caseId: dense.caseId, parentId: goal.id, text: 'Delmål: mor vækker Aya kl. 7' });
    const reached = await value<{ id: string }>('plan.addGoal', { caseId: dense.caseId, text: 'Aya går til fodbold igen' });
    await value('plan.updateGoal', { id: reached.id, text: 'Aya går til fodbold igen', status: 'reached' });
    const agreements = await presenterAt('goals_agreements');
    expect((agreements.content as { goals: string[] }).goals).toEqual([...PLAN_GOALS, 'Aya kommer i skole hver dag']);
  });
});

describe('map.presenter and networkMap.presenter', () => {
  it('send the map\'s shown items with their text, part, who said it and the paired goal only', async () => {
    const page = await value<{ content: unknown }>('map.presenter', { meetingId: dense.meetingId });
    const json = JSON.stringify(page);
    for (const secret of dense.secrets) expect(json).not.toContain(secret);
    const paths = keyPaths(page.content);
    expect(paths.filter((path) => !path.startsWith('labels.')).sort()).toEqual(['kind', 'focus', 'labels', 'items', 'items[].id', 'items[].part', 'items[].text', 'items[].saidBy', 'items[].goalId'].sort());
  });

  it('sends the network map\'s names, roles and closeness, nothing about contact or notes', async () => {
    const page = await value<{ content: unknown }>('networkMap.presenter', { caseId: dense.caseId });
    const json = JSON.stringify(page);
    expect(json).not.toMatch(/41 22 33 44|"phone"|"email"|"note"|"organisation"|"placed"/);
    expect(keyPaths(page.content).sort()).toEqual(
      ['kind', 'childName', 'nodes', 'nodes[].id', 'nodes[].name', 'nodes[].role', 'nodes[].roleDetail', 'nodes[].group', 'nodes[].ring', 'nodes[].angle', 'nodes[].tie'].sort(),
    );
  });
});

describe('the family\'s words', () => {
  it('follow the case\'s wording and the municipality\'s changes, and a reworded map question shows on the shared screen too', async () => {
    const labelsOf = async () => ((await value<{ content: { labels: Record<string, string> } }>('map.presenter', { meetingId: dense.meetingId })).content.labels);
    expect((await labelsOf()).harm).toBe('Det, der er sket');
    await value('map.saveSettings', { labels: { safety: { worries: 'Hvad bekymrer os?', harm: 'Hændelser' } }, wellbeingHints: {}, familyWords: { safety: { harm: 'Det, der skete' } } });
    const labels = await labelsOf();
    expect(labels.harm).toBe('Det, der skete');
    expect(labels.worries).toBe('Hvad bekymrer os?');
    expect(JSON.stringify(labels)).not.toContain('Hændelser');
    await value('map.setWording', { caseId: dense.caseId, wording: 'wellbeing' });
    expect((await labelsOf()).danger_statements).toBe('Det, vi er bekymrede for, kan ske, hvis intet ændrer sig');
    // Saving without the family's words (an older window) keeps them.
    await value('map.saveSettings', { labels: {}, wellbeingHints: {} });
    expect((await value<{ familyWords: unknown }>('map.settings', {})).familyWords).toEqual({ safety: { harm: 'Det, der skete' } });
    await value('map.saveSettings', { labels: {}, wellbeingHints: {}, familyWords: {} });
    await value('map.setWording', { caseId: dense.caseId, wording: 'safety' });
  });
});
