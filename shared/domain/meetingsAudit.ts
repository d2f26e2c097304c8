/**
 * The meetings' lines in the audit trail: a meeting planned, moved, started and held, its invitees, phases and
 * templates, the console's moves (phase, timer, question, the shared screen), attendance, notes and task drafts.
 * What may be written is audit.ts's rule.
 */
import { asDateTime, asLabel, asLowerLabel, auditSummary, countOf, cutSummary, quote, shorten, type CapabilityAudit, type SummaryField } from './audit';
import { MEETING_TYPE_LABELS } from './meetingTemplates';

export const meetingsAudit: CapabilityAudit = { capability: 'meetings', entities: ['meetings', 'attendance', 'notes', 'task_draft', 'meeting_template'] };

export interface MeetingAudit {
  type: string;
  startsAt: string;
  place: string;
  status: string;
  leadName: string;
  noteTaker: string;
  purpose: string;
}
const MEETING_STATUS_LABELS: Record<string, string> = { planned: 'planlagt', running: 'i gang', held: 'afholdt', cancelled: 'aflyst' };
const MEETING_FIELDS: SummaryField<MeetingAudit>[] = [
  { key: 'type', label: 'type', format: asLowerLabel(MEETING_TYPE_LABELS) },
  { key: 'startsAt', label: 'tidspunkt', format: asDateTime },
  { key: 'place', label: 'sted' },
  { key: 'status', label: 'status', format: asLabel(MEETING_STATUS_LABELS) },
  { key: 'leadName', label: 'mødeleder' },
  { key: 'noteTaker', label: 'referent' },
  { key: 'purpose', label: 'formål', text: true },
];
export const meetingSummary = (before: MeetingAudit | null, after: MeetingAudit | null) =>
  auditSummary({ what: 'Møde', name: null, fields: MEETING_FIELDS, before, after });

/** A note save names the phase and whether it was the fortrolige note, never a word of its text. */
export const noteSummary = (phaseTitle: string, confidential: boolean): string =>
  `${confidential ? 'Fortrolige noter' : 'Noter'} i fasen "${phaseTitle.slice(0, 60)}" gemt`;

const ATTENDANCE_LABELS: Record<string, string> = { invited: 'inviteret', present: 'til stede', absent: 'fraværende', phone: 'med i telefon' };
export const attendanceSummary = (name: string, before: string, after: string): string =>
  `Fremmøde: ${shorten(name)} ${ATTENDANCE_LABELS[before] ?? before} → ${ATTENDANCE_LABELS[after] ?? after}`;

/** Who was added to or taken off the invitation, by name (as attendance is). */
export function inviteesSummary(before: string[], after: string[]): string {
  const added = after.filter((n) => !before.includes(n));
  const removed = before.filter((n) => !after.includes(n));
  const parts = [`${before.length} → ${countOf(after.length, 'person', 'personer')}`];
  if (added.length) parts.push(`tilføjet ${added.map((n) => shorten(n)).join(', ')}`);
  if (removed.length) parts.push(`fjernet ${removed.map((n) => shorten(n)).join(', ')}`);
  return cutSummary(`Inviterede til mødet: ${parts.join('; ')}`);
}

export interface PhaseAudit {
  id: string;
  title: string;
  plannedMinutes: number;
  questions: string[];
}
/** The meeting's phases: how many, which were added or removed, which were changed (titles only, never questions). */
export function phasesSummary(before: PhaseAudit[], after: PhaseAudit[]): string {
  const kept = new Map(before.map((p) => [p.id, p]));
  const added = after.filter((p) => !kept.has(p.id));
  const removed = before.filter((p) => !after.some((a) => a.id === p.id));
  const changed = after.filter((p) => {
    const old = kept.get(p.id);
    return old && JSON.stringify([old.title, old.plannedMinutes, old.questions]) !== JSON.stringify([p.title, p.plannedMinutes, p.questions]);
  });
  const order = (phases: PhaseAudit[], among: PhaseAudit[]) => phases.filter((p) => among.some((a) => a.id === p.id)).map((p) => p.id).join();
  const moved = order(before, after) !== order(after, before);
  const parts = [before.length === after.length ? countOf(after.length, 'fase', 'faser') : `${before.length} → ${countOf(after.length, 'fase', 'faser')}`];
  if (added.length) parts.push(`tilføjet ${added.map((p) => quote(p.title)).join(', ')}`);
  if (removed.length) parts.push(`fjernet ${removed.map((p) => quote(p.title)).join(', ')}`);
  if (changed.length) parts.push(`ændret ${changed.map((p) => quote(p.title)).join(', ')}`);
  if (moved) parts.push('rækkefølge ændret');
  return cutSummary(`Mødets faser: ${parts.join('; ')}`);
}

/** The user's own meeting template (no case): its name, type and size. */
export function templateSummary(name: string, type: string, phases: number | null): string {
  if (phases === null) return `Mødeskabelon ${quote(name)} slettet`;
  return `Mødeskabelon ${quote(name)} gemt: type ${asLowerLabel(MEETING_TYPE_LABELS)(type)}; ${countOf(phases, 'fase', 'faser')}`;
}

/** The console moved to another phase (its title is on the shared screen anyway). */
export const phaseMoveSummary = (from: string | null, to: string, position: number, total: number) =>
  cutSummary(`Møde: fase ${from === null ? '–' : quote(from)} → ${quote(to)} (${position} af ${total})`);

export const timerSummary = (phase: string, running: boolean) => `Møde: timeren i fasen ${quote(phase)} ${running ? 'startet' : 'stoppet'}`;

/** Which question of the phase is shown, by number (the questions are the bank's, but may have been edited). */
export const questionSummary = (phase: string, from: number, to: number, total: number) =>
  `Møde: spørgsmål i fasen ${quote(phase)} ${from + 1} → ${to + 1} af ${total}`;

const PRESENTER_MODES: Record<string, string> = { live: 'følger med', blackout: 'sort', freeze: 'frosset' };
/** The shared screen followed, went black or froze (on which phase). */
export const presenterModeSummary = (before: string, after: string, frozenOn: string | null) =>
  cutSummary(`Fælles skærm: ${PRESENTER_MODES[before] ?? before} → ${PRESENTER_MODES[after] ?? after}${frozenOn ? ` på fasen ${quote(frozenOn)}` : ''}`);

/** A task draft is typed in the meeting's heat: its words are not written, only where it was made. */
export const taskDraftSummary = (phase: string | null) => (phase ? `Aftaleudkast tilføjet i fasen ${quote(phase)}` : 'Aftaleudkast tilføjet');
