import { describe, expect, it } from 'vitest';
import { buildJournalNote, CONFIDENTIAL_MARK } from './journal';
import { compareMeetings, compareScaling, earlierFirst, lastHeldMeeting, oneLineSummary, shorten, timeline } from './review';
import { goalsFixture, item, meetingFixture } from './reviewFixture';

describe('the case timeline', () => {
  it('lists meetings newest first with attendees, scaling medians, wellbeing and a summary', () => {
    const first = meetingFixture();
    const second = meetingFixture({ id: 'm2', startsAt: '2026-03-17T09:00:00', type: 'follow_up', wellbeing: null });
    const entries = timeline([first, second]);
    expect(entries.map((e) => e.id)).toEqual(['m2', 'm1']);
    expect(entries[1]).toMatchObject({
      attendees: ['Camilla', 'Henrik'],
      scaling: [{ question: 'Hvor er vi i dag?', median: 3.5, min: 3, max: 4, count: 2 }],
      wellbeing: 'declining',
      summary: 'Morgenerne er svære, Oliver vil ikke op.',
    });
  });

  it.each([
    ['a shared note', meetingFixture(), 'Morgenerne er svære, Oliver vil ikke op.'],
    ['never a confidential note', meetingFixture({ notes: [meetingFixture().notes[1]!] }), 'Hvis intet ændrer sig, mister Oliver kontakten til klassen.'],
    ['a next step before a danger statement', meetingFixture({ notes: [], mapItems: [item('x', 'danger_statements', 'Fare'), item('y', 'next_steps', 'Skridt')] }), 'Skridt'],
    ['the number of agreements when nothing else is written', meetingFixture({ notes: [], mapItems: [] }), '2 aftaler'],
    ['nothing for an empty meeting', meetingFixture({ notes: [], mapItems: [], agreements: [] }), ''],
  ])('the one-line summary uses %s', (_label, meeting, expected) => expect(oneLineSummary(meeting)).toBe(expected));

  it.each([
    ['kort', 10, 'kort'],
    ['et langt stykke tekst om morgenerne', 20, 'et langt stykke…'],
    ['ordudenmellemrumoverhovedet', 10, 'ordudenme…'],
  ])('shortens %j to %i characters at a word', (text, max, expected) => expect(shorten(text, max)).toBe(expected));

  it('finds the last held meeting, ignoring planned and cancelled ones', () => {
    const meetings = [
      { status: 'held' as const, startsAt: '2026-01-01' },
      { status: 'held' as const, startsAt: '2026-02-01' },
      { status: 'cancelled' as const, startsAt: '2026-03-01' },
      { status: 'planned' as const, startsAt: '2026-04-01' },
    ];
    expect(lastHeldMeeting(meetings)?.startsAt).toBe('2026-02-01');
    expect(lastHeldMeeting([])).toBeNull();
  });
});

describe('comparing two meetings', () => {
  it('puts the earlier meeting first, whichever order the two were picked in', () => {
    const meetings = [
      { id: 'may', startsAt: '2027-05-05T10:00' },
      { id: 'march', startsAt: '2027-03-18T10:00' },
    ];
    expect(earlierFirst(meetings, 'may', 'march')).toEqual({ earlier: 'march', later: 'may' });
    expect(earlierFirst(meetings, 'march', 'may')).toEqual({ earlier: 'march', later: 'may' });
  });

  const first = meetingFixture();
  const third = meetingFixture({
    id: 'm3',
    startsAt: '2026-04-28T09:00:00',
    mapItems: [
      item('k1', 'danger_statements', 'Hvis intet ændrer sig, mister Oliver kontakten til klassen.', { originId: 'j1' }),
      item('k4', 'safety_goals', 'Oliver er i skole hver dag kl. 8 – også mandag.', { originId: 'j4' }),
      item('k5', 'strengths', 'Oliver er glad for fodbold'),
      item('k6', 'harm', 'Fortroligt nyt punkt', { confidential: true }),
    ],
    scaling: [{ seriesId: 's1', question: 'Hvor er vi i dag?', scores: [{ participantId: 'p-mor', participantName: 'Camilla', value: 6 }] }],
    wellbeing: 'general',
  });
  const between = meetingFixture({ id: 'm2', mapItems: [item('j1', 'danger_statements', 'x', { originId: 'i1' }), item('j4', 'safety_goals', 'y', { originId: 'i4' })] });

  it('follows carried-forward items through the meeting in between', () => {
    const result = compareMeetings(first, third, { professional: false, between: [between] });
    expect(result.map.unchanged).toBe(1);
    expect(result.map.changed.map((c) => [c.before.id, c.after.id, c.changes])).toEqual([['i4', 'k4', ['text']]]);
    expect(result.map.added.map((i) => i.id)).toEqual(['k5']);
    expect(result.map.removed.map((i) => i.id)).toEqual(['i3']);
    expect(result.wellbeing).toEqual({ before: 'declining', after: 'general' });
  });

  it('shows fortroligt items only in the professional view', () => {
    const family = compareMeetings(first, third, { professional: false, between: [between] });
    const professional = compareMeetings(first, third, { professional: true, between: [between] });
    const ids = (r: typeof family) => [...r.map.added, ...r.map.removed].map((i) => i.id);
    expect(ids(family)).not.toContain('i2');
    expect(ids(family)).not.toContain('k6');
    expect(ids(professional)).toEqual(expect.arrayContaining(['i2', 'k6']));
  });

  it('puts each participant’s number then and now side by side, including people new or missing', () => {
    expect(compareScaling(first.scaling, third.scaling)).toEqual([
      {
        seriesId: 's1',
        question: 'Hvor er vi i dag?',
        rows: [
          { participantName: 'Camilla', before: 4, after: 6 },
          { participantName: 'Henrik', before: 3, after: null },
        ],
      },
    ]);
  });
});

