import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import { callChannel, createOliverCase, createTestContext, errorOf, type TestContext } from '../testing';
import type { ServiceChannel } from './index';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2027-02-01T09:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return callChannel(ctx, channel, input);
}

interface Case {
  caseId: string;
  aya: string;
  mother: string;
  father: string;
  leila: string;
  inge: string;
  teacher: string;
}

/** Aya (12) is coming home from a foster family; her mother, father, moster Leila and mormor Inge form the network. */
function ayaCase(): Case {
  const caseId = createOliverCase(ctx, { childName: 'Aya', birthYear: 2015 });
  const person = (name: string, role: Input<'participants.create'>['role']) => call('participants.create', { caseId, name, role, roleDetail: '' }).id;
  return {
    caseId,
    aya: person('Aya', 'child'),
    mother: person('Mor Sara', 'mother'),
    father: person('Far Karim', 'father'),
    leila: person('Moster Leila', 'other_family'),
    inge: person('Mormor Inge', 'grandparent'),
    teacher: person('Lærer Jens', 'teacher'),
  };
}

function heldMeeting(c: Case, startsAt: string): string {
  const m = call('meetings.create', { caseId: c.caseId, type: 'follow_up', startsAt, place: 'Rådhuset', participantIds: [c.mother, c.leila], confirmUnusualDate: true });
  call('meetings.start', { id: m.id });
  return m.id;
}

function startPlan(c: Case): void {
  call('safetyPlan.save', { caseId: c.caseId, context: 'returning_home', startsOn: '2027-02-01', expectedMonths: 9, purpose: 'Aya kan bo hjemme og være tryg' });
  call('safetyPlan.setMember', { caseId: c.caseId, participantId: c.leila, agreedTo: 'Henter Aya, når far har drukket', joinedOn: '2027-02-01' });
  call('safetyPlan.setMember', { caseId: c.caseId, participantId: c.inge, agreedTo: 'Ringer til Aya hver søndag', joinedOn: '2027-02-01' });
}

const RULE = {
  situation: 'Hvis far har drukket',
  action: 'ringer Aya til moster Leila, som henter hende',
  childKnows: 'Aya har Leilas nummer på sin telefon og på køleskabet',
  networkChecks: 'Leila skriver til mor hver fredag',
};

describe('the safety network', () => {
  it('records who has agreed to what, and who left, with the day', () => {
    const c = ayaCase();
    startPlan(c);
    const left = call('safetyPlan.leaveMember', { caseId: c.caseId, participantId: c.inge, leftOn: '2027-03-01', reason: 'Flytter til Jylland' });
    expect(left).toMatchObject({ name: 'Mormor Inge', active: false, leftOn: '2027-03-01', leftReason: 'Flytter til Jylland' });
    const plan = call('safetyPlan.get', { caseId: c.caseId });
    expect(plan.network.map((m) => [m.name, m.active, m.agreedTo])).toEqual([
      ['Moster Leila', true, 'Henter Aya, når far har drukket'],
      ['Mormor Inge', false, 'Ringer til Aya hver søndag'],
    ]);
    // Candidates to add: everyone active but the child and who is in the network now (Inge may come back).
    expect(plan.candidates.map((p) => p.name)).toEqual(['Mor Sara', 'Far Karim', 'Mormor Inge', 'Lærer Jens']);
  });

  it('refuses the child and archived people, and a leaving day before joining', () => {
    const c = ayaCase();
    startPlan(c);
    expect(errorOf(() => call('safetyPlan.setMember', { caseId: c.caseId, participantId: c.aya, joinedOn: '2027-02-01' })).message).toMatch(/Barnet er den, netværket passer på/);
    call('participants.archive', { id: c.teacher });
    expect(errorOf(() => call('safetyPlan.setMember', { caseId: c.caseId, participantId: c.teacher, joinedOn: '2027-02-01' })).message).toMatch(/arkiveret/);
    expect(errorOf(() => call('safetyPlan.leaveMember', { caseId: c.caseId, participantId: c.leila, leftOn: '2027-01-01' })).fields).toEqual({
      leftOn: 'Datoen ligger før personen kom med i netværket',
    });
  });

  it('marks the network on the network map, and a person in it can be archived but not deleted', () => {
    const c = ayaCase();
    startPlan(c);
    const nodes = call('networkMap.get', { caseId: c.caseId }).nodes;
    expect(nodes.filter((n) => n.safetyNetwork).map((n) => n.name)).toEqual(['Moster Leila', 'Mormor Inge']);
    expect(errorOf(() => call('participants.delete', { id: c.leila })).message).toMatch(/Arkivér/i);
  });
});

