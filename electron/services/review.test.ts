import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOliverCase, createTestContext, type TestContext } from '../testing';
import { writeCaseHistory } from './caseHistory';
import { oliverHistory } from './demoHistory';
import { addHouseItem } from './childHouses';
import { createParticipant, setContactPerson } from './participants';
import { caseTimeline, compare, journal, meetingReview, planPrint, prepare } from './review';

let ctx: TestContext;
let caseId: string;
let meetings: string[];

beforeAll(() => {
  ctx = createTestContext('2026-05-14T10:00:00');
  caseId = createOliverCase(ctx);
  meetings = writeCaseHistory(ctx, oliverHistory(caseId, new Date(2026, 4, 14))).meetings;
});
afterAll(() => ctx.close());

describe('reviewing a case before the next meeting', () => {
  it('the timeline lists the three held meetings newest first with attendees, scaling and wellbeing', () => {
    const view = caseTimeline(ctx, caseId);
    expect(view.entries.map((e) => e.startsAt)).toEqual(['2026-04-07T09:00', '2026-02-24T09:00', '2026-01-13T09:00']);
    const first = view.entries[2]!;
    expect(first.type).toBe('network_meeting');
    expect(first.attendees).toHaveLength(7);
    expect(first.scaling[0]).toMatchObject({ median: 4, min: 3, max: 5, count: 5 });
    expect(first.wellbeing).toBe('declining');
    expect(first.summary).toContain('ondt i maven');
  });

  it('"Før næste møde" shows last meeting’s agreements, danger statements, safety goals, trend, open points and goals', () => {
    const view = prepare(ctx, caseId);
    expect(view.lastMeeting?.id).toBe(meetings[2]);
    expect(view.nextMeeting?.startsAt).toBe('2026-05-19T09:00');
    expect(view.agreements.map((a) => a.responsibleName)).toEqual(['Henrik Lund', 'Thomas']);
    expect(view.dangerStatements[0]).toContain('mister Oliver kontakten');
    expect(view.safetyGoals[0]).toContain('kl. 8');
    const camilla = view.trend.series.find((s) => s.participantName === 'Camilla')!;
    expect(camilla.points.map((p) => p.value)).toEqual([4, 6, 7]);
    expect(view.openQuestions).toContain('Ny morgenrutine med farmor tre dage om ugen');
    expect(view.goals).toHaveLength(2);
    expect(view.olderOpen.map((a) => a.what)).toContain('Laver en aftenrutine med fast sengetid kl. 20');
  });

  it('compares meeting 1 and 3: map changes, scaling then and now, agreements then with their status now', () => {
    const view = compare(ctx, { earlierId: meetings[2]!, laterId: meetings[0]!, professional: false });
    expect(view.earlier.id).toBe(meetings[0]);
    expect(view.comparison.map.added.map((i) => i.text)).toEqual(
      expect.arrayContaining(['Oliver er glad for legeordningen i frikvarteret', 'Oliver har fået en god ven i klassen']),
    );
    expect(view.comparison.map.added.some((i) => i.confidential)).toBe(false);
    const rows = view.comparison.scaling[0]!.rows;
    expect(rows.find((r) => r.participantName === 'Henrik Lund')).toEqual({ participantName: 'Henrik Lund', before: 3, after: 7 });
    expect(rows.find((r) => r.participantName === 'Sara Nielsen')).toEqual({ participantName: 'Sara Nielsen', before: 4, after: null });
    expect(view.agreementsNow.map((a) => [a.status, a.review?.outcome])).toEqual([
      ['done', 'done'],
      ['done', 'done'],
      ['in_progress', 'partly'],
    ]);
  });

  it('the family version of a meeting has no fortroligt note or item; the professional one has both', () => {
    const family = meetingReview(ctx, { meetingId: meetings[0]!, professional: false });
    expect(JSON.stringify(family.meeting)).not.toContain('alkohol');
    const professional = meetingReview(ctx, { meetingId: meetings[0]!, professional: true });
    expect(professional.meeting.notes.some((n) => n.confidential)).toBe(true);
    expect(professional.nextMeeting?.startsAt).toBe('2026-02-24T09:00');
  });

  it("the family version carries only the child's words the child chose to show; the professional one all of them", () => {
    addHouseItem(ctx, { meetingId: meetings[0]!, house: 'dreams', text: 'At far flytter hjem igen', shown: false });
    addHouseItem(ctx, { meetingId: meetings[0]!, house: 'good_things', text: 'Min kat, Simba.', shown: true });
    const family = meetingReview(ctx, { meetingId: meetings[0]!, professional: false });
    expect(family.meeting.houseItems.map((h) => h.text)).toEqual(['Min kat, Simba.']);
    const professional = meetingReview(ctx, { meetingId: meetings[0]!, professional: true });
    expect(professional.meeting.houseItems.find((h) => !h.shown)?.text).toBe('At far flytter hjem igen');
  });

  it('the journal note is family-safe by default and marks fortroligt items in the professional version', () => {
    const family = journal(ctx, { meetingId: meetings[0]!, professional: false }).text;
    expect(family).toContain('- Inge: Følger Oliver i skole mandag, onsdag og fredag – senest 23.02.2026');
    expect(family).toContain('- Henrik Lund (klasselærer, 3.b)');
    expect(family).not.toContain('alkohol');
    expect(journal(ctx, { meetingId: meetings[0]!, professional: true }).text).toContain('[FORTROLIGT] Fars tidligere alkoholforbrug');
  });

  it('names whom to call: the contact person with role and phone, else the responsible worker standing in', () => {
    expect(meetingReview(ctx, { meetingId: meetings[0]!, professional: false }).contactPerson).toEqual({
      name: 'Mette Sørensen',
      role: 'Socialrådgiver',
      phone: '',
      email: '',
      chosen: false,
    });
    const lene = createParticipant(ctx, { caseId, name: 'Lene Holm', role: 'social_worker', roleDetail: 'Børne- og ungerådgiver', phone: '51 23 45 67' });
    setContactPerson(ctx, caseId, lene.id);
    const review = meetingReview(ctx, { meetingId: meetings[0]!, professional: false });
    expect(review.contactPerson).toEqual({ name: 'Lene Holm', role: 'Børne- og ungerådgiver', phone: '51 23 45 67', email: '', chosen: true });
    expect(journal(ctx, { meetingId: meetings[0]!, professional: false }).text).toContain('KONTAKTPERSON\nLene Holm, Børne- og ungerådgiver, tlf. 51 23 45 67');
  });

  it('lists the child first, then the family, the private network and the professionals', () => {
    const review = meetingReview(ctx, { meetingId: meetings[0]!, professional: true });
    expect(review.meeting.attendees[0]!.role).toBe('Barnet');
    const groups = review.meeting.attendees.map((a) => ctx.db.prepare('SELECT role, group_kind FROM participants WHERE id = ?').get(a.participantId) as { role: string; group_kind: string });
    const rank = (g: { role: string; group_kind: string }) => (g.role === 'child' ? 0 : ['family', 'private_network', 'professional'].indexOf(g.group_kind) + 1);
    expect(groups.map(rank)).toEqual([...groups.map(rank)].sort((a, b) => a - b));
  });

  it('puts the municipality from the settings on the printed documents', () => {
    ctx.db.prepare(`INSERT INTO settings (key, value) VALUES ('profileMunicipality', ?)`).run(JSON.stringify('Herning Kommune'));
    expect(planPrint(ctx, caseId).municipality).toBe('Herning Kommune');
    ctx.db.prepare(`DELETE FROM settings WHERE key = 'profileMunicipality'`).run();
  });

  it('the child’s plan lists goals and open agreements', () => {
    const plan = planPrint(ctx, caseId);
    expect(plan.goals.map((g) => g.text)).toContain('Oliver møder i skole mindst 9 ud af 10 dage inden sommerferien');
    expect(plan.openAgreements.length).toBeGreaterThan(0);
  });
});
