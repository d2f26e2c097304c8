// One synthetic case of realistic Danish shape, as plain data (no database): who is in the network, the meetings
// with their notes, map items, scaling and agreements, and the child's goals. Deterministic for a given Random.
import type { Input } from '../../shared/contract';
import type { MapPart } from '../../shared/domain/map';
import type { MeetingType, PhaseKind } from '../../shared/domain/meetingTemplates';
import type { Random } from './random';
import { adultFirstNames, childNames, paragraphs, sentence, surnames } from './text';

type Role = Input<'participants.create'>['role'];

export interface PersonSpec {
  key: string;
  role: Role;
  roleDetail: string;
}

export interface MeetingPlan {
  type: MeetingType;
  /** 'yyyy-mm-ddTHH:mm' */
  startsAt: string;
  planned: boolean;
  present: string[];
  notes: { phase: PhaseKind; text: string; confidential: boolean }[];
  map: { part: MapPart; text: string; saidBy: string | null; confidential: boolean }[];
  scores: { person: string; value: number }[];
  agreements: { what: string; responsible: string }[];
  /** Outcome given at this meeting to each agreement made at the meeting before (null: not reviewed). */
  reviews: ('done' | 'partly' | 'not_done' | null)[];
}

export interface CaseSpec {
  child: string;
  birthYear: number;
  caseType: Input<'cases.create'>['caseType'];
  worker: string;
  people: (PersonSpec & { name: string })[];
  meetings: MeetingPlan[];
  goals: { text: string; deadline: string | null; progress: 'on_track' | 'some_progress' | 'no_progress' | 'reached' | null }[];
  closedReason: string | null;
}

/** Twelve people around each child: family, private network and professionals. */
const NETWORK: PersonSpec[] = [
  { key: 'child', role: 'child', roleDetail: '' },
  { key: 'mother', role: 'mother', roleDetail: '' },
  { key: 'father', role: 'father', roleDetail: '' },
  { key: 'sibling', role: 'sibling', roleDetail: 'storesøster' },
  { key: 'grandmother', role: 'grandparent', roleDetail: 'mormor' },
  { key: 'grandfather', role: 'grandparent', roleDetail: 'farfar' },
  { key: 'coach', role: 'network_person', roleDetail: 'fodboldtræner' },
  { key: 'teacher', role: 'teacher', roleDetail: 'klasselærer' },
  { key: 'pedagogue', role: 'pedagogue', roleDetail: 'SFO' },
  { key: 'nurse', role: 'health_visitor', roleDetail: '' },
  { key: 'ppr', role: 'ppr_psychologist', roleDetail: '' },
  { key: 'worker', role: 'social_worker', roleDetail: '' },
];
const SCORERS = ['mother', 'father', 'grandmother', 'teacher', 'ppr', 'worker'];
const NOTE_PHASES: PhaseKind[] = ['child_voice', 'family_perspective', 'network_professionals', 'since_last'];
const MAP_PARTS: MapPart[] = ['harm', 'complicating_factors', 'danger_statements', 'strengths', 'existing_safety', 'safety_goals', 'next_steps'];
const CASE_TYPES = ['network', 'network', 'supportive', 'early_preventive', 'assessment', 'placement'] as const;
const CLOSE_REASONS = ['Målene er nået, og familien klarer sig med netværkets støtte.', 'Familien er flyttet til en anden kommune.', 'Sagen er overgået til en anden indsats.'];
const GOAL_TEXTS = [
  'kommer i skole hver dag til tiden',
  'har en fast voksen at gå til i frikvartererne',
  'sover i egen seng og er udhvilet om morgenen',
  'deltager i fodboldtræning hver tirsdag',
  'laver lektier med mormor om onsdagen',
  'har en god morgenrutine med far',
  'fortæller selv, hvordan ugen er gået',
];

export interface CaseShape {
  meetings: number;
  /** Held meetings get about this many words of notes in all. */
  wordsPerMeeting: number;
  newMapItemsPerMeeting: number;
  agreementsPerMeeting: number;
  goals: number;
  /** The clock of the data set: open cases' last meetings lie around it. */
  now: Date;
}

