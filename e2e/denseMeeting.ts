// A dense, realistic network meeting for any test or script that needs one (the shared-screen fit test, the bench,
// the README screenshots): Aya, 11, with 12 people in the room (parents, big brother, grandmother, the football
// coach, six professionals), ~28 map items in long Danish sentences (plus fortrolige ones that must never show),
// the child's three houses, 12 scaling numbers, 10 agreements from the last meeting reviewed and 10 new ones, the
// next meeting, and the contact person with a phone number. Everything is written through the real channels, so
// it takes any caller with the host's `call` shape: the browser host (`host.call`) or an in-process KredsHost.
// The meeting is today (the host's day: `today`, DENSE_NOW's by default, so tests give the same dates and pictures);
// the earlier meeting was seven weeks before, and the next is the working day the follow-up rules propose.

import { addDays } from '../shared/domain/localTime';
import { PHASE_DEFAULTS } from '../shared/domain/meetingTemplates';

export type Call = <T = unknown>(channel: string, input?: unknown) => Promise<{ ok: boolean; value: T; error?: { code: string; message: string } }>;

export const DENSE_NOW = '2026-05-14T08:30:00';
export const DENSE_CHILD = 'Aya';

const PEOPLE = [
  // Created in this (jumbled) order on purpose: lists the family sees must still put Aya first.
  { key: 'teacher', name: 'Hanne Lund Mortensen', role: 'teacher', roleDetail: 'klasselærer i 5.b' },
  { key: 'father', name: 'Jonas Hansen', role: 'father', phone: '22 45 67 89' },
  { key: 'ppr', name: 'Karin Mølgaard', role: 'ppr_psychologist' },
  { key: 'coach', name: 'Mikkel Skovgaard-Pedersen', role: 'network_person', roleDetail: 'fodboldtræner i Vestbjerg IF' },
  { key: 'child', name: 'Aya', role: 'child' },
  { key: 'social', name: 'Jens Thomsen', role: 'social_worker', phone: '41 22 33 44', organisation: 'Børn og Familie' },
  { key: 'grandmother', name: 'Birthe Nørgaard', role: 'grandparent', roleDetail: 'mormor' },
  { key: 'pedagogue', name: 'Peter Kjær', role: 'pedagogue', roleDetail: 'pædagog i SFO' },
  { key: 'mother', name: 'Sara Nørgaard', role: 'mother', phone: '29 87 65 43' },
  { key: 'health', name: 'Lone Bach', role: 'health_visitor', roleDetail: 'skolesundhedsplejerske' },
  { key: 'brother', name: 'Emil Nørgaard Hansen', role: 'sibling', roleDetail: 'storebror' },
  { key: 'school', name: 'Mette Winther', role: 'school_social_worker' },
] as const;
type Who = (typeof PEOPLE)[number]['key'] | null;

/** The plan's goals, as a first meeting writes them: who, what, how often, by when. */
export const PLAN_GOALS = [
  'Aya kommer i skole hver dag og bliver der til kl. 14, frem til sommerferien.',
  'Aya ved hver morgen, hvem der henter hende, og bliver hentet til tiden.',
  'Mor og Aya har en rolig morgen mindst fire dage om ugen frem til næste møde.',
];