describe('rules', () => {
  it('refuses a rule before the plan has a start, without a responsible person, or held by someone who left; nothing is saved', () => {
    const c = ayaCase();
    expect(errorOf(() => call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: c.leila })).message).toMatch(/Start sikkerhedsplanen først/);
    startPlan(c);
    const none = errorOf(() => call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: null }));
    expect(none.fields).toEqual({ responsibleId: 'Vælg, hvem der har ansvaret for reglen.' });
    const outside = errorOf(() => call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: c.teacher }));
    expect(outside.fields?.responsibleId).toMatch(/skal være med i sikkerhedsnetværket/);
    call('safetyPlan.leaveMember', { caseId: c.caseId, participantId: c.inge, leftOn: '2027-02-10' });
    const gone = errorOf(() => call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: c.leila, reserveId: c.inge }));
    expect(gone.fields).toEqual({ reserveId: 'Mormor Inge er ikke længere med i sikkerhedsnetværket. Vælg en anden, eller føj Mormor Inge til netværket igen.' });
    const same = errorOf(() => call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: c.leila, reserveId: c.leila }));
    expect(same.fields).toEqual({ reserveId: 'Reserven skal være en anden end den ansvarlige.' });
    expect(call('safetyPlan.get', { caseId: c.caseId }).rules).toEqual([]);
  });

  it('ties a rule to a danger statement and follows it to the newest map', () => {
    const c = ayaCase();
    startPlan(c);
    const first = heldMeeting(c, '2027-02-01T10:00');
    const danger = call('map.addItem', { meetingId: first, part: 'danger_statements', text: 'Aya bliver alene, når far drikker', saidBy: null, confidential: false });
    call('meetings.end', { id: first });
    const rule = call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: c.leila, reserveId: c.inge, mapItemId: danger.id });
    expect(rule.link).toMatchObject({ id: danger.id, text: 'Aya bliver alene, når far drikker', current: true });
    expect(rule.hints).toEqual([]);

    const second = heldMeeting(c, '2027-03-01T10:00');
    const copied = call('map.get', { meetingId: second }).items.find((i) => i.part === 'danger_statements')!;
    call('map.updateItem', { id: copied.id, text: 'Aya bliver alene om aftenen, når far drikker', saidBy: null, confidential: false });
    const now = call('safetyPlan.get', { caseId: c.caseId }).rules[0]!;
    expect(now.link).toMatchObject({ id: copied.id, text: 'Aya bliver alene om aftenen, når far drikker', current: true });
    // Saving with the newest copy keeps the stored link: nothing changed, nothing logged.
    const before = ctx.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number };
    call('safetyPlan.updateRule', { id: rule.id, ...RULE, responsibleId: c.leila, reserveId: c.inge, mapItemId: copied.id });
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual(before);
  });

  it('names what a rule still lacks, and a responsible person who left since', () => {
    const c = ayaCase();
    startPlan(c);
    const rule = call('safetyPlan.addRule', { caseId: c.caseId, situation: 'Hvis mor er syg', action: 'henter mormor Aya', responsibleId: c.inge });
    expect(rule.hints).toEqual([
      'Der er ingen reserve, hvis den ansvarlige ikke kan.',
      'Skriv, hvordan Aya ved det og kan bede om hjælp.',
      'Skriv, hvordan netværket tjekker, at reglen virker.',
      'Reglen er ikke knyttet til et bekymringsudsagn eller et sikkerhedsmål fra kortet.',
    ]);
    call('safetyPlan.leaveMember', { caseId: c.caseId, participantId: c.inge, leftOn: '2027-02-10' });
    expect(call('safetyPlan.get', { caseId: c.caseId }).rules[0]!.hints[0]).toBe('Reglens ansvarlige, Mormor Inge, er ikke længere med i sikkerhedsnetværket.');
  });

  it('reviews each rule at a running or held meeting; once per meeting, corrected by recording again', () => {
    const c = ayaCase();
    startPlan(c);
    const rule = call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: c.leila });
    const planned = call('meetings.create', { caseId: c.caseId, type: 'follow_up', startsAt: '2027-04-01T10:00', confirmUnusualDate: true });
    expect(errorOf(() => call('safetyPlan.reviewRule', { ruleId: rule.id, meetingId: planned.id, outcome: 'holds' })).fields?.meetingId).toMatch(/i gang eller holdt/);
    const meeting = heldMeeting(c, '2027-03-01T10:00');
    call('safetyPlan.reviewRule', { ruleId: rule.id, meetingId: meeting, outcome: 'holds' });
    call('safetyPlan.reviewRule', { ruleId: rule.id, meetingId: meeting, outcome: 'broken', whatHappened: 'Leila tog ikke telefonen', professionalNote: 'Underretning fra skolen 02.03' });
    const reviews = call('safetyPlan.get', { caseId: c.caseId }).rules[0]!.reviews;
    expect(reviews.map((r) => [r.outcome, r.whatHappened])).toEqual([['broken', 'Leila tog ikke telefonen']]);
  });

  it('keeps the order the family remembers: move, take out and put back last', () => {
    const c = ayaCase();
    startPlan(c);
    const [a, b, d] = ['A', 'B', 'C'].map((s) => call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, situation: `Hvis ${s}`, responsibleId: c.leila }));
    call('safetyPlan.moveRule', { id: d!.id, toIndex: 0 });
    call('safetyPlan.retireRule', { id: a!.id, retired: true });
    expect(call('safetyPlan.get', { caseId: c.caseId }).rules.map((r) => [r.situation, r.retired])).toEqual([
      ['Hvis C', false],
      ['Hvis B', false],
      ['Hvis A', true],
    ]);
    call('safetyPlan.retireRule', { id: a!.id, retired: false });
    expect(call('safetyPlan.family', { caseId: c.caseId }).rules.map((r) => r.situation)).toEqual(['Hvis C', 'Hvis B', 'Hvis A']);
    expect(b).toBeTruthy();
  });
});

