/**
 * The Danish words the SMART check reads goals with (shared/domain/smart.ts). Kept apart from the rules so a
 * municipality's own phrasing can be added here without touching how the verdicts are reached.
 * Every regular expression works on lower-case text with single spaces and a space at each end.
 */

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
export const WEEKDAYS = 'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag';
/** Written-out numbers that count something ("to gange", "tre samtaler"); "en/et" are articles, so only "én". */
const COUNT_WORDS = 'én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|halvdelen|begge';
const DURATION_NUMBER = `\\d+|en|et|én|ét|${COUNT_WORDS}|et halvt|halvandet|halvanden`;
const DURATION_UNIT = 'dage|dag|uger|uge|måneder|måned|mdr\\.?|år|halvår';
/** Periods of the school and family year a goal can be reached by. */
const PERIODS =
  '(?:sommer|vinter|efterårs|påske|jule|pinse)?ferien|jul|julen|påske|påsken|nytår|skolestart|skoleårets (?:start|slutning|afslutning)|skoleåret|' +
  'sommeren|efteråret|foråret|vinteren|året|måneden|ugen|halvåret|semestret|konfirmationen|sommerferien';
const MEETINGS = '(?:næste|det næste|kommende|førstkommende) (?:møde|opfølgningsmøde|netværksmøde|opfølgning|statusmøde)|opfølgningsmødet|statusmødet';
const BY = 'inden|senest|før|frem til|indtil|til og med|til|ved|op til';
const DURING = 'i|i løbet af|resten af|hele|starten af|slutningen af|udgangen af|midten af|efter|fra';

/** A clock time ("kl. 8.00", "kl 20"): measurable, and never mistaken for a date or a deadline. */
export const CLOCK_TIME = /\bkl\.? ?\d{1,2}(?:[.:]\d{2})?\b/g;

/** A written date: "28.01.2027", "1.9", "3/4". Checked for a real day and month, so "8.30" is not a date. */
export const NUMERIC_DATE = /\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\b/g;

/** When the goal is to be reached, or the period it covers. Dates in figures are NUMERIC_DATE. */
export const TIME_PATTERNS: RegExp[] = [
  new RegExp(`\\b\\d{1,2}\\.? ?(?:${MONTHS})\\b`), // 1. juni
  new RegExp(`\\b(?:${BY}|${DURING}) (?:${MONTHS})\\b`), // inden marts, til og med december
  new RegExp(`\\b(?:${MONTHS}) (?:19|20)\\d\\d\\b`),
  /\b(?:19|20)\d\d\b/, // i 2027, skoleåret 2026/27
  /\buge ?\d{1,2}\b/, // uge 24, i uge 14–19
  new RegExp(`\\b(?:${BY}) (?:${MEETINGS})\\b`), // til næste møde
  new RegExp(`\\b(?:${BY}|${DURING}) (?:${PERIODS})\\b`), // inden sommerferien, resten af året, i efteråret
  new RegExp(`\\b(?:${BY}) (?:${WEEKDAYS})\\b`), // senest fredag
  new RegExp(`\\b(?:i|inden|senest|til|fra) (?:denne|dette|næste|kommende) (?:uge|måned|år|skoleår|efterår|forår|sommer|vinter|halvår)\\b`),
  new RegExp(`\\b(?:om|inden for|indenfor|i løbet af|efter|i|over|for|gennem)(?: de| den)?(?: næste| kommende| første)? (?:${DURATION_NUMBER}) (?:${DURATION_UNIT})\\b`),
  new RegExp(`\\b(?:de|den) (?:næste|kommende|første) (?:(?:${DURATION_NUMBER}) )?(?:${DURATION_UNIT})\\b`), // de næste tre måneder
];

/** How often or how many: the measures a parent, a teacher or the child can count. */
const OCCASIONS = `dag|dage|hverdag|hverdage|skoledag|skoledage|uge|uger|morgen|morgener|aften|aftener|nat|nætter|weekend|weekender|gang|gange|måned|måneder|frikvarter|frikvarterer|time|timer|lektion|lektioner|måltid|måltider|træning|træninger|pause|pauser|${WEEKDAYS}|${WEEKDAYS.replace(/\|/g, 'e|')}e`;
export const MEASURE_PATTERNS: RegExp[] = [
  /\d/, // 3 gange, 90 %, 4 ud af 5, kl. 8
  new RegExp(`\\b(?:${COUNT_WORDS}) [a-zæøå]+`), // to gange, tre samtaler
  /\b(?:en|én) gang\b/,
  new RegExp(`\\b(?:hver|hvert|hver anden|hvert andet|alle|begge) (?:${OCCASIONS})\\b`), // hver tirsdag, alle skoledage
  new RegExp(`\\b(?:${WEEKDAYS})e\\b|\\bom (?:${WEEKDAYS})en\\b`), // tirsdage og torsdage, om fredagen
  /\bom (?:ugen|dagen|måneden|året)\b/,
  /\b(?:dagligt|ugentligt|månedligt|hverdage|procent|ingen|intet|aldrig|altid)\b/,
  /\bhele (?:skoledagen|dagen|ugen|natten|weekenden|timen|frikvarteret|tiden)\b/,
];

