import { describe, expect, it } from 'vitest';
import { checkSmart, SMART_CRITERIA, SMART_GUIDANCE, textFlags, vaguePhrasesIn, type SmartCriterion } from './smart';

type Row = [goal: string, specific: boolean, measurable: boolean, timeBound: boolean];

/** Danish goals as a worker might write them, good and bad: [text, S, M, T]. */
const GOALS: Row[] = [
  ['Oliver møder i skole kl. 8.00 alle skoledage inden uge 24', true, true, true],
  ['Oliver kommer i skole mindst fire dage om ugen inden sommerferien', true, true, true],
  ['Mor følger Oliver til skolebussen hver morgen frem til 1. juni', true, true, true],
  ['Oliver går i seng senest kl. 21 på skoledage inden næste møde', true, true, true],
  ['Oliver har under 10 % fravær i perioden frem til 30.06.2026', true, true, true],
  ['Mormor henter Oliver fra fritidsklub to gange om ugen inden uge 12', true, true, true],
  ['Oliver deltager i fodboldtræning hver tirsdag og torsdag frem til jul', true, true, true],
  ['Oliver spiser morgenmad hjemme hver dag inden for seks uger', true, true, true],
  ['Far ringer til Oliver hver søndag aften indtil udgangen af maj', true, true, true],
  ['Sofie laver lektier med sin mentor to gange om ugen i løbet af 8 uger', true, true, true],
  ['Emil fortæller sin kontaktperson om sin uge hver fredag inden 1.9', true, true, true],
  ['Forældrene deltager i tre forældresamtaler med skolen inden skoleårets slutning', true, true, true],
  ['Oliver skal arbejde på at komme mere i skole', false, false, false],
  ['Forbedre Olivers trivsel', false, false, false],
  ['Have fokus på familiens samarbejde med skolen', false, false, false],
  ['Styrke mors forældrekompetencer', false, false, false],
  ['Understøtte Oliver i skolen', false, false, false],
  ['Oliver skal trives bedre', false, false, false],
  ['Mere skolegang', false, false, false],
  ['Oliver skal arbejde på sit fremmøde inden sommerferien', false, false, true],
  ['Forbedre fremmødet til 90 % inden uge 26', false, true, true],
  ['Familien skal have fokus på sengetider hver aften inden næste møde', false, true, true],
  ['Oliver møder i skole hver dag', true, true, false],
  ['Sofie spiser frokost i skolen sammen med en klassekammerat', true, true, false],
  ['Mor og Oliver cykler til skole sammen tre gange om ugen', true, true, false],
  ['Oliver får en god relation til sin lærer inden jul', true, false, true],
  ['Oliver får en tryg hverdag med faste rammer inden 1. august', true, false, true],
  ['Oliver har en voksen, han er tryg ved, i klassen', true, false, false],
  ['Der skabes ro omkring Olivers morgener', true, false, false],
  ['Udvikle Olivers sociale kompetencer i løbet af efteråret', false, false, false],
  ['Styrke netværket omkring familien inden 15.03.2027', false, false, true],
  ['Oliver mødes med PPR-psykologen to gange i uge 10', true, true, true],
  ['Emil bor fortsat hjemme og er i skole alle skoledage i 2026', true, true, true],
];

function verdict(goal: string, criterion: SmartCriterion): boolean {
  return checkSmart({ text: goal }).verdicts.find((v) => v.criterion === criterion)!.met;
}

describe('SMART check on Danish goals', () => {
  it('has at least 30 example goals, good and bad', () => {
    expect(GOALS.length).toBeGreaterThanOrEqual(30);
    expect(GOALS.some(([, s, m, t]) => s && m && t)).toBe(true);
    expect(GOALS.some(([, s, m, t]) => !s && !m && !t)).toBe(true);
  });

  it.each(GOALS)('»%s« → Specifik %s, Målbar %s, Tidsbestemt %s', (goal, s, m, t) => {
    expect({ specific: verdict(goal, 'specific'), measurable: verdict(goal, 'measurable'), timeBound: verdict(goal, 'timeBound') }).toEqual({
      specific: s,
      measurable: m,
      timeBound: t,
    });
  });
});

describe('SMART messages and user marks', () => {
  it('names the vague verb in Danish', () => {
    const s = checkSmart({ text: 'Oliver skal arbejde på at komme mere i skole' }).verdicts[0]!;
    expect(s.message).toContain('»arbejde på«');
  });

  it('a deadline field makes any goal time-bound', () => {
    expect(verdict('Oliver møder i skole hver dag', 'timeBound')).toBe(false);
    const withDeadline = checkSmart({ text: 'Oliver møder i skole hver dag', deadline: '2026-06-19' });
    expect(withDeadline.verdicts.find((v) => v.criterion === 'timeBound')!.met).toBe(true);
  });

  it('Attraktiv and Realistisk are met only when the user marks them', () => {
    const text = 'Oliver møder i skole kl. 8.00 alle skoledage inden uge 24';
    expect(checkSmart({ text }).allMet).toBe(false);
    expect(checkSmart({ text }).metCount).toBe(3);
    expect(checkSmart({ text, attractive: true, realistic: true }).allMet).toBe(true);
  });

  it('flags only what text can show; the marks are the user’s', () => {
    expect(textFlags({ text: 'Forbedre Olivers trivsel' })).toEqual(['specific', 'measurable', 'timeBound']);
    expect(textFlags({ text: 'Oliver møder i skole kl. 8.00 alle skoledage inden uge 24' })).toEqual([]);
  });

  it('does not mistake a word containing a vague verb for the verb', () => {
    expect(vaguePhrasesIn('Oliver får styrketræning hver mandag')).toEqual([]);
    expect(vaguePhrasesIn('Vi vil styrke samarbejdet')).toEqual(['styrke']);
  });

  it('has one line of Danish guidance per criterion', () => {
    for (const criterion of SMART_CRITERIA) expect(SMART_GUIDANCE[criterion]).toMatch(/\?|\./);
  });
});
