import { describe, expect, it } from 'vitest';
import { checkSmart, SMART_CRITERIA, SMART_GUIDANCE, textFlags, vaguePhrasesIn, type SmartCriterion } from './smart';

type Row = [goal: string, specific: boolean, measurable: boolean, timeBound: boolean];

/**
 * Goals as Danish workers write them in barnets plan and at network meetings, and the verdict a practitioner
 * trained in SMART (seed 001, footnote 9) gives each: [text, Specifik, Målbar, Tidsbestemt].
 * Specifik: someone does something. Målbar: a number, a frequency or something one sees happen. Tidsbestemt: a
 * date, a week, a period or a meeting — not a clock time, and not "inden han går i skole".
 */
const GOALS: Row[] = [
  // The examples from practice that the first rules got wrong (issue 17).
  ['Mor følger Clara i skole hver tirsdag og torsdag frem til 28.01.2027', true, true, true],
  ['Clara afleverer sine lektier til læreren hver fredag, senest 20.12.2026', true, true, true],
  ['Der skal være mindre konflikt derhjemme', false, false, false],
  ['Clara skal have det godt', false, false, false],
  // Time: dates, weeks, periods, meetings, durations.
  ['Oliver møder i skole kl. 8.00 alle skoledage inden uge 24', true, true, true],
  ['Clara møder i skole 4 ud af 5 dage i uge 14–19', true, true, true],
  ['Oliver har højst to fraværsdage om måneden resten af året', true, true, true],
  ['Mormor henter Clara fra SFO to gange om ugen de næste tre måneder', true, true, true],
  ['Far ringer til Clara hver søndag kl. 18 til næste møde', true, true, true],
  ['Clara går i seng senest kl. 20.30 på skoledage inden sommerferien', true, true, true],
  ['Forældrene deltager i tre samtaler med familiebehandleren inden 1. marts', true, true, true],
  ['Emil er i praktik hos tømreren tre dage om ugen frem til 1. august', true, true, true],
  ['Sofie spiser frokost med en klassekammerat tre gange om ugen inden uge 40', true, true, true],
  ['Malthe deltager i håndboldtræning hver mandag og onsdag resten af skoleåret', true, true, true],
  ['Mor og far taler med skolen i telefon hver anden fredag inden jul', true, true, true],
  ['Clara sover hjemme hos mormor hver anden weekend i de næste 8 uger', true, true, true],
  ['Oliver står selv op kl. 7.00 med sit eget vækkeur på alle skoledage inden næste møde', true, true, true],
  ['Skolen ringer til mor senest kl. 8.15, hvis Clara ikke er mødt, frem til efterårsferien', true, true, true],
  ['Mor tager Clara med til tandlægen senest 15.11.2026', true, true, true],
  ['Far melder Oliver til fodbold inden 1.9', true, true, true],
  ['Clara bruger sin sovekalender hver aften i uge 10–15', true, true, true],
  ['Emil møder til aftalt tid hos sin mentor 9 ud af 10 gange i løbet af de næste seks uger', true, true, true],
  ['Mor drikker ikke alkohol, når hun er alene med Clara, resten af året', true, true, true],
  ['Familien spiser aftensmad sammen mindst fem dage om ugen frem til næste opfølgningsmøde', true, true, true],
  ['Oliver bliver i klassen hele skoledagen fire dage om ugen inden påske', true, true, true],
  ['Clara har ulovligt fravær under 5 % i efteråret 2026', true, true, true],
  ['Mormor overnatter hos familien, når mor har nattevagt, til og med december', true, true, true],
  ['Lærer og forældre holder et kort møde hver 6. uge i skoleåret 2026/27', true, true, true],
  ['Clara laver lektier med mormor to gange om ugen inden sommerferien', true, true, true],
  ['Oliver træner med holdet hver onsdag i de næste tre måneder', true, true, true],
  ['Emil sover hjemme alle hverdage resten af året', true, true, true],
  ['Mor vækker Sofie kl. 7 hver skoledag til næste møde', true, true, true],
  ['Sofie møder i skole alle dage i uge 2–6', true, true, true],
  ['Far henter Malthe hver fredag kl. 15 indtil 31.12.2026', true, true, true],
  ['Clara læser 20 minutter hver aften i 6 uger', true, true, true],
  ['Clara ringer til sin mentor, når hun ikke kan sove, inden for de næste to måneder', true, true, true],
  ['Skolen sikrer, at Clara har en voksen i alle frikvarterer inden uge 45', true, true, true],
  ['Clara taler med sin kontaktperson om, hvordan ugen er gået, hver mandag frem til sommerferien', true, true, true],
  ['Mor kontakter lægen om Claras søvn senest i næste uge', true, true, true],
  ['Familiebehandleren kommer i hjemmet to aftener om ugen de næste 12 uger', true, true, true],
  ['Far ser Oliver hver anden weekend frem til næste møde', true, true, true],
  ['Oliver og mor laver en morgenrutine med billeder på køleskabet inden uge 12', true, true, true],
  ['Klasselæreren skriver til forældrene på Aula hver fredag inden juleferien', true, true, true],
  ['Mormor følger Clara til fritidsklubben om tirsdagen i resten af efteråret', true, true, true],
  // Measurable and specific, but no time: a clock time or "inden han går i skole" is not a deadline.
  ['Oliver møder i skole hver dag', true, true, false],
  ['Sofie spiser frokost i skolen sammen med en klassekammerat', true, true, false],
  ['Mor og Oliver cykler til skole sammen tre gange om ugen', true, true, false],
  ['Mormor henter Clara tirsdage og torsdage', true, true, false],
  ['Far ringer til Oliver hver søndag aften', true, true, false],
  ['Clara har højst to fraværsdage om måneden', true, true, false],
  ['Oliver er i skole 4 ud af 5 dage', true, true, false],
  ['Oliver spiser morgenmad hver dag inden han går i skole', true, true, false],
  ['Oliver møder kl. 8.00 i skolen hver dag', true, true, false],
  ['Mor og Clara går en tur sammen hver lørdag', true, true, false],
  ['Klasselæreren skriver til forældrene på Aula hver fredag senest kl. 14', true, true, false],
  ['Malthe og far spiller fodbold sammen hver søndag', true, true, false],
  // A direction without a number is not a measure.
  ['Oliver kommer oftere i skole', true, false, false],
  ['Oliver skal arbejde på at komme mere i skole', false, false, false],
  // Intentions, feelings and sentences without a person.
  ['Forbedre Olivers trivsel', false, false, false],
  ['Have fokus på familiens samarbejde med skolen', false, false, false],
  ['Styrke mors forældrekompetencer', false, false, false],
  ['Understøtte Clara i skolen', false, false, false],
  ['Oliver skal trives bedre', false, false, false],
  ['Mere skolegang', false, false, false],
  ['Clara føler sig tryg i klassen', false, false, false],
  ['Clara er tryg', false, false, false],
  ['Det skal gå bedre i skolen', false, false, false],
  ['Clara skal være glad, når hun kommer hjem fra skole', false, true, false],
  // Vague, yet time-bound (and sometimes measured).
  ['Clara skal have det godt i skolen inden sommerferien', false, false, true],
  ['Der skal være ro omkring Olivers morgener inden jul', false, false, true],
  ['Forbedre fremmødet til 90 % inden uge 26', false, true, true],
  ['Familien skal have fokus på sengetider hver aften inden næste møde', false, true, true],
  ['Styrke netværket omkring familien inden 15.03.2027', false, false, true],
  ['Udvikle Olivers sociale kompetencer i løbet af efteråret', false, false, true],
  ['Mindre konflikt mellem mor og far resten af året', false, false, true],
  ['Oliver får en god relation til sin lærer inden jul', false, false, true],
  ['Clara får en tryg hverdag med faste rammer inden 1. august', false, false, true],
  ['Bedre samarbejde mellem skole og hjem i 2027', false, false, true],
  ['Emil skal tage ansvar for sin skolegang inden næste møde', false, false, true],
  ['Skoledagen skal gå bedre for Clara inden jul', false, false, true],
];