describe('the journal note', () => {
  const contactPerson = { name: 'Mette Sørensen', role: 'Socialrådgiver', phone: '51 23 45 67', email: '', chosen: true };
  const base = { childName: 'Oliver', meeting: meetingFixture(), goals: goalsFixture, nextMeeting: { startsAt: '2026-03-17T09:00:00', place: 'Skolen' }, contactPerson };

  it('opens with the agreements, the next meeting and the contact person, then the rest', () => {
    const text = buildJournalNote({ ...base, professional: false });
    const heads = text.split('\n').filter((line) => /^[A-ZÆØÅ –()]+$/.test(line) && line.length > 2);
    expect(heads).toEqual(['AFTALER – HVEM GØR HVAD HVORNÅR', 'NÆSTE MØDE', 'KONTAKTPERSON', 'DELTAGERE', 'KORTET', 'SKALERING', 'MÅL', 'NOTER']);
    expect(text).toContain('NÆSTE MØDE\ntirsdag 17.03.2026 (uge 12) kl. 09.00, Skolen');
    expect(text).toContain('KONTAKTPERSON\nMette Sørensen, Socialrådgiver, tlf. 51 23 45 67');
  });

  it('names the responsible worker when no contact person is chosen', () => {
    const text = buildJournalNote({ ...base, contactPerson: { ...contactPerson, phone: '', chosen: false }, professional: false });
    expect(text).toContain('KONTAKTPERSON\nIngen kontaktperson valgt. Sagsansvarlig: Mette Sørensen');
  });

  it('has date, participants and roles, map, scaling, agreements, goals and next meeting', () => {
    const text = buildJournalNote({ ...base, professional: false });
    expect(text).toContain('Journalnotat – Inddragende netværksmøde vedr. Oliver');
    expect(text).toContain('Dato: 03.02.2026 kl. 09.00, Familiens hjem');
    expect(text).toContain('- Camilla (Mor)');
    expect(text).toContain('- Henrik (Klasselærer), deltog på telefon');
    expect(text).toContain('Afbud: Inge');
    expect(text).toContain('Bekymringsudsagn:\n- Hvis intet ændrer sig');
    expect(text).toContain('- Farmor henter gerne (Inge)');
    expect(text).toContain('Camilla: 4, Henrik: 3');
    expect(text).toContain('Trivselsniveau: Faldende trivsel');
    expect(text).toContain('- Camilla: Vækker Oliver kl. 7 og følger ham i skole – senest 16.03.2026 (i gang)');
    expect(text).toContain('- Oliver møder i skole mindst 9 ud af 10 dage – inden 19.06.2026 [aktivt, lidt fremgang (5/10)]');
    expect(text).toContain('NÆSTE MØDE\ntirsdag 17.03.2026 (uge 12) kl. 09.00, Skolen');
  });

  it('leaves fortroligt items out of the family-safe version', () => {
    const text = buildJournalNote({ ...base, professional: false });
    expect(text).not.toContain('drikkeri');
    expect(text).not.toContain('misbrug');
    expect(text).not.toContain(CONFIDENTIAL_MARK);
  });

  it('includes and marks them in the professional version', () => {
    const text = buildJournalNote({ ...base, professional: true });
    expect(text).toContain(`- ${CONFIDENTIAL_MARK} Fars drikkeri i weekenderne`);
    expect(text).toContain(`Fagpersoner: ${CONFIDENTIAL_MARK} Mistanke om misbrug hos far.`);
    expect(text).toContain('Version: Fagprofessionel');
  });

  it('says the next meeting is not set rather than leaving it out', () => {
    expect(buildJournalNote({ ...base, nextMeeting: null, professional: false })).toContain('NÆSTE MØDE\nIkke aftalt endnu');
  });
});
