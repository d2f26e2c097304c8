import type { SharedAgreement, SharedContent, SharedNextMeeting } from '../../shared/contract/sharedScreen';
import { familyMapLabels, familyOrder, familyScalingQuestion, familyWords, say, scaleAnchors, type FamilyWords } from '../../shared/domain/familyWords';
import { DEFAULT_MAP_LABELS, MAP_COLUMNS, presentableItems, type MapColumn, type MapItem } from '../../shared/domain/map';
import type { ReviewOutcome } from '../../shared/domain/agreements';
import { reviewItems } from './agreementsReview';
import { listHouseItems } from './childHouses';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';
import { plannedFor } from './followups';
import { meetingPeople } from './map';
import { mapItems } from './mapItems';
import { readMapSettings } from './mapSettings';
import { caseWording, ensureMapStarted } from './mapStart';
import { getNetworkMap } from './networkMap';
import { getContactPerson } from './participants';
import { getScaling } from './scaling';

/**
 * The content of each family-facing view, built from the slices' own reads and cut down to what the view renders
 * (contract/sharedScreen.ts). Each function answers one SharedContent kind.
 */

/**
 * The case's vocabulary: its map wording with the municipality's changes (the entry point for any family text). The
 * three questions of the map are the same words on both sides: a municipality that rewords one on the map ("Hvad
 * bekymrer os?") sees it on the shared screen too, unless it gave the family a word of its own for it.
 */
export function caseFamilyWords(ctx: ServiceContext, caseId: string): FamilyWords {
  const wording = caseWording(ctx, caseId);
  const settings = readMapSettings(ctx);
  const questions = Object.fromEntries(MAP_COLUMNS.map((column) => [column, settings.labels[wording]?.[column]]).filter(([, label]) => label?.trim()));
  return familyWords(wording, { [wording]: { ...questions, ...settings.familyWords[wording] } });
}

/** The meeting's people with role and group, to put anyone listed in the family's order. */
function peopleOf(ctx: ServiceContext, meetingId: string): Map<string, { role: string; group: string }> {
  const rows = ctx.db.prepare('SELECT participant_id AS id, role, group_kind AS "group" FROM meeting_attendance WHERE meeting_id = ?').all(meetingId) as {
    id: string;
    role: string;
    group: string;
  }[];
  return new Map(rows.map((r) => [r.id, { role: r.role, group: r.group }]));
}

/** The column the facilitator's question names ("Hvad virker godt?"), in either the professional or the family wording. */
function focusColumn(question: string | null, words: FamilyWords, professional: Record<MapColumn, string>): MapColumn | null {
  const asked = question?.trim().toLowerCase();
  if (!asked) return null;
  return MAP_COLUMNS.find((column) => [words[column], professional[column]].some((label) => label.trim().toLowerCase() === asked)) ?? null;
}

export function sharedMap(ctx: ServiceContext, meetingId: string, question: string | null = null): SharedContent {
  const meeting = ensureMapStarted(ctx, meetingId);
  const words = caseFamilyWords(ctx, meeting.caseId);
  const names = new Map(meetingPeople(ctx, meetingId).map((p) => [p.participantId, p.name]));
  const shown: MapItem[] = presentableItems(mapItems(ctx, meetingId));
  const shownIds = new Set(shown.map((item) => item.id));
  const professional = DEFAULT_MAP_LABELS[caseWording(ctx, meeting.caseId)];
  return {
    kind: 'map',
    labels: familyMapLabels(words),
    focus: focusColumn(question, words, professional),
    items: shown.map((item) => ({
      id: item.id,
      part: item.part,
      text: item.text,
      saidBy: item.saidBy ? (names.get(item.saidBy) ?? null) : null,
      goalId: item.pairedGoalId && shownIds.has(item.pairedGoalId) ? item.pairedGoalId : null,
    })),
  };
}

/** Only the words the child chose to show. */
export function sharedHouses(ctx: ServiceContext, meetingId: string): SharedContent {
  return { kind: 'houses', houses: listHouseItems(ctx, { meetingId, sharedOnly: true }).map(({ house, text, drawing }) => ({ house, text, drawing })) };
}