describe('the plan over months', () => {
  it('knows its month, expected end and stage, and hints when the professionals step up again', () => {
    const c = ayaCase();
    startPlan(c);
    ctx.setNow('2027-04-15T09:00:00');
    const stages = call('safetyPlan.setStages', {
      caseId: c.caseId,
      stages: [
        { fromMonth: 1, involvement: 'close', professionalsDo: 'Rådgiveren kommer hver uge' },
        { fromMonth: 3, involvement: 'light', networkTakesOver: 'Leila og mormor tjekker ind' },
        { fromMonth: 5, involvement: 'regular' },
      ],
    });
    const plan = call('safetyPlan.get', { caseId: c.caseId });
    expect(plan.plan).toMatchObject({ month: 3, expectedEnd: '2027-10-31', lengthHint: null });
    expect(plan.currentStageId).toBe(stages[1]!.id);
    expect(plan.stageHints).toEqual([
      'Fra måned 5 kommer fagpersonerne tættere på igen. Er det meningen (fx efter en brudt regel)?',
      'Det sidste trin bør være, at netværket klarer det selv.',
    ]);
    expect(errorOf(() => call('safetyPlan.setStages', { caseId: c.caseId, stages: [{ fromMonth: 2, involvement: 'close' }, { fromMonth: 2, involvement: 'light' }] })).message).toBe(
      'To trin kan ikke begynde i samme måned.',
    );
  });

  it('freezes versions and says what changed since; refuses a version with nothing new', () => {
    const c = ayaCase();
    startPlan(c);
    const m1 = heldMeeting(c, '2027-02-01T10:00');
    const rule = call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: c.leila });
    expect(call('safetyPlan.saveVersion', { caseId: c.caseId, meetingId: m1 })).toMatchObject({ number: 1, changes: '1 ny regel, 2 nye i netværket' });
    expect(errorOf(() => call('safetyPlan.saveVersion', { caseId: c.caseId, meetingId: null })).message).toBe('Planen er ikke ændret siden version 1.');
    call('safetyPlan.updateRule', { id: rule.id, ...RULE, action: 'ringer Aya til moster Leila', responsibleId: c.leila, reserveId: c.inge });
    call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, situation: 'Hvis mor er syg', responsibleId: c.inge });
    const detail = call('safetyPlan.get', { caseId: c.caseId });
    expect(detail.sinceVersion).toEqual({ line: '1 ny regel, 1 regel ændret', changed: true });
    expect(detail.rules.map((r) => r.sinceVersion)).toEqual([['action', 'reserveName'], 'new']);
    expect(call('safetyPlan.family', { caseId: c.caseId })).toMatchObject({ draft: true, version: { number: 1 } });
    expect(call('safetyPlan.saveVersion', { caseId: c.caseId, meetingId: null }).number).toBe(2);
    expect(call('safetyPlan.get', { caseId: c.caseId }).versions.map((v) => v.number)).toEqual([2, 1]);
  });
});