/** ~28 items over the seven parts, long sentences as people say them in the room; `pair` links a danger to a goal. */
const MAP: { part: string; text: string; who: Who; pair?: string; confidential?: boolean }[] = [
  { part: 'harm', who: 'teacher', text: 'Aya har været fraværende 14 dage siden jul, oftest mandage, og har flere gange ikke fået morgenmad.' },
  { part: 'harm', who: 'mother', text: 'Der har været højlydte skænderier derhjemme om aftenen, som Aya har hørt fra sit værelse.' },
  { part: 'harm', who: 'child', text: 'Aya er to gange blevet hentet for sent fra SFO og har ventet alene på parkeringspladsen.' },
  { part: 'harm', who: null, text: 'Aya har mistet kontakten til to veninder fra klassen efter en konflikt i frikvarteret i februar.' },
  { part: 'complicating_factors', who: 'father', text: 'Jonas arbejder på skiftehold og sover ofte om formiddagen, når Aya skal afsted til skole.' },
  { part: 'complicating_factors', who: 'mother', text: 'Sara har haft det svært siden efteråret og har svært ved at komme op om morgenen.' },
  { part: 'complicating_factors', who: null, text: 'Familien har kun én bil, og bussen fra Vestbjerg kører sjældent før klokken otte.' },
  { part: 'complicating_factors', who: 'brother', text: 'Emil går i 9. klasse og har travlt med eksamen, så han kan ikke længere følge Aya i skole.' },
  { part: 'complicating_factors', who: 'teacher', text: 'Skiftet af klasselærer efter sommerferien har gjort det sværere for Aya at finde sig til rette.' },
  { part: 'danger_statements', who: null, pair: 'g1', text: 'Vi er bekymrede for, at Aya mister så meget skole, at hun ikke kan følge med og mister lysten til at komme.' },
  { part: 'danger_statements', who: null, pair: 'g2', text: 'Vi er bekymrede for, at Aya bliver alene med sine tanker, hvis hun ikke har en voksen at tale med om det, der sker derhjemme.' },
  { part: 'danger_statements', who: null, text: 'Vi er bekymrede for, at skænderierne fortsætter, og at Aya bliver bange for at være hjemme om aftenen.' },
  { part: 'strengths', who: 'coach', text: 'Aya kommer til fodbold to gange om ugen og er glad, når hun er sammen med holdet.' },
  { part: 'strengths', who: 'grandmother', text: 'Mormor Birthe bor tæt på og henter gerne Aya om mandagen, når hun selv har fri fra arbejde.' },
  { part: 'strengths', who: 'teacher', text: 'Aya er dygtig til at tegne og hjælper gerne de yngre elever i SFO med at komme i gang.' },
  { part: 'strengths', who: 'mother', text: 'Sara og Jonas vil begge gerne have, at det går godt for Aya, og de er kommet til mødet sammen.' },
  { part: 'strengths', who: 'child', text: 'Aya siger selv, at hun gerne vil i skole, når hun har sovet godt og ved, hvem der henter hende.' },
  { part: 'strengths', who: 'brother', text: 'Emil og Aya spiller computer sammen om søndagen, og Aya taler med ham om det, der er svært.' },
  { part: 'existing_safety', who: 'grandmother', text: 'Når skænderierne starter, ringer Aya til mormor, som kommer over eller henter hende.' },
  { part: 'existing_safety', who: 'pedagogue', text: 'SFO ringer til mormor, hvis ingen har hentet Aya klokken fem, og en voksen venter sammen med hende.' },
  { part: 'existing_safety', who: 'coach', text: 'Mikkel kører Aya hjem fra træning om torsdagen og siger hej til en voksen i døren.' },
  { part: 'existing_safety', who: 'health', text: 'Aya kan altid komme forbi sundhedsplejersken om tirsdagen uden at have aftalt tid.' },
  { part: 'safety_goals', who: null, text: 'Aya kommer i skole hver dag og har spist morgenmad, før hun går hjemmefra.', pair: 'g1' },
  { part: 'safety_goals', who: null, text: 'Aya har en fast voksen på skolen, som hun taler med mindst én gang om ugen.', pair: 'g2' },
  { part: 'safety_goals', who: null, text: 'Aya ved altid, hvem der henter hende, og bliver aldrig hentet for sent.' },
  { part: 'next_steps', who: 'social', text: 'Jens undersøger, om familien kan få hjælp til kørsel om morgenen, indtil bussen kører tidligere.' },
  { part: 'next_steps', who: 'ppr', text: 'Karin taler med Aya og Hanne om, hvordan Aya kan komme godt i gang om mandagen.' },
  { part: 'next_steps', who: 'mother', text: 'Sara og Jonas laver en plan for, hvem der vækker Aya og laver morgenmad hver dag.' },
  { part: 'harm', who: 'social', confidential: true, text: 'FORTROLIGT-KORT: underretning fra skolen den 3. februar, ikke drøftet med familien endnu.' },
  { part: 'complicating_factors', who: 'health', confidential: true, text: 'FORTROLIGT-KORT: mors lægesamtale om medicin, må ikke vises.' },
];

