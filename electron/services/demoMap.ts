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

  item('harm', 'Oliver har været væk fra skolen 38 dage i dette skoleår, mest mandage.', 'Lars');
  item('harm', 'Oliver er flere gange kommet i skole uden madpakke og meget træt.', 'Lars');
  item('complicating_factors', 'Mor møder tidligt på arbejde og er alene om morgenerne.', 'Camilla');
  item('complicating_factors', 'Oliver får ondt i maven søndag aften og mandag morgen.', 'Camilla');
  item('complicating_factors', 'Mor er i behandling for depression og har haft en svær periode.', 'Sara', true);
  const danger = item(
    'danger_statements',
    'Hvis Oliver bliver ved med at være meget væk, er vi bekymrede for, at han kommer så langt bagud og mister sine kammerater, at han til sidst ikke vil i skole.',
    null,
  );
  item('strengths', 'Oliver er glad for fodbold og kommer til træning hver tirsdag og torsdag.', 'Kim');
  item('strengths', 'Mor og Oliver har et tæt og kærligt forhold.', 'Sara');
  item('strengths', 'Mormor vil gerne hjælpe mere, end hun gør i dag.', 'Birthe');
  item('existing_safety', 'Mormor henter Oliver om onsdagen og laver aftensmad.', 'Birthe');
  item('existing_safety', 'Lars ringer til mor, hvis Oliver ikke er mødt kl. 8.15.', 'Lars');
  const goal = item('safety_goals', 'Oliver er i skole hver dag, og der er en voksen, der hjælper ham af sted om morgenen.', null);
  pairItems(ctx, { dangerId: danger.id, goalId: goal.id });
  item('next_steps', 'Mormor følger Oliver i skole mandag og onsdag.', 'Birthe');
  item('next_steps', 'Sara undersøger, om Oliver har læsevanskeligheder.', 'Sara');
  item('next_steps', 'Mette indkalder til opfølgningsmøde om 6 uger.', 'Mette');

  const scores: [string, number, number][] = [
    ['Camilla', 5, 6],
    ['Lars', 3, 5],
    ['Sara', 4, 4],
    ['Mette', 4, 4],
  ];
  const question = getScaling(ctx, first.id).questions[0]!;
  for (const [name, value] of scores) {
    const id = who(name);
    if (id) setScore(ctx, { questionId: question.id, participantId: id, value });
  }

  const houses: ['worries' | 'good_things' | 'dreams', string, boolean][] = [
    ['worries', 'Når mor er ked af det om morgenen, har jeg ikke lyst til at gå.', false],
    ['worries', 'Jeg kan ikke finde ud af at læse højt i klassen.', true],
    ['worries', 'Mathias driller mig i frikvarteret.', true],
    ['good_things', 'Fodbold med Kim og holdet.', true],
    ['good_things', 'Mormors frikadeller om onsdagen.', true],
    ['good_things', 'Min kat, Simba.', true],
    ['dreams', 'At jeg scorer i kampen på lørdag, og alle ser det.', true],
    ['dreams', 'At mor er glad, og vi spiser morgenmad sammen.', false],
    ['dreams', 'At jeg kan læse Harry Potter helt selv.', true],
  ];
  for (const [house, text, shown] of houses) addHouseItem(ctx, { meetingId: first.id, house, text, shown });
  setWellbeing(ctx, { meetingId: first.id, level: 'declining' });

  if (!followUp) return;
  const copied = getMap(ctx, followUp.id).items;
  const copyOf = (start: string) => copied.find((i) => i.text.startsWith(start))!;
  updateItem(ctx, { id: copyOf('Oliver har været væk').id, text: 'Oliver har været væk fra skolen 4 dage siden sidste møde – før var det næsten hver mandag.' });
  updateItem(ctx, { id: copyOf('Oliver får ondt i maven').id, text: 'Oliver har sjældnere ondt i maven om morgenen, mest når der er læsning.' });
  const escort = copyOf('Mormor følger Oliver');
  moveMapItem(ctx, { id: escort.id, part: 'existing_safety', index: 0 });
  updateItem(ctx, { id: escort.id, text: 'Mormor følger Oliver i skole mandag og onsdag – det har virket hver gang.' });
  const followQuestion = getScaling(ctx, followUp.id).questions[0]!;
  for (const [name, , value] of scores) {
    const id = who(name);
    if (id) setScore(ctx, { questionId: followQuestion.id, participantId: id, value });
  }
}