describe('what the family sees', () => {
  it('never carries a professional note, a fortroligt map text or someone who left', () => {
    const c = ayaCase();
    startPlan(c);
    const meeting = heldMeeting(c, '2027-02-01T10:00');
    const secret = call('map.addItem', { meetingId: meeting, part: 'danger_statements', text: 'HEMMELIG-KORT Fars dom', saidBy: null, confidential: true });
    const rule = call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, responsibleId: c.leila, mapItemId: secret.id, professionalNote: 'HEMMELIG-NOTE psykiatri' });
    call('safetyPlan.reviewRule', { ruleId: rule.id, meetingId: meeting, outcome: 'holds', professionalNote: 'HEMMELIG-REVIEW' });
    call('safetyPlan.leaveMember', { caseId: c.caseId, participantId: c.inge, leftOn: '2027-02-10', reason: 'HEMMELIG-GRUND' });
    const family = JSON.stringify(call('safetyPlan.family', { caseId: c.caseId }));
    expect(family).not.toMatch(/HEMMELIG|Mormor Inge/);
    expect(JSON.parse(family).rules[0]).toMatchObject({ link: null, lastReview: { outcome: 'holds' } });
  });

  it('pages the shared screen: the plan, then the rules as they fit, then what the network agreed to', () => {
    const c = ayaCase();
    startPlan(c);
    for (let i = 1; i <= 5; i++) {
      call('safetyPlan.addRule', { caseId: c.caseId, ...RULE, situation: `Hvis ${i}`, action: 'x'.repeat(200), childKnows: 'y'.repeat(200), networkChecks: 'z'.repeat(200), responsibleId: c.leila });
    }
    const family = call('safetyPlan.family', { caseId: c.caseId });
    expect(family.screens.map((s) => s.kind)).toEqual(['cover', 'rules', 'rules', 'rules', 'rules', 'rules', 'network']);
    expect(call('safetyPlan.showPage', { caseId: c.caseId, page: 99 })).toEqual({ shown: 6, count: 7 });
    expect(ctx.events.at(-1)).toMatchObject({ type: 'safetyPlan.screen', id: c.caseId, data: { page: 6 } });
    expect(call('safetyPlan.family', { caseId: c.caseId }).shownPage).toBe(6);
  });
});
