import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type ChannelName, type Input, type Output } from '../../shared/contract';
import { KredsError } from '../../shared/errors';
import { createOliverCase, createTestContext, type TestContext } from '../testing';
import { serviceHandlers } from './index';
import { listMapVersions } from './networkMap';
import { createParticipant, listParticipants } from './participants';
import { presenterAtPhase } from '../../shared/domain/presenterPhase';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-03-02T09:00:00')));
afterEach(() => ctx.close());

/** Calls a channel the way the host does: validate with the contract, then run the handler. */
function call<K extends Extract<ChannelName, `meetings.${string}`>>(name: K, input: Input<K>): Output<K> {
  const parsed = contract[name].input.parse(input);
  return (serviceHandlers[name] as (c: TestContext, i: unknown) => Output<K>)(ctx, parsed);
}

function oliverWithNetwork() {
  const caseId = createOliverCase(ctx);
  const oliver = createParticipant(ctx, { caseId, name: 'Oliver', role: 'child' });
  const mother = createParticipant(ctx, { caseId, name: 'Sanne', role: 'mother' });
  const teacher = createParticipant(ctx, { caseId, name: 'Lars', role: 'teacher' });
  return { caseId, ids: [oliver.id, mother.id, teacher.id] };
}

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('meetings', () => {
  it('creates a first meeting from the default template with the ten phases in the fixed order', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-10T13:00', place: 'Skolens mødelokale', participantIds: ids });
    expect(m.status).toBe('planned');
    expect(m.phases.map((p) => p.kind)).toEqual([
      'welcome', 'introductions', 'child_voice', 'family_perspective', 'network_professionals', 'mapping', 'scaling', 'goals_agreements', 'next_meeting', 'closing',
    ]);
    expect(m.attendance.map((a) => a.name)).toEqual(['Oliver', 'Sanne', 'Lars']);
    expect(call('meetings.list', { caseId }).map((x) => x.id)).toEqual([m.id]);
  });

  it('snapshots the network map when the meeting starts and is held, and keeps invited people from being deleted', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.start', { id: call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00', participantIds: ids }).id });
    call('meetings.end', { id: m.id });
    expect(listMapVersions(ctx, caseId).map((v) => v.moment).sort()).toEqual(['meeting_end', 'meeting_start']);
    expect(listParticipants(ctx, caseId).every((p) => p.inUse)).toBe(true);
  });

  it('asks for confirmation of a date far in the past or future, then accepts it', () => {
    const { caseId } = oliverWithNetwork();
    expect(() => call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2062-03-10T13:00' })).toThrow(/fremtiden/);
    const m = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2062-03-10T13:00', confirmUnusualDate: true });
    expect(m.startsAt).toBe('2062-03-10T13:00');
  });

  it('refuses to start a meeting without participants and says what to do', () => {
    const { caseId } = oliverWithNetwork();
    const m = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00' });
    try {
      call('meetings.start', { id: m.id });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KredsError);
      expect((error as KredsError).message).toMatch(/ingen deltagere/);
    }
  });

  it('runs the timer per phase: moving on banks the time and the next phase starts counting', () => {
    const { caseId, ids } = oliverWithNetwork();
    let m = call('meetings.create', { caseId, type: 'follow_up', startsAt: '2026-03-02T10:00', participantIds: ids });
    expect(m.phases[0]!.kind).toBe('since_last');
    m = call('meetings.start', { id: m.id });
    expect(m.currentPhaseId).toBe(m.phases[0]!.id);
    ctx.setNow('2026-03-02T09:12:30');
    m = call('meetings.goToPhase', { meetingId: m.id, phaseId: m.phases[1]!.id });
    expect(m.phases[0]!.elapsedSeconds).toBe(750);
    expect(m.phases[0]!.runningSince).toBeNull();
    expect(m.phases[1]!.runningSince).toBe(new Date('2026-03-02T09:12:30').toISOString());
    m = call('meetings.setTimer', { meetingId: m.id, running: false });
    expect(m.phases[1]!.runningSince).toBeNull();
  });

  it('keeps each phase note as its own field: the later save of one note never overwrites another', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.start', { id: call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00', participantIds: ids }).id });
    const [a, b] = m.phases;
    call('meetings.saveNote', { meetingId: m.id, phaseId: a!.id, kind: 'shared', doc: doc('Velkommen'), text: 'Velkommen' });
    call('meetings.saveNote', { meetingId: m.id, phaseId: b!.id, kind: 'shared', doc: doc('Alle præsenterede sig'), text: 'Alle præsenterede sig' });
    const later = call('meetings.saveNote', { meetingId: m.id, phaseId: a!.id, kind: 'shared', doc: doc('Velkommen til alle'), text: 'Velkommen til alle' });
    expect(later.revision).toBe(2);
    const notes = call('meetings.get', { id: m.id }).notes;
    expect(notes.find((n) => n.phaseId === a!.id)!.text).toBe('Velkommen til alle');
    expect(notes.find((n) => n.phaseId === b!.id)!.text).toBe('Alle præsenterede sig');
    expect(ctx.events.filter((e) => e.type === 'meetings.changed').at(-1)?.data).toMatchObject({ what: 'note', phaseId: a!.id, revision: 2 });
  });

  it('never gives the shared screen a fortrolig note, and blackout hides everything', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.start', { id: call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00', participantIds: ids }).id });
    const phaseId = m.phases[0]!.id;
    call('meetings.saveNote', { meetingId: m.id, phaseId, kind: 'confidential', doc: doc('Mor virker presset'), text: 'Mor virker presset' });
    call('meetings.saveNote', { meetingId: m.id, phaseId, kind: 'shared', doc: doc('Formål: Olivers skolegang'), text: 'Formål: Olivers skolegang' });
    call('meetings.setAttendance', { meetingId: m.id, participantId: ids[1]!, status: 'present' });
    call('meetings.setAttendance', { meetingId: m.id, participantId: ids[2]!, status: 'phone' });
    const view = call('meetings.presenter', { id: m.id });
    expect(JSON.stringify(view)).not.toContain('presset');
    expect(JSON.stringify(view.sharedNote)).toContain('Olivers skolegang');
    expect(view.present).toEqual([{ name: 'Sanne', byPhone: false }, { name: 'Lars', byPhone: true }]);
    call('meetings.setPresenterMode', { meetingId: m.id, mode: 'blackout' });
    const dark = call('meetings.presenter', { id: m.id });
    expect(dark.phase).toBeNull();
    expect(dark.sharedNote).toBeNull();
  });

  it('freezes the shared screen on the phase it showed while the facilitator moves on', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.start', { id: call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00', participantIds: ids }).id });
    call('meetings.setPresenterMode', { meetingId: m.id, mode: 'freeze' });
    call('meetings.goToPhase', { meetingId: m.id, phaseId: m.phases[2]!.id });
    expect(call('meetings.presenter', { id: m.id }).phase?.title).toBe('Velkommen');
    call('meetings.setPresenterMode', { meetingId: m.id, mode: 'live' });
    expect(call('meetings.presenter', { id: m.id }).phase?.title).toBe('Det fortæller Oliver');
  });

  it('lets the shared screen show a phase change from what it holds, exactly as the host then shows it', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.start', { id: call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00', participantIds: ids }).id });
    const target = m.phases[2]!;
    call('meetings.saveNote', { meetingId: m.id, phaseId: target.id, kind: 'shared', doc: doc('Oliver tegner sit hus'), text: 'Oliver tegner sit hus' });
    call('meetings.saveNote', { meetingId: m.id, phaseId: target.id, kind: 'confidential', doc: doc('Mor virker presset'), text: 'Mor virker presset' });
    const before = call('meetings.presenter', { id: m.id });
    const local = presenterAtPhase(before, target.id);
    call('meetings.goToPhase', { meetingId: m.id, phaseId: target.id });
    const host = call('meetings.presenter', { id: m.id });
    expect(local?.phase).toEqual(host.phase);
    // The note of a phase not shown is not held on the shared screen: it follows with the host's view.
    expect(JSON.stringify(before)).not.toContain('tegner sit hus');
    expect(local?.sharedNote).toBeNull();
    expect(JSON.stringify(host.sharedNote)).toContain('tegner sit hus');
    expect(JSON.stringify(local)).not.toContain('presset');
    // Frozen or blacked out, the screen stays where it is until the host says otherwise.
    call('meetings.setPresenterMode', { meetingId: m.id, mode: 'freeze' });
    expect(presenterAtPhase(call('meetings.presenter', { id: m.id }), m.phases[3]!.id)).toBeNull();
    call('meetings.setPresenterMode', { meetingId: m.id, mode: 'blackout' });
    expect(presenterAtPhase(call('meetings.presenter', { id: m.id }), m.phases[3]!.id)).toBeNull();
  });

  it('has no family-facing screen for a ressourcecentermøde', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.start', { id: call('meetings.create', { caseId, type: 'resource_center', startsAt: '2026-03-02T10:00', participantIds: ids }).id });
    const view = call('meetings.presenter', { id: m.id });
    expect(view.available).toBe(false);
    expect(view.phase).toBeNull();
  });

  it('ends the meeting as afholdt and records later edits with who and when, one record per burst of typing', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.start', { id: call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00', participantIds: ids }).id });
    const phaseId = m.phases[0]!.id;
    call('meetings.saveNote', { meetingId: m.id, phaseId, kind: 'shared', doc: doc('a'), text: 'a' });
    const held = call('meetings.end', { id: m.id });
    expect(held.status).toBe('held');
    expect(held.edits).toEqual([]);
    ctx.setNow('2026-03-03T08:00:00');
    call('meetings.saveNote', { meetingId: m.id, phaseId, kind: 'shared', doc: doc('ab'), text: 'ab' });
    ctx.setNow('2026-03-03T08:00:05');
    call('meetings.saveNote', { meetingId: m.id, phaseId, kind: 'shared', doc: doc('abc'), text: 'abc' });
    const edits = call('meetings.get', { id: m.id }).edits;
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ what: 'Notat', editedAt: new Date('2026-03-03T08:00:05').toISOString() });
  });

  it('stores a "Gør til aftale" line as a task draft of the phase', () => {
    const { caseId, ids } = oliverWithNetwork();
    const m = call('meetings.start', { id: call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00', participantIds: ids }).id });
    call('meetings.addTaskDraft', { meetingId: m.id, phaseId: m.phases[7]!.id, text: 'Lars ringer til Sanne hver fredag' });
    expect(call('meetings.get', { id: m.id }).taskDrafts.map((d) => d.text)).toEqual(['Lars ringer til Sanne hver fredag']);
  });

  it('lets phases be adjusted per meeting and saved as the user\'s own template', () => {
    const { caseId } = oliverWithNetwork();
    const m = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-02T10:00' });
    const phases = m.phases.filter((p) => p.kind !== 'scaling').map(({ id, kind, title, plannedMinutes, questions }) => ({ id, kind, title, plannedMinutes, questions }));
    phases[0] = { ...phases[0]!, plannedMinutes: 5 };
    const adjusted = call('meetings.setPhases', { meetingId: m.id, phases });
    expect(adjusted.phases).toHaveLength(9);
    expect(adjusted.phases[0]!.id).toBe(m.phases[0]!.id);
    const saved = call('meetings.saveTemplate', { name: 'Kort netværksmøde', type: 'network_meeting', phases });
    const fromTemplate = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-03T10:00', templateId: saved.id });
    expect(fromTemplate.phases.map((p) => p.plannedMinutes)[0]).toBe(5);
    expect(fromTemplate.phases).toHaveLength(9);
    expect(() => call('meetings.saveTemplate', { name: 'kort netværksmøde', type: 'network_meeting', phases })).toThrow(/allerede/);
  });
});