function verdicts(goal: string): Record<'specific' | 'measurable' | 'timeBound', boolean> {
  const met = (criterion: SmartCriterion) => checkSmart({ text: goal }).verdicts.find((v) => v.criterion === criterion)!.met;
  return { specific: met('specific'), measurable: met('measurable'), timeBound: met('timeBound') };
}

describe('SMART check on Danish goals', () => {
  it('has at least 60 goals from practice, good and bad, each once', () => {
    expect(GOALS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(GOALS.map(([goal]) => goal)).size).toBe(GOALS.length);
    for (const criterion of [1, 2, 3] as const) {
      expect(GOALS.some((row) => row[criterion])).toBe(true);
      expect(GOALS.some((row) => !row[criterion])).toBe(true);
    }
  });

  it.each(GOALS)('»%s« → Specifik %s, Målbar %s, Tidsbestemt %s', (goal, s, m, t) => {
    expect(verdicts(goal)).toEqual({ specific: s, measurable: m, timeBound: t });
  });
});

describe('SMART messages and user marks', () => {
  const message = (text: string, criterion: SmartCriterion) => checkSmart({ text }).verdicts.find((v) => v.criterion === criterion)!.message;

  it('asks in plain Danish and names the vague verb', () => {
    expect(message('Oliver skal arbejde på at komme mere i skole', 'specific')).toBe(
      'Kan målet gøres mere konkret? »arbejde på« siger ikke, hvad der skal ske. Skriv, hvem der gør hvad.',
    );
  });

  it('asks who acts when nobody does, and what one sees when the goal is a feeling', () => {
    expect(message('Der skal være mindre konflikt derhjemme', 'specific')).toContain('Hvem skal gøre noget?');
    expect(message('Clara skal have det godt', 'specific')).toContain('»have det godt« kan man ikke se udefra');
  });

  it('asks »end hvad?« about a direction without a number', () => {
    expect(message('Oliver kommer oftere i skole', 'measurable')).toContain('»oftere« end hvad?');
  });

  it('offers Danish time expressions when there is no time', () => {
    expect(message('Oliver møder i skole hver dag', 'timeBound')).toContain('»inden sommerferien«');
  });

  it('a deadline field makes any goal time-bound', () => {
    expect(verdicts('Oliver møder i skole hver dag').timeBound).toBe(false);
    const withDeadline = checkSmart({ text: 'Oliver møder i skole hver dag', deadline: '2026-06-19' });
    expect(withDeadline.verdicts.find((v) => v.criterion === 'timeBound')!.met).toBe(true);
  });

  it('a date that is not a date (8.30, 10.45 after kl.) is not a deadline', () => {
    expect(verdicts('Clara spiser morgenmad hver dag kl. 7.15').timeBound).toBe(false);
    expect(verdicts('Clara spiser morgenmad hver dag 8.30').timeBound).toBe(false);
    expect(verdicts('Clara spiser morgenmad hver dag til 10.10').timeBound).toBe(true);
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