const HOUSES: { house: string; text: string; shown: boolean }[] = [
  { house: 'worries', shown: true, text: 'Når mor og far råber om aftenen' },
  { house: 'worries', shown: true, text: 'At ingen kommer og henter mig' },
  { house: 'worries', shown: true, text: 'Matematik om mandagen, fordi jeg ikke har lavet lektier' },
  { house: 'worries', shown: true, text: 'At Emil flytter hjemmefra' },
  { house: 'worries', shown: false, text: 'SKJULT-HUS: det jeg sagde om far' },
  { house: 'good_things', shown: true, text: 'Fodbold med holdet og Mikkel' },
  { house: 'good_things', shown: true, text: 'Når mormor laver pandekager' },
  { house: 'good_things', shown: true, text: 'At tegne heste i SFO' },
  { house: 'good_things', shown: true, text: 'Søndage med Emil' },
  { house: 'dreams', shown: true, text: 'At alle er glade derhjemme' },
  { house: 'dreams', shown: true, text: 'At blive målmand på pigeholdet' },
  { house: 'dreams', shown: true, text: 'En hund' },
  { house: 'dreams', shown: true, text: 'At Maja og Sofie vil lege igen' },
];

/** Each person's number, 12 in all. */
const SCORES: Record<(typeof PEOPLE)[number]['key'], number> = {
  child: 6, mother: 5, father: 6, brother: 7, grandmother: 4, coach: 7, teacher: 4, pedagogue: 5, ppr: 4, health: 5, school: 4, social: 3,
};

/** Last meeting's agreements (reviewed in Siden sidst) and this meeting's, 10 each: who, what, due day. */
const LAST_AGREEMENTS: [Who, string, number, 'done' | 'partly' | 'not_done' | null][] = [
  ['mother', 'Sara ringer til skolen om morgenen, når Aya er syg', -43, 'done'],
  ['father', 'Jonas kører Aya i skole på sine fridage', -29, 'partly'],
  ['grandmother', 'Birthe henter Aya om mandagen', -38, 'done'],
  ['teacher', 'Hanne sender en besked hjem hver fredag om ugen, der gik', -34, 'done'],
  ['child', 'Aya siger til Hanne, når hun ikke har fået morgenmad', -24, 'partly'],
  ['coach', 'Mikkel kører Aya hjem fra træning om torsdagen', -35, 'done'],
  ['social', 'Jens undersøger, om familien kan få en familiebehandler', -20, 'not_done'],
  ['ppr', 'Karin observerer Aya i klassen to gange', -16, 'done'],
  ['health', 'Lone inviterer Aya til en samtale om søvn', -27, 'not_done'],
  ['school', 'Mette finder en fast voksen på skolen til Aya', -13, null],
];
const NEW_AGREEMENTS: [Who, string, number][] = [
  ['mother', 'Sara og Jonas laver en skriftlig plan for morgenerne og hænger den på køleskabet', 7],
  ['father', 'Jonas bytter sine vagter, så han kan køre Aya om mandagen', 11],
  ['grandmother', 'Birthe henter Aya om mandagen og onsdagen fra SFO', 4],
  ['child', 'Aya fortæller Mette, hvis hun ikke har fået morgenmad', 18],
  ['teacher', 'Hanne giver Aya en lektieplan for matematik hver fredag', 8],
  ['school', 'Mette har en samtale med Aya hver tirsdag i frikvarteret', 5],
  ['coach', 'Mikkel spørger, om Aya vil prøve at stå på mål til næste kamp', 14],
  ['social', 'Jens søger om kørsel til skole, indtil bussen kører tidligere', 15],
  ['ppr', 'Karin holder et møde med Hanne om, hvordan mandagene kan blive lettere', 22],
  ['health', 'Lone taler med Aya om søvn og aftenrutiner', 27],
];

/** The phases in the order of the meeting: every phase kind, so one running meeting shows each family view. */
const PHASE_KINDS = [
  'welcome', 'introductions', 'since_last', 'child_voice', 'family_perspective', 'network_professionals', 'mapping', 'scaling', 'goals_agreements', 'next_meeting', 'closing',
] as const;
export type DensePhaseKind = (typeof PHASE_KINDS)[number];

const paragraphs = (...texts: string[]) => ({ doc: { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }, text: texts.join('\n') });

const NOTES: Partial<Record<DensePhaseKind, string[]>> = {
  family_perspective: [
    'Sara fortæller, at morgenerne er det sværeste: Aya er træt, og der er ofte ikke noget at spise, fordi indkøbene ikke er nået.',
    'Jonas siger, at han gerne vil køre Aya, men at vagtplanen kun giver ham fri hver anden mandag.',
    'Mormor Birthe kan hente om mandagen og onsdagen og vil gerne have Aya med hjem til aftensmad.',
    'Emil siger, at Aya er god til at sige fra, men at hun bliver stille, når der bliver råbt.',
  ],
  network_professionals: [
    'Hanne ser en pige, der er dygtig og hjælpsom, men som ofte er træt om mandagen og ikke har lavet lektier.',
    'Peter fortæller, at Aya er glad i SFO og tegner meget, og at hun spørger efter mormor, når hun bliver hentet sent.',
    'Karin foreslår, at Aya får en fast voksen på skolen, og at mandagene starter med noget, Aya er god til.',
  ],
  closing: ['Tak til alle for at komme. Aya har valgt, at tegningen af drømmehuset skal hænge i klassen.'],
};

