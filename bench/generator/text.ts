import type { Random } from './random';
import { vocabulary } from './vocabulary';

/**
 * Danish-like meeting text of realistic shape: short sentences about school, home, mornings, friends and the
 * network, as a facilitator writes them during an inddragende netværksmøde. Deterministic for a given Random.
 */
const who = ['Mor', 'Far', 'Mormor', 'Farmor', 'Morfar', 'Læreren', 'Pædagogen', 'Fodboldtræneren', 'PPR-psykologen', 'Sundhedsplejersken', 'Socialrådgiveren', 'Naboen', 'Storesøster', 'Onklen', 'Kontaktpersonen'];
const says = ['fortæller', 'oplever', 'siger', 'har set', 'er bekymret for', 'er glad for', 'mener', 'beskriver', 'har bemærket', 'foreslår'];
const about = [
  'at morgenerne er svære, og at han ofte kommer for sent i skole',
  'at hun sover dårligt og er træt i timerne',
  'at fraværet er steget siden efterårsferien',
  'at han har fået en god ven i klassen',
  'at fodboldtræningen om tirsdagen giver ro i ugen',
  'at lektierne bliver lavet hos mormor om onsdagen',
  'at der har været konflikter i frikvartererne',
  'at skoleskemaet skal være tydeligt og forudsigeligt',
  'at mor har brug for aflastning i weekenderne',
  'at barnet trives bedre, når dagene har faste rutiner',
  'at samarbejdet mellem hjem og skole er blevet bedre',
  'at han græder, når han skal afleveres om morgenen',
  'at hun selv ønsker at komme mere i klubben',
  'at far gerne vil være mere med i hverdagen',
  'at netværket kan hjælpe med kørsel til træning',
  'at maden i madpakken ofte mangler',
  'at barnet bliver urolig, når der er vikar',
  'at de gode dage især er dem med idræt og svømning',
  'at der er brug for en fast voksen i skolestarten',
  'at søvnen er blevet bedre efter aftenrutinen',
];
const connectors = ['Derudover', 'Samtidig', 'Til gengæld', 'Desuden', 'Det betyder', 'Alle er enige om', 'Vi aftaler', 'Det er vigtigt'];
const follow = [
  'at vi følger op på det ved næste møde',
  'at skolen og hjemmet taler sammen hver fredag',
  'at mormor henter to dage om ugen',
  'at træneren sender besked, hvis han ikke kommer',
  'at PPR observerer i klassen inden næste møde',
  'at familien prøver en ny morgenrutine i tre uger',
  'at barnet selv får lov at vælge en aktivitet',
  'at vi ser på fraværet uge for uge',
];

/** A few words from the wider vocabulary, skewed toward common ones (Zipf-like), so the index has a realistic spread. */
function context(random: Random): string {
  const n = random.int(3, 8);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(vocabulary[Math.floor(vocabulary.length * random.next() ** 2)]!);
  return words.join(' ');
}

export function sentence(random: Random, child: string): string {
  if (random.chance(0.25)) return `${random.pick(connectors)}, ${random.pick(follow)}.`;
  const text = random.pick(about).replace(/\b(han|hun|barnet)\b/, () => child);
  return `${random.pick(who)} ${random.pick(says)}, ${text} – ${context(random)}.`;
}

/** About `words` words of text, split into paragraphs. */
export function paragraphs(random: Random, child: string, words: number): string[] {
  const result: string[] = [];
  let count = 0;
  let current: string[] = [];
  while (count < words) {
    const s = sentence(random, child);
    current.push(s);
    count += s.split(' ').length;
    if (current.length >= random.int(3, 6)) {
      result.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) result.push(current.join(' '));
  return result;
}

export const childNames = ['Oliver', 'Noah', 'William', 'Emil', 'Lucas', 'Victor', 'Malthe', 'Alfred', 'Carl', 'Oscar', 'Ida', 'Emma', 'Sofie', 'Freja', 'Alma', 'Clara', 'Ella', 'Laura', 'Karla', 'Asta', 'A.K.', 'M.L.', 'J.S.', 'T.B.'];
export const adultFirstNames = ['Mette', 'Jonas', 'Hanne', 'Lars', 'Pia', 'Søren', 'Anne', 'Peter', 'Kirsten', 'Jens', 'Louise', 'Mads', 'Birgit', 'Henrik', 'Camilla', 'Rasmus', 'Trine', 'Bo', 'Lene', 'Ole'];
export const surnames = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Østergaard', 'Holm', 'Ærø'];
