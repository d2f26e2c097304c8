import { toIsoDay } from '../../shared/domain/dates';
import { proposeNextMeeting } from '../../shared/domain/followups';
import type { ServiceContext } from './context';
import { createMeeting } from './meetings';
import { endMeeting, goToPhase, saveNote, startMeeting } from './meetingsLive';
import { createParticipant, listParticipants } from './participants';

/** Fictional people around Oliver, used when the participants slice has not already added them to the demo. */
const OLIVER_NETWORK = [
  { name: 'Oliver', role: 'child' },
  { name: 'Camilla Nielsen', role: 'mother' },
  { name: 'Birthe Nielsen', role: 'grandparent', roleDetail: 'mormor' },
  { name: 'Kim Andersen', role: 'network_person', roleDetail: 'fodboldtræner' },
  { name: 'Lars Berg', role: 'teacher', organisation: 'Nordby Skole' },
  { name: 'Sara Lund', role: 'ppr_psychologist', organisation: 'PPR Nordby Kommune' },
  { name: 'Mette Sørensen', role: 'social_worker', organisation: 'Børn og Familie' },
] as const;

type Block = string | string[];
/** A note as tiptap stores it: strings become paragraphs, arrays become bullet lists. */
function doc(...blocks: Block[]) {
  const text = (t: string) => [{ type: 'text', text: t }];
  const content = blocks.map((b) =>
    Array.isArray(b)
      ? { type: 'bulletList', content: b.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: text(item) }] })) }
      : { type: 'paragraph', content: text(b) },
  );
  const plain = blocks.map((b) => (Array.isArray(b) ? b.join('\n') : b)).join('\n');
  return { doc: { type: 'doc' as const, content }, text: plain };
}

const HELD_NOTES: Record<string, ReturnType<typeof doc>> = {
  welcome: doc('Formål: at Oliver kommer i skole hver dag og har det godt der.', 'Det bedste, der kan komme ud af mødet: "At morgenerne bliver lettere" (Camilla).'),
  introductions: doc('Alle præsenterede sig. Kim (fodboldtræner) og Lars (klasselærer) mødte hinanden for første gang.'),
  child_voice: doc('Oliver fortalte selv:', ['Fodbold om tirsdagen og torsdagen er det bedste', 'Matematik er svært, og han har ondt i maven om morgenen', 'Han vil gerne sidde ved siden af Noah i klassen']),
  family_perspective: doc('Camilla: morgenerne er kampe, især mandag. Det hjælper, når mormor Birthe henter.', 'De ønsker faste aftaler med skolen om, hvad der sker, når Oliver kommer for sent.'),
  network_professionals: doc('Lars: Oliver er glad og deltagende, når han først er i skole. Fravær 18 % siden sommerferien.', 'Kim: Oliver kommer altid til træning og hjælper de yngre spillere.'),
  mapping: doc('Bekymringer: fraværet stiger, Oliver har ondt i maven om morgenen.', 'Det virker godt: fodbold, mormor, en lærer Oliver stoler på.', 'Det skal ske: en morgenaftale og en makker i klassen.'),
  scaling: doc('Skalering (0–10): Oliver 6, Camilla 4, Birthe 5, Lars 5, Mette 4.', 'Ét trin op: to uger i træk uden fravær om mandagen.'),
  goals_agreements: doc('Aftaler:', ['Mormor Birthe henter Oliver mandag morgen kl. 7.30', 'Lars sætter Oliver ved siden af Noah og sender en sms til Camilla fredag', 'Mette bestiller en samtale med sundhedsplejersken om mavepinen']),
  next_meeting: doc('Opfølgningsmøde om 7 uger, samme sted. Kim vil gerne med igen.'),
  closing: doc('Oliver: "Det var okay, at alle var her." Camilla: "Jeg går herfra med en plan."'),
};

const CONFIDENTIAL = doc('Camilla fortalte i pausen, at hun selv har svært ved at komme op og er sygemeldt. Tal med hende alene om støtte – ikke på fællesskærmen.');

/** A weekday at 13.00, `days` from today. */
function demoDay(now: Date, days: number): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return `${toIsoDay(d)}T13:00`;
}