/** "mere", "oftere" without a number: a direction, not a measure ("Oliver kommer oftere i skole"). */
export const BARE_COMPARATIVES = ['mere', 'mindre', 'oftere', 'sjældnere', 'færre', 'flere', 'bedre', 'længere', 'kortere'];

/** Intentions rather than something that will happen: the writer is asked what, concretely. */
export const VAGUE_PHRASES = [
  'arbejde på',
  'arbejder på',
  'arbejde med',
  'arbejder med',
  'forbedre',
  'forbedres',
  'have fokus på',
  'fokus på',
  'fokusere på',
  'styrke',
  'styrkes',
  'understøtte',
  'understøttes',
  'udvikle',
  'udvikles',
  'blive bedre',
  'bliver bedre',
  'gå bedre',
  'går bedre',
  'trives bedre',
  'have det bedre',
  'generelt',
  'øget trivsel',
  'tage ansvar',
  'tage hensyn',
  'være opmærksom',
  'være opmærksomme',
] as const;

/** States nobody can see from outside: fine as a wish, but a goal needs what people do when it is true. */
export const STATE_PHRASES = [
  'have det godt',
  'har det godt',
  'få det godt',
  'får det godt',
  'få det bedre',
  'får det bedre',
  'være glad',
  'er glad',
  'være tryg',
  'er tryg',
  'være rolig',
  'føle sig',
  'føler sig',
  'trives',
  'trivsel',
  'mindre konflikt',
  'mindre konflikter',
  'færre konflikter',
  'mere ro',
  'skabe ro',
  'skabes ro',
  'god relation',
  'god kontakt',
  'bedre kontakt',
  'tryg hverdag',
  'gode rammer',
  'faste rammer',
  'godt samarbejde',
  'bedre samarbejde',
  'mere struktur',
] as const;

/** Someone who can do something: people and places that act, in the words goals use. */
export const ACTOR_WORDS = [
  'mor', 'far', 'mormor', 'morfar', 'farmor', 'farfar', 'bedstemor', 'bedstefar', 'bedsteforældrene', 'forældrene', 'forældre',
  'plejemor', 'plejefar', 'plejeforældrene', 'plejefamilien', 'søster', 'bror', 'storesøster', 'storebror', 'moster', 'faster',
  'onkel', 'tante', 'familien', 'netværket', 'naboen', 'træneren', 'læreren', 'lærer', 'klasselæreren', 'kontaktlæreren',
  'pædagogen', 'skolen', 'sfo', 'klubben', 'sundhedsplejersken', 'psykologen', 'ppr', 'rådgiveren', 'socialrådgiveren',
  'familiebehandleren', 'mentoren', 'kontaktpersonen', 'støttepersonen', 'lægen', 'han', 'hun', 'de', 'vi', 'jeg', 'barnet',
  'drengen', 'pigen', 'eleven', 'voksne', 'de voksne', 'den unge',
] as const;

/** Capitalised first words that are not a person's name. */
export const NOT_A_NAME = ['der', 'det', 'dette', 'her', 'nu', 'skoledagen', 'hverdagen', 'samarbejdet', 'fremmødet', 'skolegangen', 'situationen', 'hjemmet', 'morgenerne', 'konflikterne', 'kontakten'];

/** Things a teacher, a parent or the child themself can see happen (present tense and infinitive). */
export const OBSERVABLE_VERBS = [
  'møder', 'møde', 'kommer', 'komme', 'går', 'gå', 'står op', 'stå op', 'spiser', 'spise', 'sover', 'sove', 'henter', 'hente',
  'afleverer', 'aflevere', 'følger', 'følge', 'ringer', 'ringe', 'skriver', 'skrive', 'sender', 'sende', 'laver', 'lave',
  'træner', 'træne', 'deltager', 'deltage', 'fortæller', 'fortælle', 'siger', 'sige', 'besøger', 'besøge', 'mødes', 'cykler',
  'cykle', 'melder', 'melde', 'tager', 'tage', 'holder', 'holde', 'bruger', 'bruge', 'læser', 'læse', 'øver', 'øve', 'taler',
  'tale', 'snakker', 'snakke', 'svarer', 'svare', 'viser', 'vise', 'rydder', 'rydde', 'hjælper', 'hjælpe', 'vækker', 'vække',
  'kører', 'køre', 'bor', 'bo', 'overnatter', 'overnatte', 'tjekker', 'tjekke', 'giver', 'give', 'aftaler', 'aftale', 'leger',
  'lege', 'spiller', 'spille', 'kontakter', 'kontakte', 'inviterer', 'invitere', 'bader', 'bade', 'børster', 'børste', 'pakker',
  'pakke', 'sidder', 'sidde', 'bliver i', 'blive i', 'drikker', 'drikke', 'passer', 'passe', 'bringer', 'bringe', 'afholder',
  'afholde', 'udfylder', 'udfylde', 'ser', 'se', 'skændes', 'slukker', 'slukke', 'sms\'er', 'handler', 'handle', 'betaler', 'betale',
] as const;
