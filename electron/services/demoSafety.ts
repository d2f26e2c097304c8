import type { ServiceContext } from './context';
import { addPage, saveStory, saveStoryVersion } from './childStory';
import { DEMO_DRAWINGS } from './demoDrawings';
import { getSafetyPlan, safetyPlanHandlers } from './safetyPlan';
import { setMember } from './safetyNetwork';
import { addRule } from './safetyPlanRules';

/**
 * Oliver's safety plan and Barnets bog (fictional): his mother, mormor Birthe and the football coach hold the
 * everyday rules that get him to school, agreed as version 1 at the held meeting; a five-page story with drawings,
 * written with his mother and mormor.
 */
export function loadDemoSafety(ctx: ServiceContext, caseId: string): void {
  const held = ctx.db.prepare(`SELECT id, starts_at FROM meetings WHERE case_id = ? AND status = 'held' ORDER BY starts_at LIMIT 1`).get(caseId) as
    | { id: string; starts_at: string }
    | undefined;
  const people = ctx.db.prepare('SELECT id, name FROM participants WHERE case_id = ?').all(caseId) as { id: string; name: string }[];
  const who = (name: string) => people.find((p) => p.name.startsWith(name))?.id;
  const [camilla, birthe, kim] = [who('Camilla'), who('Birthe'), who('Kim')];
  if (!held || !camilla || !birthe || !kim) return;
  const startsOn = held.starts_at.slice(0, 10);
  safetyPlanHandlers['safetyPlan.save'](ctx, { caseId, context: 'at_home', purpose: 'Oliver kommer i skole hver dag og har en god morgen', startsOn, expectedMonths: 6, endedOn: null, endNote: '' });
  setMember(ctx, { caseId, participantId: camilla, agreedTo: 'Siger det til mormor senest kl. 7, hvis morgenen bliver svær', joinedOn: startsOn });
  setMember(ctx, { caseId, participantId: birthe, agreedTo: 'Henter Oliver kl. 7.30, når mor ikke kan', joinedOn: startsOn });
  setMember(ctx, { caseId, participantId: kim, agreedTo: 'Spørger Oliver til skolen efter træning og siger til, hvis noget er galt', joinedOn: startsOn });
  const danger = getSafetyPlan(ctx, caseId).mapOptions.find((o) => o.part === 'danger_statements')?.id ?? null;
  const goal = getSafetyPlan(ctx, caseId).mapOptions.find((o) => o.part === 'safety_goals')?.id ?? null;
  const rule = (fields: Omit<Parameters<typeof addRule>[1], 'caseId' | 'professionalNote'>) => addRule(ctx, { caseId, professionalNote: '', ...fields });
  rule({
    situation: 'Hvis mor ikke kan komme op om morgenen',
    action: 'sender mor en sms til mormor Birthe senest kl. 7, og Birthe henter Oliver kl. 7.30',
    responsibleId: birthe,
    reserveId: camilla,
    childKnows: 'Oliver ved, at mormor kommer, når mor er træt. Han har mormors nummer i sin telefon.',
    networkChecks: 'Birthe skriver til Mette hver fredag, hvor mange morgener hun har hentet.',
    mapItemId: danger,
  });
  rule({
    situation: 'Hvis Oliver har ondt i maven mandag morgen',
    action: 'følger mor ham i skole og siger det til Lars, som holder øje med ham i første time',
    responsibleId: camilla,
    reserveId: birthe,
    childKnows: 'Oliver må sige til Lars, hvis maven gør ondt, og får lov at sidde ved Noah.',
    networkChecks: 'Mor og Lars skriver sammen fredag om ugen, der gik.',
    mapItemId: goal,
  });
  rule({
    situation: 'Hvis Oliver ikke kommer til træning',
    action: 'ringer Kim til mor samme aften og spørger, hvordan det går',
    responsibleId: kim,
    reserveId: null,
    childKnows: 'Oliver ved, at Kim spørger, fordi han gerne vil have ham med.',
    networkChecks: 'Kim fortæller det på næste møde.',
    mapItemId: null,
  });
  safetyPlanHandlers['safetyPlan.setStages'](ctx, {
    caseId,
    stages: [
      { fromMonth: 1, involvement: 'close', professionalsDo: 'Mette ringer til mor hver mandag', networkTakesOver: 'Mormor henter, når mor ikke kan' },
      { fromMonth: 3, involvement: 'light', professionalsDo: 'Mette følger op ved møderne', networkTakesOver: 'Mor, mormor og Kim holder reglerne selv' },
      { fromMonth: 5, involvement: 'network_alone', professionalsDo: '', networkTakesOver: 'Familien og netværket klarer morgenerne' },
    ],
  });
  safetyPlanHandlers['safetyPlan.saveVersion'](ctx, { caseId, meetingId: held.id });

  saveStory(ctx, { caseId, title: 'Olivers bog', writtenBy: 'Mor og mormor sammen med Mette fra kommunen' });
  const pages: [string, Buffer | null][] = [
    ['Oliver bor sammen med mor i Nordby. Oliver elsker fodbold.', DEMO_DRAWINGS.football()],
    ['Nogle morgener er mor meget træt. Så er det svært at komme i skole.', DEMO_DRAWINGS.morning()],
    ['Lars og Mette blev bekymrede, da Oliver var meget væk fra skolen. Nu hjælper de voksne sammen.', DEMO_DRAWINGS.adults()],
    ['Når mor er træt, kommer mormor kl. 7.30. Så går Oliver og mormor i skole sammen.', DEMO_DRAWINGS.school()],
    ['Det er ikke Olivers skyld. De voksne passer på, at morgenerne bliver gode.', null],
  ];
  for (const [text, png] of pages) addPage(ctx, { caseId, text, image: png ? { kind: 'drawing', data: png.toString('base64') } : null });
  saveStoryVersion(ctx, { caseId, meetingId: held.id });
}
