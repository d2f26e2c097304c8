import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../shared/contract';
import { capabilityOfEntity } from '../../shared/domain/auditRegistry';
import { createTestHost, OLIVER, type TestHost } from '../testing';
import { serviceHandlers, type HostChannel, type ServiceChannel } from './index';

/**
 * Every channel the host runs in its audited transaction (every service handler, so a new channel cannot be left
 * out: the step table below must name each one or this file does not compile), called once through the real host on
 * a real encrypted database. A channel that changes rows must leave audit entries that all carry a Danish summary;
 * the host's generic fallback (channel verb and field names only) counts as a miss.
 */

/** Ids the steps hand on to each other. */
type S = Record<string, string>;
interface Step {
  input: (s: S) => unknown;
  /** Remembers ids from the answer for later steps. */
  then?: (s: S, out: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** A read: the call must change nothing and record nothing. */
  read?: true;
}

/**
 * Channels that write but deliberately record no value summary, each with the reason. Nothing else may be here.
 */
const NO_SUMMARY: Partial<Record<ServiceChannel, string>> = {
  // The receipt of "Slet sagen nu" keeps only the case id: after the deletion nothing of the case may be written
  // anywhere, and the case's summaries are erased in the same transaction.
  'cases.delete': 'deletion receipt: ids only, by design',
};

/**
 * The channels the host answers itself, outside the per-call transaction and its generic entry: each with why it
 * leaves no entry, or where it records its own. A new host channel must be named here, or this does not compile.
 */
const HOST_CHANNELS: Record<HostChannel, string> = {
  'app.info': 'reads the host state',
  'app.openExternal': 'opens a link in the OS browser; stores nothing',
  'export.pdf': 'saves a PDF where the user chooses; the database is unchanged',
  'followups.openInCalendar': 'hands an .ics to the calendar app; the database is unchanged',
  'lock.status': 'reads the lock state',
  'lock.setup': 'records its own summarised entry, never the secret (tested below)',
  'lock.change': 'records its own summarised entry, never the secret (tested below)',
  'lock.unlock': 'unlocks, or counts a wrong attempt: the lock\'s own counter, no one\'s data',
  'lock.lock': 'locks the window; stores nothing',
  'lock.activity': 'marks activity for the idle lock; stores nothing',
  'backup.list': 'reads the backup files',
  'backup.preview': 'reads a backup file',
  'backup.export': 'reads a backup file',
  'backup.create': 'writes a file beside the database; the database is unchanged',
  'backup.import': 'keeps a file the user picked as a backup; the database is unchanged',
  'backup.restore': 'replaces the whole database; the cases it deletes again leave receipts',
  'phones.status': 'reads the phone session (memory only)',
  'phones.start': 'starts the phone server; the session lives in memory only and stores nothing',
  'phones.stop': 'ends the phone session; stores nothing',
  'phones.removeDevice': 'forgets a device key in memory; stores nothing',
  'phones.assign': 'changes who a device acts as, in memory; stores nothing',
  'phones.openScaling': 'opens a question on the phones, in memory; stores nothing',
  'phones.showJoin': 'shows or hides the code on the shared screen, in memory; stores nothing',
  'phones.sharedJoin': 'reads the code the shared screen shows',
  'phones.reveal': 'writes each number through scaling.setScore, which records its own summarised entry',
  'phones.decide': 'an accepted suggestion goes through map.addItem, which records its own entry; a rejected one stores nothing',
};

let t: TestHost;
beforeEach(() => (t = createTestHost({ now: '2026-05-14T10:00:00' })));
afterEach(() => t.close());

async function must(channel: ChannelName, input: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const result = await t.host.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const phases = (m: { phases: { id: string; kind: string; title: string; plannedMinutes: number; questions: string[] }[] }) =>
  m.phases.map(({ id, kind, title, plannedMinutes, questions }) => ({ id, kind, title, plannedMinutes, questions }));

/** A real 1×1 PNG, as the drawing pad would send one. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** The case, people, meetings and map items the steps work on. */
async function setup(s: S): Promise<void> {
  s.caseId = (await must('cases.create', OLIVER)).id;
  for (const [key, name, role] of [['mother', 'Sara', 'mother'], ['father', 'Peter', 'father'], ['teacher', 'Lærer Jens', 'teacher'], ['aunt', 'Moster Lis', 'other_family']]) {
    s[key!] = (await must('participants.create', { caseId: s.caseId, name, role, roleDetail: '' })).id;
  }
  const m1 = await must('meetings.create', { caseId: s.caseId, type: 'network_meeting', startsAt: '2026-05-14T13:00', place: 'Skolen', participantIds: [s.mother, s.teacher] });
  s.m1 = m1.id;
  s.phase1 = m1.phases[0].id;
  s.phase2 = m1.phases[1].id;
  s.m2 = (await must('meetings.create', { caseId: s.caseId, type: 'network_meeting', startsAt: '2026-05-20T13:00', place: 'Rådhuset' })).id;
  s.danger = (await must('map.addItem', { meetingId: s.m1, part: 'danger_statements', text: 'Vi er bekymrede for skolefraværet', saidBy: null, confidential: false })).id;
  s.safetyGoal = (await must('map.addItem', { meetingId: s.m1, part: 'safety_goals', text: 'Oliver kommer i skole hver dag', saidBy: null, confidential: false })).id;
  s.agreement = (await must('agreements.create', { caseId: s.caseId, meetingId: s.m1, what: 'Ringe til skolen', responsibleName: 'Sara', responsibleParticipantId: s.mother })).id;
  s.goal = (await must('plan.addGoal', { caseId: s.caseId, text: 'Oliver møder i skole hver dag' })).id;
  s.case2 = (await must('cases.create', { ...OLIVER, childName: 'Sofie', birthYear: 2012 })).id;
}

const STEPS = {
  'settings.get': { read: true, input: () => ({}) },
  'settings.set': { input: () => ({ theme: 'dark', textSize: 125, profileName: 'Mette Sørensen' }) },
  'cases.list': { read: true, input: () => ({}) },
  'cases.get': { read: true, input: (s) => ({ id: s.caseId }) },
  'cases.workers': { read: true, input: () => ({}) },
  'cases.create': { input: () => ({ ...OLIVER, childName: 'Emil', birthYear: 2011 }) },
  'cases.update': { input: (s) => ({ id: s.caseId, ...OLIVER, responsibleWorker: 'Jonas Holm' }) },
  'cases.close': { input: (s) => ({ id: s.case2, reason: 'Støtten er afsluttet' }) },
  'cases.reopen': { input: (s) => ({ id: s.case2 }) },
  'participants.list': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'participants.create': { input: (s) => ({ caseId: s.caseId, name: 'Mormor Inge', role: 'grandparent', roleDetail: '' }) },
  'participants.update': { input: (s) => ({ id: s.teacher, name: 'Lærer Jens', role: 'teacher', roleDetail: '', organisation: 'Byskolen' }) },
  'participants.archive': { input: (s) => ({ id: s.father }) },
  'participants.restore': { input: (s) => ({ id: s.father }) },
  'participants.delete': { input: (s) => ({ id: s.aunt }) },
  'participants.contactPerson': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'participants.setContactPerson': { input: (s) => ({ caseId: s.caseId, participantId: s.mother }) },
  'consent.status': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'consent.create': {
    input: (s) => ({ caseId: s.caseId, kind: 'consent', givenBy: [{ name: 'Sara', capacity: 'custody_holder', participantId: s.mother }], givenOn: '2026-05-01', infoTypes: ['school'], recipientIds: [s.teacher], purpose: 'Samarbejde med skolen' }),
    then: (s, out) => (s.consent = out.id),
  },
  'consent.update': {
    input: (s) => ({ id: s.consent, kind: 'consent', givenBy: [{ name: 'Sara', capacity: 'custody_holder', participantId: s.mother }], givenOn: '2026-05-01', infoTypes: ['school', 'health'], recipientIds: [s.teacher], purpose: 'Samarbejde med skolen' }),
  },
  'consent.withdraw': { input: (s) => ({ id: s.consent, withdrawnOn: '2026-05-13' }) },
  'networkMap.get': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'networkMap.place': { input: (s) => ({ participantId: s.mother, ring: 1, angle: 90 }) },
  'networkMap.setTie': { input: (s) => ({ participantId: s.mother, tie: 'support' }) },
  'networkMap.versions': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'networkMap.presenter': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'networkMap.snapshot': { input: (s) => ({ caseId: s.caseId, meetingId: null, moment: 'manual' }) },
  'meetings.list': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'meetings.get': { read: true, input: (s) => ({ id: s.m1 }) },
  'meetings.running': { read: true, input: () => ({}) },
  'meetings.templates': { read: true, input: () => ({}) },
  'meetings.create': { input: (s) => ({ caseId: s.caseId, type: 'follow_up', startsAt: '2026-06-25T10:00', place: 'Rådhuset' }), then: (s, out) => (s.m3 = out.id) },
  'meetings.update': { input: (s) => ({ id: s.m2, type: 'network_meeting', startsAt: '2026-05-21T09:30', place: 'Rådhuset' }) },
  'meetings.cancel': { input: (s) => ({ id: s.m2 }) },
  'meetings.setInvitees': { input: (s) => ({ meetingId: s.m1, participantIds: [s.mother, s.teacher, s.father] }) },
  'meetings.setPhases': {
    input: async (s) => ({ meetingId: s.m1, phases: [...phases(await must('meetings.get', { id: s.m1 })), { kind: 'closing', title: 'Pause', plannedMinutes: 10, questions: [] }] }),
  },
  'meetings.saveTemplate': { input: () => ({ name: 'Kort netværksmøde', type: 'network_meeting', phases: [{ kind: 'welcome', title: 'Velkomst', plannedMinutes: 10, questions: [] }] }), then: (s, out) => (s.template = out.id) },
  'meetings.deleteTemplate': { input: (s) => ({ id: s.template }) },
  'meetings.start': { input: (s) => ({ id: s.m1 }) },
  'meetings.goToPhase': { input: (s) => ({ meetingId: s.m1, phaseId: s.phase2 }) },
  'meetings.setTimer': { input: (s) => ({ meetingId: s.m1, running: false }) },
  'meetings.setQuestion': { input: (s) => ({ meetingId: s.m1, phaseId: s.phase2, index: 1 }) },
  'meetings.setAttendance': { input: (s) => ({ meetingId: s.m1, participantId: s.mother, status: 'present' }) },
  'meetings.saveNote': { input: (s) => ({ meetingId: s.m1, phaseId: s.phase2, kind: 'shared', doc: { type: 'doc' }, text: 'Mor fortæller om morgenerne' }) },
  'meetings.setPresenterMode': { input: (s) => ({ meetingId: s.m1, mode: 'blackout' }) },
  'meetings.addTaskDraft': { input: (s) => ({ meetingId: s.m1, phaseId: s.phase2, text: 'Mor ringer til skolen' }), then: (s, out) => (s.draft = out.id) },
  'meetings.presenter': { read: true, input: (s) => ({ id: s.m1 }) },
  'map.get': { read: true, input: (s) => ({ meetingId: s.m1 }) },
  'map.presenter': { read: true, input: (s) => ({ meetingId: s.m1 }) },
  'map.caseSummary': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'map.addItem': { input: (s) => ({ meetingId: s.m1, part: 'strengths', text: 'Mormor henter hver fredag', saidBy: null, confidential: false }), then: (s, out) => (s.item = out.id) },
  'map.updateItem': { input: (s) => ({ id: s.item, text: 'Mormor henter hver fredag og lørdag' }) },
  'map.moveItem': { input: (s) => ({ id: s.item, part: 'existing_safety', index: 0 }) },
  'map.deleteItem': { input: (s) => ({ id: s.item }) },
  'map.pair': { input: (s) => ({ dangerId: s.danger, goalId: s.safetyGoal }) },
  'map.setWording': { input: (s) => ({ caseId: s.caseId, wording: 'wellbeing' }) },
  'map.setWellbeing': { input: (s) => ({ meetingId: s.m1, level: 'declining' }) },
  'map.houses': { read: true, input: (s) => ({ meetingId: s.m1 }) },
  'map.addHouseItem': { input: (s) => ({ meetingId: s.m1, house: 'dreams', text: 'At mor er glad', shown: false }), then: (s, out) => (s.house = out.id) },
  'map.updateHouseItem': { input: (s) => ({ id: s.house, shown: true }) },
  'map.deleteHouseItem': { input: (s) => ({ id: s.house }) },
  'map.settings': { read: true, input: () => ({}) },
  'map.saveSettings': { input: () => ({ labels: { safety: { harm: 'Skade' } }, wellbeingHints: {} }) },
  'scaling.get': { read: true, input: (s) => ({ meetingId: s.m1 }) },
  'scaling.addQuestion': { input: (s) => ({ meetingId: s.m1, text: 'Hvor godt går det i skolen?' }), then: (s, out) => (s.question = out.id) },
  'scaling.updateQuestion': { input: (s) => ({ id: s.question, text: 'Hvor godt går morgenerne?' }) },
  'scaling.setScore': { input: (s) => ({ questionId: s.question, participantId: s.mother, value: 6 }) },
  'scaling.deleteQuestion': { input: (s) => ({ id: s.question }) },
  'scaling.trend': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'agreements.listForMeeting': { read: true, input: (s) => ({ meetingId: s.m1 }) },
  'agreements.listForCase': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'agreements.defaults': { read: true, input: (s) => ({ caseId: s.caseId, meetingId: s.m1 }) },
  'agreements.create': { input: (s) => ({ caseId: s.caseId, meetingId: s.m1, what: 'Hente i SFO', responsibleName: 'Peter', responsibleParticipantId: s.father }), then: (s, out) => (s.a2 = out.id) },
  'agreements.update': { input: (s) => ({ id: s.a2, what: 'Hente i SFO', responsibleName: 'Peter', responsibleParticipantId: s.father, status: 'in_progress' }) },
  'agreements.delete': { input: (s) => ({ id: s.a2 }), then: (s, out) => (s.undo = out.undoId) },
  'undo.restore': { input: (s) => ({ id: s.undo }) },
  'agreements.fromTaskDraft': { input: (s) => ({ draftId: s.draft, responsibleName: 'Sara', responsibleParticipantId: s.mother }) },
  'agreements.overview': { read: true, input: () => ({}) },
  'agreements.setMyName': { input: () => ({ name: 'Mette S.' }) },
  'agreements.openFor': { read: true, input: (s) => ({ participantId: s.mother }) },
  'plan.get': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'plan.saveFormal': { input: (s) => ({ caseId: s.caseId, kind: 'barnets_plan', madeOn: '2026-05-01', withChild: true, withCustodyHolder: false }) },
  'plan.removeFormal': { input: (s) => ({ caseId: s.caseId }) },
  'plan.addGoal': { input: (s) => ({ caseId: s.caseId, parentId: s.goal, text: 'Oliver står selv op' }), then: (s, out) => (s.subgoal = out.id) },
  'plan.updateGoal': { input: (s) => ({ id: s.subgoal, text: 'Oliver står selv op', deadline: '2026-06-30', status: 'active' }) },
  'plan.deleteGoal': { input: (s) => ({ id: s.subgoal }) },
  'plan.goalFromMap': { input: (s) => ({ mapItemId: s.safetyGoal }) },
  'plan.recordProgress': { input: (s) => ({ goalId: s.goal, meetingId: s.m1, status: 'some_progress', score: 5 }) },
  'safetyPlan.get': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'safetyPlan.family': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'safetyPlan.save': { input: (s) => ({ caseId: s.caseId, context: 'at_home', startsOn: '2026-05-14', expectedMonths: 9, purpose: 'Oliver kan bo hjemme' }) },
  'safetyPlan.setMember': { input: (s) => ({ caseId: s.caseId, participantId: s.father, agreedTo: 'Henter Oliver, når mor er syg', joinedOn: '2026-05-14' }) },
  'safetyPlan.addRule': {
    input: (s) => ({ caseId: s.caseId, situation: 'Hvis mor er syg', action: 'henter far Oliver', responsibleId: s.father, mapItemId: s.danger }),
    then: (s, out) => (s.rule = out.id),
  },
  'safetyPlan.updateRule': { input: (s) => ({ id: s.rule, situation: 'Hvis mor er syg', action: 'henter far Oliver kl. 8', responsibleId: s.father, mapItemId: s.danger, professionalNote: 'Mor er indlagt' }) },
  'safetyPlan.reviewRule': { input: (s) => ({ ruleId: s.rule, meetingId: s.m1, outcome: 'broken', whatHappened: 'Far kom for sent' }) },
  'safetyPlan.moveRule': {
    input: async (s) => {
      s.rule2 = (await must('safetyPlan.addRule', { caseId: s.caseId, situation: 'Hvis Oliver ikke er i skole', action: 'ringer skolen til far', responsibleId: s.father })).id;
      return { id: s.rule2, toIndex: 0 };
    },
  },
  'safetyPlan.retireRule': { input: (s) => ({ id: s.rule2, retired: true }) },
  'safetyPlan.setStages': { input: (s) => ({ caseId: s.caseId, stages: [{ fromMonth: 1, involvement: 'close' }, { fromMonth: 4, involvement: 'network_alone' }] }) },
  'safetyPlan.saveVersion': { input: (s) => ({ caseId: s.caseId, meetingId: s.m1 }) },
  'safetyPlan.showPage': { input: (s) => ({ caseId: s.caseId, page: 1 }) },
  'safetyPlan.leaveMember': { input: (s) => ({ caseId: s.caseId, participantId: s.father, leftOn: '2026-05-14', reason: 'Flytter' }) },
  'childStory.get': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'childStory.save': { input: (s) => ({ caseId: s.caseId, title: 'Olivers bog', writtenBy: 'Mor og far' }) },
  'childStory.addPage': { input: (s) => ({ caseId: s.caseId, text: 'Mor og far elsker dig.', image: { kind: 'drawing', data: PNG_1X1 } }), then: (s, out) => ((s.page = out.id), (s.image = out.imageId)) },
  'childStory.image': { read: true, input: (s) => ({ id: s.image }) },
  'childStory.updatePage': { input: (s) => ({ id: s.page, text: 'Mor og far elsker dig meget.' }) },
  'childStory.movePage': {
    input: async (s) => {
      s.page2 = (await must('childStory.addPage', { caseId: s.caseId, text: 'Far er syg.' })).id;
      return { id: s.page2, toIndex: 0 };
    },
  },
  'childStory.saveVersion': { input: (s) => ({ caseId: s.caseId, meetingId: s.m1 }) },
  'childStory.showPage': { input: (s) => ({ caseId: s.caseId, page: 2 }) },
  'childStory.deletePage': { input: (s) => ({ id: s.page2 }) },
  'meetings.end': { input: (s) => ({ id: s.m1 }) },
  // The first look at a meeting's map starts it (carried forward from the previous meeting): a write.
  'map.sinceLast': { input: (s) => ({ meetingId: s.m3 }) },
  'agreements.review': { read: true, input: (s) => ({ meetingId: s.m3 }) },
  'agreements.setReview': { input: (s) => ({ meetingId: s.m3, agreementId: s.agreement, outcome: 'partly', comment: 'Skolen har ikke svaret' }) },
  'agreements.carryForward': { input: (s) => ({ meetingId: s.m3 }) },
  'followups.forCase': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'followups.propose': { read: true, input: (s) => ({ caseId: s.caseId, meetingStart: { date: '2026-05-14', time: '13:00' } }) },
  'followups.save': { input: (s) => ({ caseId: s.caseId, meetingStart: null, start: { date: '2026-06-10', time: '10:00' }, durationMinutes: 90, location: 'Rådhuset' }), then: (s, out) => (s.followUp = out.id) },
  'followups.invitation': { read: true, input: (s) => ({ id: s.followUp }) },
  'followups.markHeld': { input: (s) => ({ id: s.followUp }) },
  'followups.cancel': {
    input: async (s) => ({ id: (await must('followups.save', { caseId: s.caseId, meetingStart: null, start: { date: '2026-06-17', time: '10:00' }, durationMinutes: 90, location: 'Rådhuset' })).id }),
  },
  'followups.setCadence': { input: (s) => ({ caseId: s.caseId, preset: 'placement', overrideWeeks: null, reason: '', supportStartDate: null }) },
  'followups.overview': { read: true, input: () => ({}) },
  'followups.settings': { read: true, input: () => ({}) },
  'followups.saveSettings': { input: () => ({ reminderDaysBefore: 2, organizerName: 'Mette Sørensen', organizerEmail: '', defaultDurationMinutes: 60 }) },
  'search.query': { read: true, input: () => ({ text: 'skole' }) },
  'search.people': { read: true, input: () => ({}) },
  'review.timeline': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'review.meeting': { read: true, input: (s) => ({ meetingId: s.m1 }) },
  'review.prepare': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'review.compare': { read: true, input: (s) => ({ earlierId: s.m1, laterId: s.m3 }) },
  'review.journal': { read: true, input: (s) => ({ meetingId: s.m1 }) },
  'review.plan': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'bundle.export': { input: (s) => ({ caseId: s.case2, passphrase: 'en lang nok passphrase' }), then: (s, out) => (s.bundle = out.content) },
  'cases.delete': { input: (s) => ({ id: s.case2, confirmName: 'Sofie' }) },
  'bundle.preview': { read: true, input: (s) => ({ file: s.bundle, passphrase: 'en lang nok passphrase' }) },
  'bundle.import': { input: (s) => ({ file: s.bundle, passphrase: 'en lang nok passphrase' }) },
  'audit.list': { read: true, input: (s) => ({ caseId: s.caseId }) },
  'audit.verify': { read: true, input: () => ({}) },
  'demo.load': { input: () => ({}) },
  'demo.remove': { input: () => ({}) },
} satisfies Record<ServiceChannel, Step>;

interface Entry {
  seq: number;
  action: string;
  entity: string;
  summary: string | null;
}

describe('every writing channel leaves a summary', () => {
  it('names every service channel once, and every other contract channel as the host\'s own', () => {
    expect(Object.keys(STEPS).sort()).toEqual(Object.keys(serviceHandlers).sort());
    expect(Object.keys(HOST_CHANNELS).sort()).toEqual(channelNames.filter((c) => !(c in serviceHandlers)).sort());
  });

  it('setting up and changing the app lock are in the log, the secret never', async () => {
    await must('lock.setup', { secret: '246810' });
    await must('lock.change', { current: '246810', next: '135791' });
    const rows = t.host.db!.prepare(`SELECT a.entity, s.text FROM audit_log a JOIN audit_summaries s ON s.seq = a.seq WHERE a.entity = 'lock' ORDER BY a.seq`).all();
    expect(rows).toEqual([
      { entity: 'lock', text: 'App-lås sat op (PIN-kode eller adgangssætning)' },
      { entity: 'lock', text: 'App-lås: PIN-kode eller adgangssætning skiftet' },
    ]);
    expect(capabilityOfEntity('lock')).toBe('security');
    expect(JSON.stringify(t.host.db!.prepare('SELECT * FROM audit_log').all())).not.toMatch(/246810|135791/);
  });

  it('each call through the host: a read records nothing, a write records entries that all carry a summary', async () => {
    const s: S = {};
    await setup(s);
    const db = () => t.host.db!;
    const lastSeq = () => (db().prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM audit_log').get() as { n: number }).n;
    const misses: string[] = [];
    for (const [channel, step] of Object.entries(STEPS) as [ServiceChannel, Step][]) {
      const from = lastSeq();
      const out = await must(channel, await step.input(s));
      step.then?.(s, out);
      const entries = db()
        .prepare('SELECT a.seq, a.action, a.entity, s.text AS summary FROM audit_log a LEFT JOIN audit_summaries s ON s.seq = a.seq WHERE a.seq > ? ORDER BY a.seq')
        .all(from) as Entry[];
      // SWEEP_PRINT=1 lists every summary the sweep wrote, to read them all in one go.
      if (process.env.SWEEP_PRINT) for (const e of entries) console.log(`${channel} | ${e.action} ${e.entity} | ${e.summary}`);
      if (step.read) {
        if (entries.length) misses.push(`${channel}: a read that wrote ${entries.map((e) => `${e.action} ${e.entity}`).join(', ')}`);
        continue;
      }
      if (!entries.length) misses.push(`${channel}: wrote nothing (give it an input that changes something)`);
      // A new capability's entities are declared in its own <capability>Audit.ts and registered in auditRegistry.ts.
      for (const e of entries.filter((x) => !capabilityOfEntity(x.entity))) misses.push(`${channel}: entity ${e.entity} declared by no capability in shared/domain/auditRegistry.ts`);
      if (channel in NO_SUMMARY) continue;
      for (const e of entries.filter((x) => !x.summary)) misses.push(`${channel}: ${e.action} ${e.entity} without a summary`);
    }
    expect(misses).toEqual([]);
  }, 60_000);
});
