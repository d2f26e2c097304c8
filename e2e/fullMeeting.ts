import type { StartedHost } from './host';

/**
 * An ordinary full network meeting, as a facilitator meets it on a 1366×768 laptop: Mathias (9) and eleven people
 * around him, about 28 map items in long Danish sentences, the child's three houses, twelve scores, ten agreements and
 * the next meeting booked. Everything goes through the real channels (validated by the contract, audited, indexed).
 * `seedFollowUp` then ends it and starts the follow-up, whose "Siden sidst" reviews the ten agreements.
 *
 * The host's clock: start it with FULL_MEETING_NOW so the meeting is running "now".
 */
export const FULL_MEETING_NOW = { KREDS_NOW: '2027-01-28T10:40:00' };

const PEOPLE = [
  { name: 'Mathias Holm Jensen', role: 'child' },
  { name: 'Camilla Holm Jensen', role: 'mother' },
  { name: 'Jesper Jensen', role: 'father' },
  { name: 'Ida Holm Jensen', role: 'sibling' },
  { name: 'Grethe Holm', role: 'grandparent' },
  { name: 'Kim Andersen', role: 'network_person' },
  { name: 'Søren Lauridsen', role: 'network_person' },
  { name: 'Lars Berg', role: 'teacher', organisation: 'Nordby Skole' },
  { name: 'Anne Kristiansen', role: 'pedagogue', organisation: 'SFO Solsikken' },
  { name: 'Birgitte Mortensen', role: 'health_visitor', organisation: 'Sundhedsplejen' },
  { name: 'Henrik Vestergaard', role: 'ppr_psychologist', organisation: 'PPR Nordby' },
  { name: 'Mette Sørensen', role: 'social_worker', organisation: 'Børn og Familie' },
] as const;

const MAP: Record<string, string[]> = {
  harm: [
    'Mathias er kommet for sent i skole 23 gange siden sommerferien, og han har haft 11 hele fraværsdage uden besked.',
    'Mathias fortæller, at han flere morgener har stået op selv og spist morgenmad alene, fordi mor sov.',
    'Der har været to episoder i efteråret, hvor Mathias blev hentet af en nabo, fordi ingen kom fra familien.',
  ],
  complicating_factors: [
    'Mor har i perioder en depression og har svært ved at komme op om morgenen, især i de mørke måneder.',
    'Far bor i Aarhus og arbejder på skiftehold, så han kan kun hjælpe i hverdagene hver anden uge.',
    'Familien har ikke bil, og bussen til skolen går kun to gange i timen om morgenen.',
    'Morgenrutinen er uklar: ingen ved, hvem der skal vække Mathias, når mor ikke kan.',
  ],
  danger_statements: [
    'Vi er bekymrede for, at Mathias mister kontakten til klassen og sine venner, hvis fraværet fortsætter.',
    'Vi er bekymrede for, at Mathias bliver alene med ansvaret for sig selv og sin lillesøster om morgenen.',
    'Vi er bekymrede for, at mors depression bliver værre, hvis hun står alene med morgenerne hele vinteren.',
  ],
  strengths: [
    'Mathias er glad for fodbold og møder altid op til træning tirsdag og torsdag i Nordby IF.',
    'Mor og Mathias har et tæt og kærligt forhold, og hun taler åbent om, hvad der er svært.',
    'Mormor Grethe bor ti minutter væk og har sagt, at hun gerne vil hjælpe flere morgener om ugen.',
    'Lars Berg oplever, at Mathias er nysgerrig og dygtig til matematik, når han er i skole.',
    'Ida og Mathias passer godt på hinanden og leger meget sammen efter skole.',
    'Naboen Kim har kørt Mathias i skole flere gange og vil gerne fortsætte, når det kniber.',
  ],
  existing_safety: [
    'Mormor ringer allerede hver morgen klokken 7.15 for at høre, om alle er stået op.',
    'Skolen ringer til mor inden klokken 9, når Mathias ikke er mødt, og det har virket de fleste gange.',
    'Træneren Søren holder øje med Mathias og siger til, hvis han virker træt eller ked af det.',
    'Mor har selv kontaktet sin egen læge og er begyndt i et forløb hos en psykolog.',
  ],
  safety_goals: [
    'Mathias kommer i skole til tiden mindst fire ud af fem dage om ugen frem til sommerferien.',
    'Der er altid en voksen, der har ansvaret for morgenen, og alle ved, hvem det er hver dag.',
    'Mor har hjælp og aflastning, så hun ikke står alene med morgenerne i de mørke måneder.',
  ],
  next_steps: [
    'Mormor Grethe kommer om morgenen mandag, onsdag og fredag fra næste uge.',
    'Lars sender hver fredag en kort besked til mor om ugens fremmøde og hvad der gik godt.',
    'Mette undersøger muligheden for en familiebehandler i hjemmet to morgener om ugen.',
    'Far tager Mathias og Ida de weekender, hvor han ikke har vagt, og hjælper med at pakke tasken søndag aften.',
    'Sundhedsplejersken Birgitte tager en snak med mor om søvn og energi i de mørke måneder.',
  ],
};

