/**
 * What the family takes home, in the order it is read (issue 17): *Det aftalte vi* (who does what by when),
 * *Næste møde* (weekday, date, week, time, place) and *Jeres kontaktperson* (name, role, phone) come first —
 * on the end-of-meeting screen, the read-back, the family PDF and the journal note alike — then the child's own
 * words, the map, scaling and the notes. These are the plain-text lines the journal note writes; the screens show
 * the same facts with the same rules.
 */
import { resources } from '../i18n';
import { formatDate } from './dates';
import { isoWeekOfDay, toCopenhagen, weekday } from './localTime';
import type { AgreementRecord, NoteRecord } from './review';

/** The case's contact person (tovholder) as the family should reach them; `null` fields are simply not known. */
export interface ContactRecord {
  name: string;
  /** The role in words: "Socialrådgiver", or the role's free text ("klasselærer 3.b"). */
  role: string;
  phone: string;
  email: string;
  /** False when this is the case's responsible worker standing in, because no contact person was chosen. */
  chosen: boolean;
}

export interface WhenParts {
  weekday: string;
  date: string;
  week: number;
  time: string;
}

/** A meeting's 'yyyy-mm-ddTHH:mm' (or an ISO instant) as the Danish weekday, date, week and time. */
export function whenParts(startsAt: string): WhenParts {
  const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(startsAt) ? { date: startsAt.slice(0, 10), time: startsAt.slice(11, 16) } : toCopenhagen(new Date(startsAt));
  const names = resources.da.followups.weekday as Record<string, string>;
  return {
    weekday: names[String(weekday(local.date))]!,
    date: formatDate(`${local.date}T12:00`),
    week: isoWeekOfDay(local.date).week,
    time: local.time.replace(':', '.'),
  };
}

/** "torsdag 25.06.2026 (uge 26) kl. 10.00, Rådhuset" */
export function nextMeetingLine(next: { startsAt: string; place: string }): string {
  const w = whenParts(next.startsAt);
  return `${w.weekday} ${w.date} (uge ${w.week}) kl. ${w.time}${next.place ? `, ${next.place}` : ''}`;
}

/** "Mette Sørensen, Socialrådgiver, tlf. 51 23 45 67" */
export function contactLine(contact: ContactRecord): string {
  return [contact.name, contact.role, contact.phone && `tlf. ${contact.phone}`, contact.email].filter(Boolean).join(', ');
}

/** "Inge (mormor): Hente Oliver tirsdag og torsdag – senest 20.05.2026" — the person first, as the meeting agreed. */
export function agreementLine(agreement: Pick<AgreementRecord, 'responsibleName' | 'what' | 'dueDate'>): string {
  const due = agreement.dueDate ? ` – senest ${formatDate(`${agreement.dueDate}T12:00`)}` : '';
  return `${agreement.responsibleName}: ${agreement.what.replace(/\s+/g, ' ').trim()}${due}`;
}

/** The notes grouped by phase in meeting order; a phase without any written note is left out, never "Ingen noter.". */
export function phasesWithNotes(notes: NoteRecord[]): { phaseId: string; phaseKind: string; phaseTitle: string; notes: NoteRecord[] }[] {
  const phases = new Map<string, { phaseId: string; phaseKind: string; phaseTitle: string; notes: NoteRecord[] }>();
  for (const note of notes) {
    if (!note.text.trim()) continue;
    const phase = phases.get(note.phaseId) ?? { phaseId: note.phaseId, phaseKind: note.phaseKind, phaseTitle: note.phaseTitle, notes: [] };
    phase.notes.push(note);
    phases.set(note.phaseId, phase);
  }
  return [...phases.values()];
}

