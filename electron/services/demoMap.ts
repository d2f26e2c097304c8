import type { MapPart } from '../../shared/domain/map';
import type { ServiceContext } from './context';
import { addHouseItem } from './childHouses';
import { addItem, getMap, moveMapItem, pairItems, setWellbeing, updateItem } from './map';
import { getScaling, setScore } from './scaling';

type Person = { participantId: string; name: string };

/**
 * Oliver's map (fictional): the held meeting gets a realistic map in all parts (one fortroligt item, a danger
 * statement paired with its safety goal), four people's scaling, his Three Houses in a 9-year-old's words and
 * "faldende trivsel"; the follow-up starts from that map and shows change: three items changed, two scores moved.
 */
export function loadDemoMap(ctx: ServiceContext, caseId: string): void {
  const meetings = ctx.db
    .prepare(`SELECT id FROM meetings WHERE case_id = ? AND status <> 'cancelled' ORDER BY starts_at LIMIT 2`)
    .all(caseId) as { id: string }[];
  const [first, followUp] = meetings;
  if (!first) return;
  const people = getMap(ctx, first.id).people;
  const who = (name: string): string | null => people.find((p: Person) => p.name.startsWith(name))?.participantId ?? null;
  const item = (part: MapPart, text: string, saidBy: string | null, confidential = false) =>
    addItem(ctx, { meetingId: first.id, part, text, saidBy: saidBy ? who(saidBy) : null, confidential });

  item('harm', 'Oliver har 18 % fravær siden sommerferien, mest om mandagen.', 'Lars');
  item('harm', 'Oliver er flere gange kommet i skole uden madpakke og meget træt.', 'Lars');
  item('complicating_factors', 'Morgenerne er kampe derhjemme, især mandag, og mor er alene om dem.', 'Camilla');
  item('complicating_factors', 'Oliver får ondt i maven søndag aften og mandag morgen.', 'Camilla');
  item('complicating_factors', 'Camilla er selv sygemeldt og har svært ved at komme op om morgenen.', 'Camilla', true);
  const danger = item(
    'danger_statements',
    'Hvis Oliver bliver ved med at være meget væk, er vi bekymrede for, at han kommer så langt bagud og mister sine kammerater, at han til sidst ikke vil i skole.',
    null,
  );
  item('strengths', 'Oliver er glad for fodbold og kommer til træning hver tirsdag og torsdag.', 'Kim');
  item('strengths', 'Oliver er glad og deltagende, når han først er i skole, og han stoler på Lars.', 'Lars');
  item('strengths', 'Mormor vil gerne hjælpe mere, end hun gør i dag.', 'Birthe');
  item('existing_safety', 'Mormor henter Oliver om onsdagen og laver aftensmad.', 'Birthe');
  item('existing_safety', 'Kim ser Oliver to gange om ugen og siger til, hvis noget er galt.', 'Kim');
  item('existing_safety', 'Lars ringer til mor, hvis Oliver ikke er mødt kl. 8.15.', 'Lars');
  const goal = item('safety_goals', 'Oliver er i skole hver dag, og der er en voksen, der hjælper ham af sted om morgenen.', null);
  pairItems(ctx, { dangerId: danger.id, goalId: goal.id });
  item('next_steps', 'Mormor Birthe henter Oliver mandag morgen kl. 7.30 og følger ham i skole.', 'Birthe');
  item('next_steps', 'Lars sætter Oliver ved siden af Noah og sender en sms til Camilla fredag.', 'Lars');
  item('next_steps', 'Sara ser Oliver i klassen før næste møde.', 'Sara');
  item('next_steps', 'Mette bestiller en samtale med sundhedsplejersken om mavepinen.', 'Mette');

  const scores: [string, number, number][] = [
    ['Camilla', 4, 6],
    ['Lars', 5, 6],
    ['Birthe', 5, 5],
    ['Mette', 4, 4],
  ];
  const question = getScaling(ctx, first.id).questions[0]!;
  for (const [name, value] of scores) {
    const id = who(name);
    if (id) setScore(ctx, { questionId: question.id, participantId: id, value });
  }

  const houses: ['worries' | 'good_things' | 'dreams', string, boolean][] = [
    ['worries', 'Når mor er ked af det om morgenen, har jeg ikke lyst til at gå.', false],
    ['worries', 'Matematik er svært, og jeg får ondt i maven om morgenen.', true],
    ['worries', 'Når jeg kommer for sent, kigger alle på mig.', true],
    ['good_things', 'Fodbold om tirsdagen og torsdagen. Det er det bedste.', true],
    ['good_things', 'Mormors frikadeller om onsdagen.', true],
    ['good_things', 'Min kat, Simba.', true],
    ['dreams', 'At jeg scorer i kampen på lørdag, og alle ser det.', true],
    ['dreams', 'At mor er glad, og vi spiser morgenmad sammen.', false],
    ['dreams', 'At jeg må sidde ved siden af Noah.', true],
  ];
  for (const [house, text, shown] of houses) addHouseItem(ctx, { meetingId: first.id, house, text, shown });
  setWellbeing(ctx, { meetingId: first.id, level: 'declining' });

  if (!followUp) return;
  const copied = getMap(ctx, followUp.id).items;
  const copyOf = (start: string) => copied.find((i) => i.text.startsWith(start))!;
  updateItem(ctx, { id: copyOf('Oliver har 18 %').id, text: 'Fraværet er faldet: Oliver har været væk 2 dage siden sidste møde.' });
  updateItem(ctx, { id: copyOf('Oliver får ondt i maven').id, text: 'Oliver har sjældnere ondt i maven om morgenen, mest når der er læsning.' });
  const escort = copyOf('Mormor Birthe henter');
  moveMapItem(ctx, { id: escort.id, part: 'existing_safety', index: 0 });
  updateItem(ctx, { id: escort.id, text: 'Mormor Birthe henter Oliver mandag morgen – det har virket hver gang.' });
  const followQuestion = getScaling(ctx, followUp.id).questions[0]!;
  for (const [name, , value] of scores) {
    const id = who(name);
    if (id) setScore(ctx, { questionId: followQuestion.id, participantId: id, value });
  }
}