const AGREEMENTS: { what: string; who: string; why?: string }[] = [
  { what: 'Komme om morgenen mandag, onsdag og fredag og følge Mathias til bussen', who: 'Grethe Holm', why: 'Så Mathias når skolen til tiden' },
  { what: 'Sende en kort besked hver fredag om ugens fremmøde og hvad der gik godt', who: 'Lars Berg' },
  { what: 'Undersøge muligheden for en familiebehandler to morgener om ugen', who: 'Mette Sørensen', why: 'Mor skal have aflastning i de mørke måneder' },
  { what: 'Tage Mathias og Ida hver anden weekend og pakke skoletasken søndag aften', who: 'Jesper Jensen' },
  { what: 'Tale med mor om søvn, lys og energi i vintermånederne', who: 'Birgitte Mortensen' },
  { what: 'Køre Mathias i skole, når mormor ikke kan, efter en sms aftenen før', who: 'Kim Andersen' },
  { what: 'Sige til mor, hvis Mathias virker træt eller ked af det til træning', who: 'Søren Lauridsen' },
  { what: 'Lave en tegning af morgenen med Mathias, så han ved, hvad der skal ske', who: 'Anne Kristiansen' },
  { what: 'Observere Mathias i klassen og give skolen råd om at hjælpe ham i gang om morgenen', who: 'Henrik Vestergaard' },
  { what: 'Ringe til mormor, hvis jeg ikke kan komme op om morgenen', who: 'Camilla Holm Jensen' },
];

const HOUSES: Record<'worries' | 'good_things' | 'dreams', string[]> = {
  worries: ['Når mor er ked af det og bliver i sengen', 'Når jeg kommer for sent og alle kigger på mig'],
  good_things: ['Fodbold med Søren og holdet', 'Når mormor laver pandekager om morgenen', 'At lege med Ida'],
  dreams: ['At mor er glad hver dag', 'At komme på førsteholdet'],
};

const SCORES = [6, 5, 4, 6, 5, 7, 6, 4, 5, 5, 4, 4];

export interface FullMeeting {
  caseId: string;
  meetingId: string;
  /** Set by seedFollowUp. */
  followUpId?: string;
  people: { id: string; name: string; role: string }[];
  /** The phases of the network meeting, in order. */
  phases: { id: string; kind: string; title: string }[];
}

interface Envelope<T> {
  ok: boolean;
  value: T;
  error?: { code: string; message: string; fields?: Record<string, string> };
}

async function call<T>(host: StartedHost, channel: string, input: unknown): Promise<T> {
  const answer = (await host.call<T>(channel, input)) as Envelope<T>;
  if (!answer.ok) throw new Error(`${channel}: ${answer.error?.code} ${answer.error?.message} ${JSON.stringify(answer.error?.fields ?? {})}`);
  return answer.value;
}

