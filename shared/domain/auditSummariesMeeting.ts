/**
 * Audit summaries for running a meeting and its map: invitees, phases and templates, the console's moves (phase,
 * timer, question, the shared screen), task drafts, the map's pairings, wording, wellbeing level and start, scaling
 * questions and the review of last meeting's agreements. The rules of what may be written are in audit.ts.
 */
import mapDa from '../i18n/da/map.json';
import { AGREEMENT_STATUS_LABELS, REVIEW_OUTCOME_LABELS } from './agreements';
import { asDate, asLabel, asLowerLabel, auditSummary, countOf, MAX_SUMMARY_LENGTH, shorten, type SummaryField } from './audit';
import { MEETING_TYPE_LABELS } from './meetingTemplates';
import { WELLBEING_LABELS } from './wellbeing';

const quote = (text: string) => `"${shorten(text)}"`;
const cut = (text: string) => shorten(text, MAX_SUMMARY_LENGTH);

/** Who was added to or taken off the invitation, by name (as attendance is). */
export function inviteesSummary(before: string[], after: string[]): string {
  const added = after.filter((n) => !before.includes(n));
  const removed = before.filter((n) => !after.includes(n));
  const parts = [`${before.length} → ${countOf(after.length, 'person', 'personer')}`];
  if (added.length) parts.push(`tilføjet ${added.map((n) => shorten(n)).join(', ')}`);
  if (removed.length) parts.push(`fjernet ${removed.map((n) => shorten(n)).join(', ')}`);
  return cut(`Inviterede til mødet: ${parts.join('; ')}`);
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
  return cut(`Mødets faser: ${parts.join('; ')}`);
}

/** The user's own meeting template (no case): its name, type and size. */
export function templateSummary(name: string, type: string, phases: number | null): string {
  if (phases === null) return `Mødeskabelon ${quote(name)} slettet`;
  return `Mødeskabelon ${quote(name)} gemt: type ${asLowerLabel(MEETING_TYPE_LABELS)(type)}; ${countOf(phases, 'fase', 'faser')}`;
}

/** The console moved to another phase (its title is on the shared screen anyway). */
export const phaseMoveSummary = (from: string | null, to: string, position: number, total: number) =>
  cut(`Møde: fase ${from === null ? '–' : quote(from)} → ${quote(to)} (${position} af ${total})`);

export const timerSummary = (phase: string, running: boolean) => `Møde: timeren i fasen ${quote(phase)} ${running ? 'startet' : 'stoppet'}`;

/** Which question of the phase is shown, by number (the questions are the bank's, but may have been edited). */
export const questionSummary = (phase: string, from: number, to: number, total: number) =>
  `Møde: spørgsmål i fasen ${quote(phase)} ${from + 1} → ${to + 1} af ${total}`;

const PRESENTER_MODES: Record<string, string> = { live: 'følger med', blackout: 'sort', freeze: 'frosset' };
/** The shared screen followed, went black or froze (on which phase). */
export const presenterModeSummary = (before: string, after: string, frozenOn: string | null) =>
  cut(`Fælles skærm: ${PRESENTER_MODES[before] ?? before} → ${PRESENTER_MODES[after] ?? after}${frozenOn ? ` på fasen ${quote(frozenOn)}` : ''}`);

/** A task draft is typed in the meeting's heat: its words are not written, only where it was made. */
export const taskDraftSummary = (phase: string | null) => (phase ? `Aftaleudkast tilføjet i fasen ${quote(phase)}` : 'Aftaleudkast tilføjet');

/** A map item as the log may name it: a fortroligt one never by its text. */
export interface NamedItem {
  text: string;
  confidential: boolean;
}
const itemName = (item: NamedItem | null) => (!item ? '–' : item.confidential ? 'fortroligt punkt' : quote(item.text));

/** A danger statement paired with (or released from) a safety goal. */
export function pairingSummary(danger: NamedItem, before: NamedItem | null, after: NamedItem | null): string {
  const what = danger.confidential ? 'Fortroligt punkt på kortet' : `Punkt på kortet ${quote(danger.text)}`;
  return cut(`${what}: parret med ${itemName(before)} → ${itemName(after)}`);
}

export const wordingSummary = (before: string, after: string) =>
  `Kortets ordlyd: ${asLabel(mapDa.wording)(before)} → ${asLabel(mapDa.wording)(after)}`;

export const wellbeingSummary = (before: string | null, after: string | null) =>
  `Trivselsniveau: ${asLabel(WELLBEING_LABELS)(before)} → ${asLabel(WELLBEING_LABELS)(after)}`;

export interface MapSettingsAudit {
  labels: unknown;
  wellbeingHints: unknown;
  familyWords?: unknown;
}
const MAP_SETTINGS_FIELDS: SummaryField<MapSettingsAudit>[] = [
  { key: 'labels', label: 'overskrifter', text: true },
  { key: 'wellbeingHints', label: 'hjælpetekster til trivselsniveauer', text: true },
  { key: 'familyWords', label: 'familiens ord', text: true },
];
/** The municipality's wording of the map: named as changed (the words are on every map anyway). */
export const mapSettingsSummary = (before: MapSettingsAudit, after: MapSettingsAudit) =>
  auditSummary({ what: 'Kortets tekster', name: null, fields: MAP_SETTINGS_FIELDS, before, after });

/** The first time a meeting's map is opened it starts empty or from the previous meeting's map. */
export function mapStartSummary(from: { startsAt: string; items: number; questions: number } | null): string {
  if (!from) return 'Kortet for mødet startet: tomt, med standardspørgsmålet til skalering';
  return `Kortet for mødet startet fra mødet ${asDate(from.startsAt.slice(0, 10))}: ${countOf(from.items, 'punkt', 'punkter')} og ${countOf(from.questions, 'skaleringsspørgsmål', 'skaleringsspørgsmål')} overført`;
}

export interface ScalingQuestionAudit {
  text: string;
}
/** A scaling question is shown on the shared screen: named like an agreement (short), its new wording not written. */
export const scalingQuestionSummary = (before: ScalingQuestionAudit | null, after: ScalingQuestionAudit | null) =>
  auditSummary({ what: 'Skaleringsspørgsmål', name: (after ?? before)?.text, fields: [{ key: 'text', label: 'tekst', text: true }], before, after });

export interface ReviewAudit {
  outcome: string | null;
  status: string;
  comment: string;
}
const REVIEW_FIELDS: SummaryField<ReviewAudit>[] = [
  { key: 'outcome', label: 'vurdering', format: asLowerLabel(REVIEW_OUTCOME_LABELS) },
  { key: 'status', label: 'status', format: asLowerLabel(AGREEMENT_STATUS_LABELS) },
  { key: 'comment', label: 'kommentar', text: true },
];
/** Last meeting's agreement reviewed at the follow-up (named as agreements are). */
export const reviewSummary = (agreement: string, before: ReviewAudit, after: ReviewAudit) =>
  auditSummary({ what: 'Opfølgning på aftale', name: agreement, fields: REVIEW_FIELDS, before, after });