/**
 * Oliver's first inddragende netværksmøde, held two weeks ago with notes in every phase (and one fortrolig note),
 * and the planned follow-up seven weeks after it.
 */
export function loadDemoMeetings(ctx: ServiceContext, caseId: string): void {
  let people = listParticipants(ctx, caseId);
  if (people.length === 0) {
    for (const p of OLIVER_NETWORK) createParticipant(ctx, { caseId, ...p });
    people = listParticipants(ctx, caseId);
  }
  // The PPR psychologist joins from the follow-up on (and, never having attended, could still be deleted).
  const ids = people.filter((p) => p.role !== 'ppr_psychologist').map((p) => p.id);
  const heldAt = demoDay(ctx.now(), -14);
  const held = createMeeting(ctx, {
    caseId, type: 'network_meeting', startsAt: heldAt, place: 'Engskolens mødelokale 2', purpose: 'At Oliver kommer i skole hver dag og har det godt der',
    agenda: [{ text: 'Morgenerne derhjemme', proposedBy: 'Camilla' }, { text: 'Fodbold', proposedBy: 'Oliver' }, { text: 'Hvem sidder jeg ved siden af', proposedBy: 'Oliver' }],
    invitedBy: 'Mette Sørensen', leadKind: 'neutral_facilitator', leadName: 'Hanne Krogh', noteTaker: 'Mette Sørensen', noteForm: 'arbejdspapir',
    confirmUnusualDate: true, participantIds: ids,
  });
  startMeeting(ctx, held.id);
  for (const id of ids) ctx.db.prepare(`UPDATE meeting_attendance SET status = ? WHERE meeting_id = ? AND participant_id = ?`).run(people.find((p) => p.id === id)?.role === 'grandparent' ? 'phone' : 'present', held.id, id);
  for (const phase of held.phases) {
    goToPhase(ctx, held.id, phase.id);
    const note = HELD_NOTES[phase.kind];
    if (note) saveNote(ctx, { meetingId: held.id, phaseId: phase.id, kind: 'shared', ...note });
    if (phase.kind === 'family_perspective') saveNote(ctx, { meetingId: held.id, phaseId: phase.id, kind: 'confidential', ...CONFIDENTIAL });
    // A realistic meeting: most phases a little under or over their plan.
    ctx.db.prepare('UPDATE meeting_phases SET elapsed_seconds = ?, running_since = NULL, visited_at = ? WHERE id = ?')
      .run(phase.plannedMinutes * 60 + ((phase.position * 97) % 240) - 120, heldAt, phase.id);
  }
  const goals = held.phases.find((p) => p.kind === 'goals_agreements')!;
  ctx.db.prepare('INSERT INTO meeting_task_drafts (id, meeting_id, phase_id, text, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(crypto.randomUUID(), held.id, goals.id, 'Mormor Birthe henter Oliver mandag morgen kl. 7.30', new Date(heldAt).toISOString());
  endMeeting(ctx, held.id);
  const end = new Date(new Date(heldAt).getTime() + 135 * 60_000).toISOString();
  ctx.db.prepare('UPDATE meetings SET started_at = ?, ended_at = ?, current_phase = ? WHERE id = ?').run(new Date(heldAt).toISOString(), end, held.phases.at(-1)!.id, held.id);
  ctx.db.prepare('UPDATE meeting_notes SET updated_at = ? WHERE meeting_id = ?').run(end, held.id);

  // The follow-up as Kreds proposes it: 7 weeks on, moved off weekends and holidays (the follow-ups slice).
  const next = proposeNextMeeting({ date: heldAt.slice(0, 10), time: heldAt.slice(11, 16) }).start;
  createMeeting(ctx, {
    caseId, type: 'follow_up', startsAt: `${next.date}T${next.time}`, place: 'Engskolens mødelokale 2', purpose: 'Hvordan er det gået med morgenerne?',
    agenda: [{ text: 'Morgenaftalen med mormor', proposedBy: 'Camilla' }], invitedBy: 'Mette Sørensen', leadKind: 'neutral_facilitator', leadName: 'Hanne Krogh',
    noteTaker: 'Mette Sørensen', noteForm: 'arbejdspapir', confirmUnusualDate: true, participantIds: ids,
  });
}