/** The case, its twelve people and the running first network meeting, filled as it is near its end. */
export async function seedFullMeeting(host: StartedHost): Promise<FullMeeting> {
  const created = await call<{ id: string }>(host, 'cases.create', { childName: 'Mathias Holm Jensen', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.id;
  const people: FullMeeting['people'] = [];
  for (const person of PEOPLE) {
    const saved = await call<{ id: string }>(host, 'participants.create', { caseId, ...person });
    people.push({ id: saved.id, name: person.name, role: person.role });
  }
  const idOf = (name: string) => people.find((p) => p.name === name)!.id;

  const meeting = await call<{ id: string; phases: { id: string; kind: string; title: string }[] }>(host, 'meetings.create', {
    caseId,
    type: 'network_meeting',
    startsAt: '2027-01-28T10:00',
    place: 'Familiens Hus, mødelokale 2',
    purpose: 'At finde ud af sammen, hvordan Mathias kommer godt i skole om morgenen, og hvem der kan hjælpe.',
    participantIds: people.map((p) => p.id),
  });
  const meetingId = meeting.id;
  await call(host, 'meetings.start', { id: meetingId });
  for (const [i, person] of people.entries()) {
    await call(host, 'meetings.setAttendance', { meetingId, participantId: person.id, status: i === 2 ? 'phone' : 'present' });
  }

  await call(host, 'map.get', { meetingId }); // begins the map
  for (const [part, texts] of Object.entries(MAP)) {
    for (const [i, text] of texts.entries()) {
      await call(host, 'map.addItem', { meetingId, part, text, saidBy: people[(i * 3 + part.length) % people.length]!.id, confidential: false });
    }
  }
  for (const [house, texts] of Object.entries(HOUSES)) {
    for (const text of texts) await call(host, 'map.addHouseItem', { meetingId, house, text, shown: true });
  }

  const scaling = await call<{ questions: { id: string }[] }>(host, 'scaling.get', { meetingId });
  const questionId =
    scaling.questions[0]?.id ??
    (await call<{ id: string }>(host, 'scaling.addQuestion', { meetingId, text: 'Hvor sikre er vi på, at Mathias kommer godt i skole om morgenen?' })).id;
  for (const [i, person] of people.entries()) await call(host, 'scaling.setScore', { questionId, participantId: person.id, value: SCORES[i]! });

  for (const agreement of AGREEMENTS) {
    await call(host, 'agreements.create', {
      caseId,
      meetingId,
      what: agreement.what,
      why: agreement.why ?? '',
      responsibleParticipantId: idOf(agreement.who),
      responsibleName: agreement.who,
      comment: '',
    });
  }

  await call(host, 'followups.save', {
    caseId,
    fromMeetingId: meetingId,
    meetingStart: { date: '2027-01-28', time: '10:00' },
    start: { date: '2027-03-18', time: '14:00' },
    durationMinutes: 90,
    location: 'Familiens Hus, mødelokale 2',
  });

  return { caseId, meetingId, people, phases: meeting.phases.map(({ id, kind, title }) => ({ id, kind, title })) };
}

/** Ends the first meeting and starts the follow-up it booked; half of the agreements are already reviewed. */
export async function seedFollowUp(host: StartedHost, full: FullMeeting): Promise<FullMeeting & { followUpId: string; followUpPhases: FullMeeting['phases'] }> {
  await call(host, 'meetings.end', { id: full.meetingId });
  const meetings = await call<{ id: string; type: string; status: string }[]>(host, 'meetings.list', { caseId: full.caseId });
  const followUp = meetings.find((m) => m.type === 'follow_up' && m.status === 'planned');
  if (!followUp) throw new Error('Opfølgningsmødet blev ikke planlagt');
  const started = await call<{ phases: { id: string; kind: string; title: string }[] }>(host, 'meetings.start', { id: followUp.id });
  for (const person of full.people) await call(host, 'meetings.setAttendance', { meetingId: followUp.id, participantId: person.id, status: 'present' });
  const review = await call<{ agreement: { id: string } }[]>(host, 'agreements.review', { meetingId: followUp.id });
  const outcomes = ['done', 'done', 'partly', 'not_done', 'done'] as const;
  for (const [i, outcome] of outcomes.entries()) {
    await call(host, 'agreements.setReview', { meetingId: followUp.id, agreementId: review[i]!.agreement.id, outcome, comment: outcome === 'done' ? '' : 'Kom i gang, men ikke hver uge endnu' });
  }
  return { ...full, followUpId: followUp.id, followUpPhases: started.phases.map(({ id, kind, title }) => ({ id, kind, title })) };
}
