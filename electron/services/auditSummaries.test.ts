import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type ChannelName, type Input, type Output } from '../../shared/contract';
import { createTestContext, type TestContext } from '../testing';
import { listAudit, verifyAudit } from './audit';
import { createCase, deleteCase } from './cases';
import { serviceHandlers, type ServiceChannel } from './index';

/** Each slice's create/update/delete on a real encrypted database lands in the case's log with a Danish summary. */
let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-03-10T09:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return serviceHandlers[channel](ctx, contract[channel].input.parse(input) as never) as Output<K>;
}

function setup() {
  const caseId = createCase(ctx, { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' }).id;
  const mother = call('participants.create', { caseId, name: 'Sara', role: 'mother', roleDetail: '' });
  const meeting = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-10T13:00', place: 'Skolen' });
  return { caseId, mother, meeting };
}
const latest = (caseId: string) => listAudit(ctx, { caseId })[0]!;

describe('audit summaries per slice', () => {
  it('an agreement marked done and given a later due date', () => {
    const { caseId, mother, meeting } = setup();
    const a = call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id, dueDate: '2026-05-12' });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'agreements', entityId: a.id, summary: 'Aftale "Ringe til skolen" oprettet: status ikke startet; ansvarlig Sara; frist 12.05.2026' });
    call('agreements.update', { id: a.id, what: a.what, responsibleName: a.responsibleName, responsibleParticipantId: mother.id, status: 'done', dueDate: '2026-05-19' });
    expect(latest(caseId)).toMatchObject({ action: 'update', fields: ['dueDate', 'status'], summary: 'Aftale "Ringe til skolen": status ikke startet → udført; frist 12.05.2026 → 19.05.2026' });
    call('agreements.delete', { id: a.id });
    expect(latest(caseId)).toMatchObject({ action: 'delete', summary: 'Aftale "Ringe til skolen" slettet' });
  });

  it('a meeting moved to another day and place', () => {
    const { caseId, meeting } = setup();
    expect(latest(caseId).summary).toBe('Møde oprettet: type inddragende netværksmøde; tidspunkt 10.03.2026 kl. 13.00; sted Skolen; status planlagt');
    call('meetings.update', { id: meeting.id, type: meeting.type, startsAt: '2026-03-12T09:30', place: 'Rådhuset' });
    expect(latest(caseId)).toMatchObject({ action: 'update', entity: 'meetings', summary: 'Møde: tidspunkt 10.03.2026 kl. 13.00 → 12.03.2026 kl. 09.30; sted Skolen → Rådhuset' });
    call('meetings.cancel', { id: meeting.id });
    expect(latest(caseId)).toMatchObject({ action: 'cancel', summary: 'Møde: status planlagt → aflyst' });
  });

  it('map items: a shared one is named, a fortroligt one never is', () => {
    const { caseId, meeting } = setup();
    const shared = call('map.addItem', { meetingId: meeting.id, part: 'strengths', text: 'Mormor henter hver fredag', saidBy: null, confidential: false });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'map', caseId, summary: 'Punkt på kortet "Mormor henter hver fredag" oprettet: felt Styrker og ressourcer; fortroligt nej' });
    call('map.moveItem', { id: shared.id, part: 'existing_safety', index: 0 });
    expect(latest(caseId).summary).toBe('Punkt på kortet "Mormor henter hver fredag": felt Styrker og ressourcer → Eksisterende sikkerhed');
    const secret = call('map.addItem', { meetingId: meeting.id, part: 'complicating_factors', text: 'Fars tidligere alkoholforbrug', saidBy: null, confidential: true });
    call('map.updateItem', { id: secret.id, text: 'Fars alkoholforbrug i 2024' });
    call('map.deleteItem', { id: secret.id });
    const trail = listAudit(ctx, { caseId });
    expect(trail.slice(0, 3).map((e) => e.summary)).toEqual(['Fortroligt punkt på kortet slettet', 'Fortroligt punkt på kortet: tekst ændret', 'Fortroligt punkt på kortet oprettet: felt Komplicerende faktorer; fortroligt ja']);
    expect(JSON.stringify(ctx.db.prepare('SELECT * FROM audit_summaries').all())).not.toContain('alkohol');
  });

  it('a follow-up moved and cancelled', () => {
    const { caseId } = setup();
    const f = call('followups.save', { caseId, meetingStart: null, start: { date: '2026-05-06', time: '10:00' }, durationMinutes: 90, location: 'Rådhuset' });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'followups', summary: 'Opfølgningsmøde oprettet: dato 06.05.2026; kl. 10.00; varighed 90 min.; sted Rådhuset; status planlagt' });
    call('followups.save', { caseId, meetingStart: null, start: { date: '2026-05-13', time: '13:30' }, durationMinutes: 90, location: 'Rådhuset' });
    expect(latest(caseId)).toMatchObject({ action: 'move', summary: 'Opfølgningsmøde: dato 06.05.2026 → 13.05.2026; kl. 10.00 → 13.30' });
    call('followups.cancel', { id: f.id });
    expect(latest(caseId)).toMatchObject({ action: 'cancel', summary: 'Opfølgningsmøde: status planlagt → aflyst' });
  });

  it('goals, the child\'s words and notes: named or counted, never quoted when private', () => {
    const { caseId, meeting } = setup();
    const goal = call('plan.addGoal', { caseId, text: 'Oliver møder i skole hver dag' });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'goals', summary: 'Mål "Oliver møder i skole hver dag" oprettet: status aktivt' });
    call('plan.deleteGoal', { id: goal.id });
    expect(latest(caseId).summary).toBe('Mål "Oliver møder i skole hver dag" slettet');
    const words = call('map.addHouseItem', { meetingId: meeting.id, house: 'dreams', text: 'At mor er glad', shown: false });
    call('map.updateHouseItem', { id: words.id, shown: true });
    expect(latest(caseId)).toMatchObject({ entity: 'houses', summary: 'Barnets ord i Drømmehuset: vist på skærmen nej → ja' });
    call('meetings.saveNote', { meetingId: meeting.id, phaseId: meeting.phases[0]!.id, kind: 'confidential', doc: { type: 'doc' }, text: 'Mor er bange for far' });
    expect(latest(caseId)).toMatchObject({ entity: 'notes', summary: `Fortrolige noter i fasen "${meeting.phases[0]!.title}" gemt` });
    const dump = JSON.stringify(ctx.db.prepare('SELECT * FROM audit_summaries').all());
    for (const secret of ['mor er glad', 'bange']) expect(dump).not.toContain(secret);
  });

  it('the case: type, responsible worker and status shown, the child\'s name and the reason only named', () => {
    const { caseId } = setup();
    expect(listAudit(ctx, { caseId }).at(-1)).toMatchObject({ action: 'create', entity: 'case', summary: 'Sag oprettet: sagstype Netværksforløb; ansvarlig Mette Sørensen; status åben' });
    call('cases.update', { id: caseId, childName: 'Oliver B.', birthYear: 2016, caseType: 'supportive', responsibleWorker: 'Jonas Holm' });
    expect(latest(caseId).summary).toBe('Sag: sagstype Netværksforløb → Støttende indsats (§ 32); ansvarlig Mette Sørensen → Jonas Holm; barnets navn ændret; fødselsår ændret');
    call('cases.close', { id: caseId, reason: 'Familien flytter til Aarhus' });
    expect(latest(caseId)).toMatchObject({ action: 'close', summary: 'Sag: status åben → lukket; begrundelse for lukning ændret' });
    expect(JSON.stringify(ctx.db.prepare('SELECT text FROM audit_summaries').all())).not.toMatch(/Oliver|2016|Aarhus/);
  });

  it('consent: kind, givers, date, information and recipients shown; purpose only named; withdrawal dated', () => {
    const { caseId, mother } = setup();
    const teacher = call('participants.create', { caseId, name: 'Lærer Jens', role: 'teacher', roleDetail: '' });
    const fields = { kind: 'consent' as const, givenBy: [{ name: 'Sara', capacity: 'custody_holder' as const, participantId: mother.id }], givenOn: '2026-03-01', infoTypes: ['school' as const], recipientIds: [teacher.id], purpose: 'Samarbejde om skolegangen' };
    const consent = call('consent.create', { caseId, ...fields });
    expect(latest(caseId)).toMatchObject({
      action: 'create',
      entity: 'consent',
      summary: 'Samtykke oprettet: forældremyndighed fælles; form skriftligt; givet af Sara (forældremyndighedsindehaver); dato 01.03.2026; oplysninger skolegang og trivsel; modtagere Lærer Jens',
    });
    call('consent.update', { id: consent.id, ...fields, infoTypes: ['school', 'health'], recipientOrganisations: ['PPR'], purpose: 'Samarbejde om skole og helbred' });
    expect(latest(caseId).summary).toBe('Samtykke: oplysninger skolegang og trivsel → skolegang og trivsel, helbred; modtagere Lærer Jens → Lærer Jens, PPR; formål ændret');
    call('consent.withdraw', { id: consent.id, withdrawnOn: '2026-03-09' });
    expect(latest(caseId)).toMatchObject({ action: 'withdraw', summary: 'Samtykke: trukket tilbage – → 09.03.2026' });
    call('consent.create', { caseId, kind: 'legal_basis', legalBasis: 'duty_to_report', givenOn: '2026-03-10', infoTypes: ['family'], recipientOrganisations: ['Politiet'], purpose: 'Underretning' });
    expect(latest(caseId).summary).toBe('Deling uden samtykke oprettet: forældremyndighed fælles; form skriftligt; hjemmel Underretningspligt; dato 10.03.2026; oplysninger familieforhold; modtagere Politiet');
  });

  it('the private network map: a person\'s distance and line, and the versions kept', () => {
    const { caseId, mother } = setup();
    call('networkMap.place', { participantId: mother.id, ring: 3, angle: 45 });
    expect(latest(caseId)).toMatchObject({ entity: 'network_map_node', summary: 'Netværkskort "Sara": afstand tæt på → længere væk; placering ændret' });
    call('networkMap.setTie', { participantId: mother.id, tie: 'strain' });
    expect(latest(caseId).summary).toBe('Netværkskort "Sara": linje ingen → belastning');
    call('networkMap.snapshot', { caseId, meetingId: null, moment: 'manual' });
    expect(latest(caseId)).toMatchObject({ action: 'snapshot', summary: 'Version af netværkskortet gemt manuelt: 1 person' });
  });

  it('meeting phases, invitees and the console: phase, timer, question, shared screen, drafts', () => {
    const { caseId, mother, meeting } = setup();
    const father = call('participants.create', { caseId, name: 'Peter', role: 'father', roleDetail: '' });
    call('meetings.setInvitees', { meetingId: meeting.id, participantIds: [mother.id, father.id] });
    expect(latest(caseId)).toMatchObject({ entity: 'meetings', summary: 'Inviterede til mødet: 0 → 2 personer; tilføjet Peter, Sara' });
    call('meetings.setInvitees', { meetingId: meeting.id, participantIds: [mother.id] });
    expect(latest(caseId).summary).toBe('Inviterede til mødet: 2 → 1 person; fjernet Peter');
    const [first, second, ...rest] = meeting.phases.map(({ id, kind, title, plannedMinutes, questions }) => ({ id, kind, title, plannedMinutes, questions }));
    call('meetings.setPhases', { meetingId: meeting.id, phases: [second!, { ...first!, plannedMinutes: 25 }, ...rest.slice(1), { kind: 'closing', title: 'Pause', plannedMinutes: 10, questions: [] }] });
    expect(latest(caseId).summary).toBe(`Mødets faser: 10 faser; tilføjet "Pause"; fjernet "${rest[0]!.title}"; ændret "${first!.title}"; rækkefølge ændret`);
    const started = call('meetings.start', { id: meeting.id });
    const [p1, p2] = started.phases;
    call('meetings.goToPhase', { meetingId: meeting.id, phaseId: p2!.id });
    expect(latest(caseId).summary).toBe(`Møde: fase "${p1!.title}" → "${p2!.title}" (2 af 10)`);
    call('meetings.setTimer', { meetingId: meeting.id, running: false });
    expect(latest(caseId).summary).toBe(`Møde: timeren i fasen "${p2!.title}" stoppet`);
    call('meetings.setQuestion', { meetingId: meeting.id, phaseId: p2!.id, index: 1 });
    expect(latest(caseId).summary).toBe(`Møde: spørgsmål i fasen "${p2!.title}" 1 → 2 af ${p2!.questions.length}`);
    call('meetings.setPresenterMode', { meetingId: meeting.id, mode: 'freeze' });
    expect(latest(caseId).summary).toBe(`Fælles skærm: følger med → frosset på fasen "${p2!.title}"`);
    call('meetings.setPresenterMode', { meetingId: meeting.id, mode: 'blackout' });
    expect(latest(caseId).summary).toBe('Fælles skærm: frosset → sort');
    call('meetings.addTaskDraft', { meetingId: meeting.id, phaseId: p2!.id, text: 'Mor ringer til skolen om mobningen' });
    expect(latest(caseId)).toMatchObject({ entity: 'task_draft', summary: `Aftaleudkast tilføjet i fasen "${p2!.title}"` });
    expect(JSON.stringify(ctx.db.prepare('SELECT text FROM audit_summaries').all())).not.toContain('mobning');
    const before = listAudit(ctx, { caseId }).length;
    call('meetings.setPresenterMode', { meetingId: meeting.id, mode: 'blackout' });
    expect(listAudit(ctx, { caseId })).toHaveLength(before);
  });

  it('a meeting template of the user\'s own, outside any case', () => {
    const template = call('meetings.saveTemplate', { name: 'Kort netværksmøde', type: 'network_meeting', phases: [{ kind: 'welcome', title: 'Velkomst', plannedMinutes: 10, questions: [] }] });
    call('meetings.deleteTemplate', { id: template.id });
    const texts = ctx.db.prepare(`SELECT s.text FROM audit_log a JOIN audit_summaries s ON s.seq = a.seq WHERE a.entity = 'meeting_template' ORDER BY a.seq`).pluck().all();
    expect(texts).toEqual(['Mødeskabelon "Kort netværksmøde" gemt: type inddragende netværksmøde; 1 fase', 'Mødeskabelon "Kort netværksmøde" slettet']);
  });

  it('the map: its start, pairing (never naming a fortroligt item), wording, wellbeing, scaling questions and texts', () => {
    const { caseId, meeting } = setup();
    const danger = call('map.addItem', { meetingId: meeting.id, part: 'danger_statements', text: 'Vi er bekymrede for skolefraværet', saidBy: null, confidential: false });
    expect(listAudit(ctx, { caseId })[1]).toMatchObject({ action: 'start', entity: 'map', summary: 'Kortet for mødet startet: tomt, med standardspørgsmålet til skalering' });
    const goal = call('map.addItem', { meetingId: meeting.id, part: 'safety_goals', text: 'Oliver kommer i skole hver dag', saidBy: null, confidential: false });
    const secret = call('map.addItem', { meetingId: meeting.id, part: 'safety_goals', text: 'Far drikker ikke, når han henter', saidBy: null, confidential: true });
    call('map.pair', { dangerId: danger.id, goalId: goal.id });
    expect(latest(caseId).summary).toBe('Punkt på kortet "Vi er bekymrede for skolefraværet": parret med – → "Oliver kommer i skole hver dag"');
    call('map.pair', { dangerId: danger.id, goalId: secret.id });
    expect(latest(caseId).summary).toBe('Punkt på kortet "Vi er bekymrede for skolefraværet": parret med "Oliver kommer i skole hver dag" → fortroligt punkt');
    call('map.setWording', { caseId, wording: 'wellbeing' });
    expect(latest(caseId).summary).toBe('Kortets ordlyd: Signs of Safety (sikkerhed) → Signs of Wellbeing (trivsel)');
    call('map.setWellbeing', { meetingId: meeting.id, level: 'poor' });
    call('map.setWellbeing', { meetingId: meeting.id, level: null });
    expect(listAudit(ctx, { caseId }).slice(0, 2).map((e) => e.summary)).toEqual(['Trivselsniveau: Mistrivsel → –', 'Trivselsniveau: – → Mistrivsel']);
    const q = call('scaling.addQuestion', { meetingId: meeting.id, text: 'Hvor godt går morgenerne?' });
    call('scaling.updateQuestion', { id: q.id, text: 'Hvor godt går morgenerne nu?' });
    call('scaling.deleteQuestion', { id: q.id });
    expect(listAudit(ctx, { caseId }).slice(0, 3).map((e) => e.summary)).toEqual([
      'Skaleringsspørgsmål "Hvor godt går morgenerne nu?" slettet',
      'Skaleringsspørgsmål "Hvor godt går morgenerne nu?": tekst ændret',
      'Skaleringsspørgsmål "Hvor godt går morgenerne?" oprettet',
    ]);
    call('map.saveSettings', { labels: { safety: { harm: 'Hvad er sket?' } }, wellbeingHints: {} });
    expect(ctx.db.prepare(`SELECT s.text FROM audit_log a JOIN audit_summaries s ON s.seq = a.seq WHERE a.entity = 'map_settings'`).pluck().get()).toBe('Kortets tekster: overskrifter ændret');
    call('map.saveSettings', { labels: { safety: { harm: 'Hvad er sket?' } }, wellbeingHints: {}, familyWords: { safety: { harm: 'Det, der skete' } } });
    expect(ctx.db.prepare(`SELECT s.text FROM audit_log a JOIN audit_summaries s ON s.seq = a.seq WHERE a.entity = 'map_settings' ORDER BY a.seq DESC`).pluck().get()).toBe('Kortets tekster: familiens ord ændret');
    const dump = JSON.stringify(ctx.db.prepare('SELECT text FROM audit_summaries').all());
    expect(dump).not.toContain('drikker');
    expect(dump).not.toContain('Hvad er sket');
    expect(dump).not.toContain('Det, der skete');
  });

  it('a follow-up meeting\'s map starts from the previous one, and its review of last meeting\'s agreements', () => {
    const { caseId, mother, meeting } = setup();
    call('map.addItem', { meetingId: meeting.id, part: 'strengths', text: 'Mormor henter', saidBy: null, confidential: false });
    const a = call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id });
    const next = call('meetings.create', { caseId, type: 'follow_up', startsAt: '2026-04-21T13:00', place: 'Skolen' });
    call('map.get', { meetingId: next.id });
    expect(latest(caseId)).toMatchObject({ action: 'start', summary: 'Kortet for mødet startet fra mødet 10.03.2026: 1 punkt og 1 skaleringsspørgsmål overført' });
    call('agreements.setReview', { meetingId: next.id, agreementId: a.id, outcome: 'partly', comment: 'Skolen har ikke ringet tilbage' });
    expect(latest(caseId)).toMatchObject({ entity: 'agreement_review', summary: 'Opfølgning på aftale "Ringe til skolen": vurdering – → delvist; status ikke startet → i gang; kommentar ændret' });
    call('agreements.setReview', { meetingId: next.id, agreementId: a.id, outcome: 'done', comment: 'Skolen har ikke ringet tilbage' });
    expect(latest(caseId).summary).toBe('Opfølgning på aftale "Ringe til skolen": vurdering delvist → udført; status i gang → udført');
  });

  it('the formal plan and progress on a goal', () => {
    const { caseId, meeting } = setup();
    call('plan.saveFormal', { caseId, kind: 'barnets_plan', madeOn: '2026-03-01', withChild: true, withCustodyHolder: false, note: 'Lavet hjemme hos familien' });
    expect(latest(caseId)).toMatchObject({ action: 'create', entity: 'plan', summary: 'Formel plan oprettet: slags Barnets plan (§§ 91–92); udarbejdet 01.03.2026; med barnet ja; med forældremyndighedsindehaver nej' });
    call('plan.saveFormal', { caseId, kind: 'ungeplan', madeOn: '2026-03-01', withChild: true, withCustodyHolder: true, note: '' });
    expect(latest(caseId).summary).toBe('Formel plan: slags Barnets plan (§§ 91–92) → Ungeplan (§ 108); med forældremyndighedsindehaver nej → ja; note ændret');
    call('plan.removeFormal', { caseId });
    expect(latest(caseId)).toMatchObject({ action: 'delete', summary: 'Formel plan slettet' });
    const goal = call('plan.addGoal', { caseId, text: 'Oliver møder i skole hver dag' });
    call('plan.recordProgress', { goalId: goal.id, meetingId: meeting.id, status: 'some_progress', score: 4, comment: 'Mandage er svære' });
    expect(latest(caseId)).toMatchObject({ entity: 'goal_progress', summary: 'Fremskridt registreret for mål "Oliver møder i skole hver dag": status lidt fremgang; score 4; kommentar skrevet' });
    call('plan.recordProgress', { goalId: goal.id, meetingId: meeting.id, status: 'on_track', score: 6, comment: 'Mandage er svære' });
    expect(latest(caseId).summary).toBe('Fremskridt for mål "Oliver møder i skole hver dag": status lidt fremgang → går som aftalt; score 4 → 6');
    expect(JSON.stringify(ctx.db.prepare('SELECT text FROM audit_summaries').all())).not.toMatch(/Mandage|hjemme/);
  });

  it('the review cadence and the follow-up settings', () => {
    const { caseId } = setup();
    call('followups.setCadence', { caseId, preset: 'statutory_95', overrideWeeks: null, reason: 'Besluttet med forældrene', supportStartDate: '2026-03-02' });
    expect(latest(caseId)).toMatchObject({ entity: 'cadence', summary: 'Opfølgningskadence: kadence Inddragende netværksmøde → Barnets Lov § 95; støtten startede – → 02.03.2026; begrundelse ændret' });
    call('followups.setCadence', { caseId, preset: 'statutory_95', overrideWeeks: 10, reason: 'Besluttet med forældrene', supportStartDate: '2026-03-02' });
    expect(latest(caseId).summary).toBe('Opfølgningskadence: sagens egen kadence – → hver 10. uge');
    call('followups.saveSettings', { reminderDaysBefore: 1, organizerName: 'Mette Sørensen', organizerEmail: 'mette@kommune.dk', defaultDurationMinutes: 60 });
    const text = ctx.db.prepare(`SELECT s.text FROM audit_log a JOIN audit_summaries s ON s.seq = a.seq WHERE a.entity = 'followup_settings'`).pluck().get();
    expect(text).toBe('Indstillinger for opfølgning: påmindelse 3 dage før → 1 dage før; standardvarighed 90 min. → 60 min.; arrangørens navn ændret; arrangørens e-mail ændret');
  });

  it('people: archived, brought back, deleted, and the contact person', () => {
    const { caseId, mother } = setup();
    const father = call('participants.create', { caseId, name: 'Peter', role: 'father', roleDetail: '' });
    call('participants.setContactPerson', { caseId, participantId: mother.id });
    call('participants.setContactPerson', { caseId, participantId: father.id });
    expect(listAudit(ctx, { caseId }).slice(0, 2).map((e) => e.summary)).toEqual(['Kontaktperson (tovholder): Sara → Peter', 'Kontaktperson (tovholder): – → Sara']);
    call('participants.archive', { id: mother.id });
    call('participants.restore', { id: mother.id });
    expect(listAudit(ctx, { caseId }).slice(0, 2).map((e) => e.summary)).toEqual(['Deltager "Sara" hentet tilbage fra arkivet', 'Deltager "Sara" arkiveret']);
    const aunt = call('participants.create', { caseId, name: 'Moster Lis', role: 'other_family', roleDetail: '' });
    call('participants.delete', { id: aunt.id });
    expect(latest(caseId).summary).toBe('Deltager "Moster Lis" slettet');
  });

  it('settings: values shown, the user\'s name and free text only named; saving the same again records nothing', () => {
    const settings = () => ctx.db.prepare(`SELECT s.text FROM audit_log a JOIN audit_summaries s ON s.seq = a.seq WHERE a.entity = 'settings' ORDER BY a.seq`).pluck().all();
    call('settings.set', { theme: 'dark', textSize: 125, profileName: 'Mette Sørensen', profileRole: 'caseworker', idleLockMinutes: 5, retentionYears: 10, retentionLegalBasis: 'Arkivloven § 7' });
    expect(settings()).toEqual([
      'Indstillinger: farvetema følg styresystemet → mørkt; tekststørrelse 100 % → 125 %; dit navn ændret; din rolle – → Socialrådgiver / børne- og ungerådgiver; lås efter 10 min. → 5 min.; opbevaringsperiode 5 år → 10 år; retsgrundlag for opbevaring ændret',
    ]);
    call('settings.set', { theme: 'dark', textSize: 125 });
    expect(ctx.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'settings'`).pluck().get()).toBe(1);
    expect(JSON.stringify(settings())).not.toMatch(/Mette|Arkivloven/);
  });

  it('removing the demo: a count, no case named', () => {
    call('demo.load', {});
    call('demo.remove', {});
    expect(ctx.db.prepare(`SELECT s.text FROM audit_log a JOIN audit_summaries s ON s.seq = a.seq WHERE a.entity = 'demo'`).pluck().get()).toBe('Demodata fjernet: 5 fiktive sager');
    // The demo cases' summaries are erased with them; the chain still verifies (the fuzz test met this).
    expect(verifyAudit(ctx.db).ok).toBe(true);
  });

  it('"Slet sagen nu" erases the summaries, and the chain still verifies', () => {
    const { caseId, mother, meeting } = setup();
    call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id });
    deleteCase(ctx, { id: caseId, confirmName: 'Oliver' });
    expect(listAudit(ctx, { caseId }).every((e) => e.summary === null)).toBe(true);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM audit_summaries').get()).toEqual({ n: 0 });
    expect(verifyAudit(ctx.db).ok).toBe(true);
  });

  it('a summary of text with a lone surrogate (hostile or cut input) still verifies', () => {
    const { caseId, mother, meeting } = setup();
    call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe \uD83D til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id });
    expect(latest(caseId).summary).toContain('\uFFFD');
    expect(verifyAudit(ctx.db).ok).toBe(true);
  });

  it('verify reports a summary edited afterwards', () => {
    const { caseId, mother, meeting } = setup();
    call('agreements.create', { caseId, meetingId: meeting.id, what: 'Ringe til skolen', responsibleName: mother.name, responsibleParticipantId: mother.id });
    const { seq } = latest(caseId);
    ctx.db.prepare(`UPDATE audit_summaries SET text = 'Aftale "Noget andet" oprettet' WHERE seq = ?`).run(seq);
    expect(verifyAudit(ctx.db)).toMatchObject({ ok: false, firstBroken: { seq, reason: 'summary' } });
  });
});