export interface DenseMeeting {
  caseId: string;
  /** The meeting running now, at DENSE_NOW, with every phase kind. */
  meetingId: string;
  /** The earlier, held meeting whose agreements Siden sidst reviews. */
  previousMeetingId: string;
  phases: Record<DensePhaseKind, string>;
  people: Record<(typeof PEOPLE)[number]['key'], string>;
  /** Texts that must never reach a family-facing view: fortrolige map items and a house word not shown. */
  secrets: string[];
}

async function must<T>(call: Call, channel: string, input: unknown): Promise<T> {
  const result = await call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message ?? 'fejl'}`);
  return result.value;
}

/** Writes Aya's case and both meetings through the real channels; the current meeting is running at its welcome. */
export async function seedDenseMeeting(call: Call, { childName = DENSE_CHILD, today = DENSE_NOW.slice(0, 10) }: { childName?: string; today?: string } = {}): Promise<DenseMeeting> {
  const day = (offset: number) => addDays(today, offset);
  const c = await must<{ id: string }>(call, 'cases.create', { childName, birthYear: 2015, caseType: 'supportive', responsibleWorker: 'Jens Thomsen' });
  const people = {} as DenseMeeting['people'];
  for (const { key, ...person } of PEOPLE) {
    const input = key === 'child' ? { ...person, name: childName } : person;
    people[key] = (await must<{ id: string }>(call, 'participants.create', { caseId: c.id, ...input })).id;
  }
  await must(call, 'participants.setContactPerson', { caseId: c.id, participantId: people.social });
  const everyone = Object.values(people);
  const whoId = (who: Who) => (who ? people[who] : null);
  const nameOf = (who: Who) => (who === 'child' ? childName : PEOPLE.find((p) => p.key === who)!.name);

  // The network meeting seven weeks ago, held, with its ten agreements.
  const previous = await must<{ id: string; attendance: { participantId: string }[] }>(call, 'meetings.create', {
    caseId: c.id, type: 'network_meeting', startsAt: `${day(-49)}T09:00`, place: 'Familiens Hus', participantIds: everyone, confirmUnusualDate: true,
  });
  await must(call, 'meetings.start', { id: previous.id });
  const lastAgreements: string[] = [];
  for (const [who, what, due] of LAST_AGREEMENTS) {
    const input = { caseId: c.id, meetingId: previous.id, what: what.replaceAll('Aya', childName), responsibleParticipantId: whoId(who), responsibleName: nameOf(who), dueDate: day(due) };
    lastAgreements.push((await must<{ id: string }>(call, 'agreements.create', input)).id);
  }
  await must(call, 'meetings.end', { id: previous.id });

  // Today's meeting: prepared with the family (purpose, their agenda points, who leads and who writes).
  const meeting = await must<{ id: string }>(call, 'meetings.create', {
    caseId: c.id,
    type: 'follow_up',
    startsAt: `${today}T09:00`,
    place: 'Familiens Hus, mødelokale 2, Vestergade 14',
    purpose: `At finde ud af sammen, hvordan ${childName} kommer godt i skole hver morgen og altid ved, hvem der henter hende.`,
    agenda: [
      { text: 'Morgenerne og morgenmad', proposedBy: childName },
      { text: 'Hvem henter om mandagen og onsdagen', proposedBy: 'Sara Nørgaard' },
      { text: 'Fodbold og kørsel om torsdagen', proposedBy: childName },
      { text: 'En fast voksen på skolen', proposedBy: 'Hanne Lund Mortensen' },
      { text: 'Vagtplanen og fridagene', proposedBy: 'Jonas Hansen' },
    ],
    invitedBy: 'Jens Thomsen',
    leadKind: 'neutral_facilitator',
    leadName: 'Anne Kirkegaard',
    noteTaker: 'Mette Winther',
    participantIds: everyone,
  });
  const detail = await must<{ phases: { id: string; kind: DensePhaseKind }[] }>(call, 'meetings.setPhases', {
    meetingId: meeting.id,
    phases: PHASE_KINDS.map((kind) => ({ kind, title: PHASE_DEFAULTS[kind].title, plannedMinutes: PHASE_DEFAULTS[kind].plannedMinutes, questions: PHASE_DEFAULTS[kind].questions })),
  });
  const phases = Object.fromEntries(detail.phases.map((p) => [p.kind, p.id])) as DenseMeeting['phases'];
  await must(call, 'meetings.start', { id: meeting.id });
  for (const participantId of everyone) {
    await must(call, 'meetings.setAttendance', { meetingId: meeting.id, participantId, status: participantId === people.father ? 'phone' : 'present' });
  }

  // Siden sidst: nine of last time's ten agreements reviewed.
  for (const [index, [, , , outcome]] of LAST_AGREEMENTS.entries()) {
    if (outcome) await must(call, 'agreements.setReview', { meetingId: meeting.id, agreementId: lastAgreements[index], outcome, comment: '' });
  }

  // The map, with pairs and the fortrolige items.
  const pairTargets = new Map<string, string>();
  const dangersToPair: [string, string][] = [];
  for (const item of MAP) {
    const created = await must<{ id: string }>(call, 'map.addItem', { meetingId: meeting.id, part: item.part, text: item.text.replaceAll('Aya', childName), saidBy: whoId(item.who), confidential: item.confidential ?? false });
    if (item.pair && item.part === 'safety_goals') pairTargets.set(item.pair, created.id);
    if (item.pair && item.part === 'danger_statements') dangersToPair.push([created.id, item.pair]);
  }
  for (const [dangerId, pair] of dangersToPair) await must(call, 'map.pair', { dangerId, goalId: pairTargets.get(pair) });

  for (const item of HOUSES) await must(call, 'map.addHouseItem', { meetingId: meeting.id, ...item });

  const scaling = await must<{ questions: { id: string }[] }>(call, 'scaling.get', { meetingId: meeting.id });
  for (const [key, value] of Object.entries(SCORES)) {
    await must(call, 'scaling.setScore', { questionId: scaling.questions[0]!.id, participantId: people[key as keyof typeof SCORES], value });
  }

  for (const [who, what, due] of NEW_AGREEMENTS) {
    await must(call, 'agreements.create', { caseId: c.id, meetingId: meeting.id, what: what.replaceAll('Aya', childName), responsibleParticipantId: whoId(who), responsibleName: nameOf(who), dueDate: day(due) });
  }
  // The child's plan: goals written with the family stand beside the agreements on the shared screen.
  for (const text of PLAN_GOALS) await must(call, 'plan.addGoal', { caseId: c.id, text: text.replaceAll('Aya', childName) });
  // A task draft from the notes: the console's, never the shared screen's.
  await must(call, 'meetings.addTaskDraft', { meetingId: meeting.id, phaseId: phases.family_perspective, text: 'UDKAST-OPGAVE: tjek om mormor kan hente om fredagen' });

  for (const [kind, texts] of Object.entries(NOTES)) {
    const { doc, text } = paragraphs(...texts.map((t) => t.replaceAll('Aya', childName)));
    await must(call, 'meetings.saveNote', { meetingId: meeting.id, phaseId: phases[kind as DensePhaseKind], kind: 'shared', doc, text });
  }
  const secret = paragraphs('FORTROLIGT-NOTAT: far har en sag i jobcentret.');
  await must(call, 'meetings.saveNote', { meetingId: meeting.id, phaseId: phases.family_perspective, kind: 'confidential', ...secret });

  const meetingStart = { date: today, time: '09:00' };
  const { proposal } = await must<{ proposal: { start: { date: string; time: string } } }>(call, 'followups.propose', { caseId: c.id, meetingStart });
  await must(call, 'followups.save', {
    caseId: c.id, fromMeetingId: meeting.id, meetingStart, start: { date: proposal.start.date, time: '09:00' }, durationMinutes: 90, location: 'Familiens Hus, mødelokale 2, Vestergade 14',
  });

  return {
    caseId: c.id,
    meetingId: meeting.id,
    previousMeetingId: previous.id,
    phases,
    people,
    secrets: ['FORTROLIGT-KORT', 'FORTROLIGT-NOTAT', 'SKJULT-HUS', 'UDKAST-OPGAVE'],
  };
}