export function sharedScaling(ctx: ServiceContext, meetingId: string, childName: string): SharedContent {
  const view = getScaling(ctx, meetingId);
  const words = caseFamilyWords(ctx, ensureMapStarted(ctx, meetingId).caseId);
  const roles = peopleOf(ctx, meetingId);
  const names = new Map(view.people.map((p) => [p.participantId, p.name]));
  return {
    kind: 'scaling',
    ...scaleAnchors(words, childName),
    questions: view.questions.map((q) => ({
      id: q.id,
      text: familyScalingQuestion(q.text, words, childName),
      scores: familyOrder(q.scores.map((s) => ({ name: names.get(s.participantId) ?? '', value: s.value, ...(roles.get(s.participantId) ?? { role: '', group: '' }) })))
        .filter((s) => s.name)
        .map(({ name, value }) => ({ name, value })),
    })),
  };
}

export function sharedNetwork(ctx: ServiceContext, caseId: string, versionId?: string): SharedContent {
  const map = getNetworkMap(ctx, caseId, versionId);
  return {
    kind: 'network',
    childName: map.childName,
    nodes: familyOrder(map.nodes).map((n) => ({ id: n.participantId, name: n.name, role: n.role, roleDetail: n.roleDetail, group: n.group, ring: n.ring, angle: n.angle, tie: n.tie })),
  };
}

interface AgreementRow {
  who: string;
  what: string;
  due: string | null;
  role: string | null;
  group: string | null;
}

function meetingAgreements(ctx: ServiceContext, meetingId: string): AgreementRow[] {
  return ctx.db
    .prepare(
      `SELECT a.responsible_name AS who, a.what, a.due_date AS due, p.role, p.group_kind AS "group"
       FROM agreements a LEFT JOIN participants p ON p.id = a.responsible_participant_id
       WHERE a.meeting_id = ? ORDER BY a.created_at, a.rowid`,
    )
    .all(meetingId) as AgreementRow[];
}

const toShared = ({ who, what, due }: AgreementRow): SharedAgreement => ({ who, what, due });

/** In the order they were made: the newest, just agreed, comes last. */
export function sharedAgreements(ctx: ServiceContext, caseId: string, meetingId: string): SharedContent {
  const goals = prepared(ctx.db, `SELECT text FROM goals WHERE case_id = ? AND parent_id IS NULL AND status = 'active' ORDER BY position, created_at`).pluck().all(caseId) as string[];
  return { kind: 'agreements', goals, agreements: meetingAgreements(ctx, meetingId).map(toShared) };
}

/** The recap groups them by person, the child first, so each person finds their own. */
function byPerson(rows: AgreementRow[]): SharedAgreement[] {
  const people = new Map<string, AgreementRow[]>();
  for (const row of rows) people.set(row.who, [...(people.get(row.who) ?? []), row]);
  const order = familyOrder([...people.values()].map((list) => ({ rows: list, role: list[0]!.role ?? '', group: list[0]!.group ?? '' })));
  return order.flatMap((person) => person.rows.map(toShared));
}

export function sharedReview(ctx: ServiceContext, meetingId: string): SharedContent {
  return {
    kind: 'review',
    items: reviewItems(ctx, meetingId).map(({ agreement, review }) => ({ who: agreement.responsibleName, what: agreement.what, outcome: (review?.outcome ?? null) as ReviewOutcome | null })),
  };
}

/** Only what this meeting agreed: a date planned earlier is not yet agreed by the people in the room. */
function nextMeeting(ctx: ServiceContext, caseId: string, meetingId: string): SharedNextMeeting | null {
  const planned = plannedFor(ctx, caseId);
  return planned && planned.fromMeetingId === meetingId ? { date: planned.start.date, time: planned.start.time, place: planned.location } : null;
}

export function sharedNextMeeting(ctx: ServiceContext, caseId: string, meetingId: string): SharedContent {
  return { kind: 'nextMeeting', next: nextMeeting(ctx, caseId, meetingId) };
}

/** The recap: who does what by when, the next meeting, and the one person to call, with the number. */
export function sharedClosing(ctx: ServiceContext, caseId: string, meetingId: string, words: FamilyWords, childName: string): SharedContent {
  const contact = getContactPerson(ctx, caseId).current;
  return {
    kind: 'closing',
    headings: { agreements: say(words['heading.whoDoesWhat'], childName), next: say(words['heading.nextMeeting'], childName), contact: say(words['heading.contact'], childName) },
    agreements: byPerson(meetingAgreements(ctx, meetingId)),
    next: nextMeeting(ctx, caseId, meetingId),
    contact: contact ? { name: contact.name, phone: contact.phone } : null,
  };
}
