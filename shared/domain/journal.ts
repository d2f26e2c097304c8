/**
 * The journal note (journalnotat): a plain-text summary of a held meeting, structured for pasting into the
 * municipality's case system so nobody types the meeting twice. Family-safe by default; fortroligt items are
 * included only in the professional version, and then marked so the reader sees what they are.
 */
import { AGREEMENT_STATUS_LABELS } from './agreements';
import { formatDate, formatDateTime } from './dates';
import { HOUSE_LABELS, HOUSES } from './houses';
import { DEFAULT_MAP_LABELS, MAP_PARTS, type MapLabels } from './map';
import { agreementLine, contactLine, nextMeetingLine, phasesWithNotes, type ContactRecord } from './outcome';
import type { Role } from './participants';
import { GOAL_STATUS_LABELS, PROGRESS_STATUS_LABELS } from './plan';
import { attended, type GoalRecord, type MeetingRecord, type MeetingTypeKey } from './review';
import { WELLBEING_LABELS } from './wellbeing';

export const MEETING_TYPE_NAMES: Record<MeetingTypeKey, string> = {
  network_meeting: 'Inddragende netværksmøde',
  follow_up: 'Opfølgningsmøde',
  resource_center: 'Ressourcecentermøde',
};

/** Role names for plain-text outputs (journal note, PDF); the screens use the participants slice's translations. */
export const ROLE_NAMES: Record<Role, string> = {
  child: 'Barnet',
  mother: 'Mor',
  father: 'Far',
  sibling: 'Søskende',
  grandparent: 'Bedsteforælder',
  foster_parent: 'Plejeforælder',
  other_family: 'Familie',
  network_person: 'Netværksperson',
  support_person: 'Bisidder',
  teacher: 'Lærer',
  pedagogue: 'Pædagog',
  health_visitor: 'Sundhedsplejerske',
  ppr_psychologist: 'PPR-psykolog',
  social_worker: 'Socialrådgiver',
  school_social_worker: 'Skolesocialrådgiver',
  provider: 'Leverandør',
  other: 'Andet',
};

export const ATTENDANCE_NAMES = { present: 'til stede', phone: 'deltog på telefon', absent: 'afbud', invited: 'inviteret' } as const;

export const CONFIDENTIAL_MARK = '[FORTROLIGT]';

export interface JournalInput {
  childName: string;
  meeting: MeetingRecord;
  goals: GoalRecord[];
  nextMeeting: { startsAt: string; place: string } | null;
  contactPerson: ContactRecord;
  professional: boolean;
  labels?: MapLabels;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [title.toUpperCase(), ...lines, ''] : [];
}

function mark(text: string, confidential: boolean): string {
  return confidential ? `${CONFIDENTIAL_MARK} ${text}` : text;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Outcome first (issue 17): what was agreed, the next meeting and whom to call open the note, as on the family's
 * paper; then who took part (the child first), the child's own words, the map, scaling, goals and the notes of the
 * phases that have any.
 */
export function buildJournalNote(input: JournalInput): string {
  const { meeting, professional } = input;
  const labels = input.labels ?? DEFAULT_MAP_LABELS.safety;
  const keep = <T extends { confidential: boolean }>(items: T[]) => (professional ? items : items.filter((i) => !i.confidential));
  const lines: string[] = [];
  lines.push(`Journalnotat – ${MEETING_TYPE_NAMES[meeting.type]} vedr. ${input.childName}`);
  lines.push(`Dato: ${formatDateTime(meeting.startsAt)}${meeting.place ? `, ${meeting.place}` : ''}`);
  lines.push(professional ? 'Version: Fagprofessionel (indeholder fortrolige oplysninger)' : 'Version: Til familien og netværket (uden fortrolige oplysninger)');
  lines.push('');

  const agreed = meeting.agreements.map((a) => `- ${agreementLine(a)} (${AGREEMENT_STATUS_LABELS[a.status].toLowerCase()})`);
  lines.push(...section('Aftaler – hvem gør hvad hvornår', agreed.length ? agreed : ['Ingen aftaler fra dette møde']));
  lines.push(...section('Næste møde', [input.nextMeeting ? nextMeetingLine(input.nextMeeting) : 'Ikke aftalt endnu']));
  const contact = input.contactPerson;
  lines.push(...section('Kontaktperson', [contact.chosen ? contactLine(contact) : `Ingen kontaktperson valgt. Sagsansvarlig: ${contact.name}`]));

  const present = meeting.attendees.filter(attended);
  const absent = meeting.attendees.filter((a) => a.status === 'absent');
  lines.push(
    ...section('Deltagere', [
      ...present.map((a) => `- ${a.name}${a.role ? ` (${a.role})` : ''}${a.status === 'phone' ? `, ${ATTENDANCE_NAMES.phone}` : ''}`),
      ...(absent.length ? [`Afbud: ${absent.map((a) => a.name).join(', ')}`] : []),
    ]),
  );

  lines.push(
    ...section(
      'Barnets egne ord (De tre huse)',
      HOUSES.flatMap((house) => meeting.houseItems.filter((h) => h.house === house).map((h) => `- ${HOUSE_LABELS[house]}: »${oneLine(h.text)}«${h.shown ? '' : ' (ikke vist på skærmen)'}`)),
    ),
  );

  const mapLines = MAP_PARTS.flatMap((part) => {
    const items = keep(meeting.mapItems.filter((i) => i.part === part));
    if (!items.length) return [];
    return [`${labels[part]}:`, ...items.map((i) => `- ${mark(oneLine(i.text), i.confidential)}${i.saidByName ? ` (${i.saidByName})` : ''}`)];
  });
  lines.push(...section('Kortet', mapLines));

  const scalingLines = meeting.scaling.flatMap((q) =>
    q.scores.length ? [`${oneLine(q.question)}`, `  ${q.scores.map((s) => `${s.participantName}: ${s.value}`).join(', ')}`] : [],
  );
  if (meeting.wellbeing) scalingLines.push(`Trivselsniveau: ${WELLBEING_LABELS[meeting.wellbeing]}`);
  lines.push(...section('Skalering', scalingLines));

  lines.push(
    ...section(
      'Mål',
      input.goals
        .filter((g) => g.status !== 'dropped')
        .map((g) => {
          const latest = g.progress[g.progress.length - 1];
          const progress = latest?.status ? `, ${PROGRESS_STATUS_LABELS[latest.status].toLowerCase()}` : '';
          const score = latest?.score != null ? ` (${latest.score}/10)` : '';
          return `${g.parentId ? '  - delmål: ' : '- '}${oneLine(g.text)}${g.deadline ? ` – inden ${formatDate(g.deadline)}` : ''} [${GOAL_STATUS_LABELS[g.status].toLowerCase()}${progress}${score}]`;
        }),
    ),
  );

  const notes = phasesWithNotes(keep(meeting.notes)).flatMap((phase) => phase.notes.map((n) => `${phase.phaseTitle}: ${mark(oneLine(n.text), n.confidential)}`));
  lines.push(...section('Noter', notes));
  return lines.join('\n').trimEnd() + '\n';
}