function dayTime(day: Date, random: Random): string {
  // Meetings are on weekdays, in the morning or early afternoon.
  while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T${pad(random.pick([8, 9, 10, 13, 14]))}:${random.pick(['00', '30'])}`;
}

/** A whole number with the given mean (the fraction decides by chance). */
function around(random: Random, mean: number): number {
  return Math.floor(mean) + (random.chance(mean - Math.floor(mean)) ? 1 : 0);
}

function meetingType(random: Random, index: number): MeetingType {
  if (index === 0) return 'network_meeting';
  const roll = random.next();
  return roll < 0.8 ? 'follow_up' : roll < 0.9 ? 'resource_center' : 'network_meeting';
}

function heldMeeting(random: Random, child: string, shape: CaseShape, previousAgreements: number): Omit<MeetingPlan, 'type' | 'startsAt'> {
  const present = NETWORK.map((p) => p.key).filter((key) => key === 'worker' || random.chance(0.8));
  return {
    planned: false,
    present,
    notes: NOTE_PHASES.map((phase) => ({
      phase,
      text: paragraphs(random, child, shape.wordsPerMeeting / NOTE_PHASES.length).join('\n'),
      confidential: random.chance(0.05),
    })),
    map: Array.from({ length: around(random, shape.newMapItemsPerMeeting) }, () => ({
      part: random.pick(MAP_PARTS),
      text: sentence(random, child).slice(0, 900),
      saidBy: random.chance(0.7) ? random.pick(present) : null,
      confidential: random.chance(0.03),
    })),
    scores: SCORERS.filter((key) => present.includes(key)).map((person) => ({ person, value: random.int(2, 8) })),
    agreements: Array.from({ length: around(random, shape.agreementsPerMeeting) }, () => ({
      what: sentence(random, child).slice(0, 900),
      responsible: random.pick(present),
    })),
    reviews: Array.from({ length: previousAgreements }, () => (random.chance(0.1) ? null : random.pick(['done', 'done', 'partly', 'not_done'] as const))),
  };
}

/** A case: most are open with a coming meeting planned; about one in seven is closed. */
export function caseSpec(random: Random, shape: CaseShape): CaseSpec {
  const child = random.pick(childNames);
  const closed = shape.meetings > 1 && random.chance(0.15);
  const planNext = !closed && shape.meetings > 1 && random.chance(0.6);
  // Names are unique within a case: the participants service refuses a second person with the same name and role.
  const taken = new Set([child]);
  const adult = (): string => {
    const name = `${random.pick(adultFirstNames)} ${random.pick(surnames)}`;
    return taken.has(name) ? adult() : (taken.add(name), name);
  };
  const people = NETWORK.map((p) => ({ ...p, name: p.key === 'child' ? child : adult() }));
  // Meetings every 6–8 weeks, ending around the data set's clock (closed cases ended up to three years earlier).
  const end = new Date(shape.now);
  end.setDate(end.getDate() - (closed ? random.int(60, 1100) : random.int(1, 40)) + (planNext ? 49 : 0));
  const meetings: MeetingPlan[] = [];
  const first = new Date(end);
  first.setDate(first.getDate() - (shape.meetings - 1) * 49);
  for (let i = 0; i < shape.meetings; i++) {
    const day = new Date(first);
    day.setDate(day.getDate() + i * 49 + random.int(-4, 4));
    const base = { type: meetingType(random, i), startsAt: dayTime(day, random) };
    if (planNext && i === shape.meetings - 1) {
      meetings.push({ ...base, planned: true, present: [], notes: [], map: [], scores: [], agreements: [], reviews: [] });
    } else {
      meetings.push({ ...base, ...heldMeeting(random, child, shape, meetings.at(-1)?.agreements.length ?? 0) });
    }
  }
  const goals = Array.from({ length: shape.goals }, () => ({
    text: `${child} ${random.pick(GOAL_TEXTS)}`,
    deadline: random.chance(0.5) ? `${shape.now.getFullYear() + 1}-0${random.int(1, 9)}-15` : null,
    progress: random.chance(0.7) ? random.pick(['on_track', 'some_progress', 'no_progress', 'reached'] as const) : null,
  }));
  return {
    child,
    birthYear: random.int(2010, 2022),
    caseType: random.pick(CASE_TYPES),
    worker: adult(),
    people,
    meetings,
    goals,
    closedReason: closed ? random.pick(CLOSE_REASONS) : null,
  };
}
