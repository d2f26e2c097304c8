import { describe, expect, it } from 'vitest';
import { addMonths, expectedEnd, lengthHint, planMonth, responsibilityError, stageAt, stageError, stageHints, tooManyRules, type Stage } from './safetyPlan';
import { safetyPlanScreens, type ScreenRule } from './safetyPlanScreens';
import { changeLine, hasChanges, planChanges, type PlanSnapshot } from './safetyPlanVersions';

describe('the plan over months', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-02-01', 9, '2027-11-01'],
    ['2027-11-15', 3, '2028-02-15'],
  ])('%s + %i months = %s', (day, months, expected) => expect(addMonths(day, months)).toBe(expected));

  it.each([
    ['2027-02-01', 9, '2027-10-31'],
    ['2027-03-15', 6, '2027-09-14'],
  ])('a plan from %s for %i months ends %s', (start, months, end) => expect(expectedEnd(start, months)).toBe(end));

  it.each([
    ['2027-01-31', 0],
    ['2027-02-01', 1],
    ['2027-02-28', 1],
    ['2027-03-01', 2],
    ['2027-10-31', 9],
    ['2027-11-01', 10],
  ])('on %s the plan from 01.02.2027 is in month %i', (today, month) => expect(planMonth('2027-02-01', today)).toBe(month));

  it('hints outside the usual 6–9 months and above eight rules', () => {
    expect([5, 6, 9, 12].map(lengthHint)).toEqual([
      'En sikkerhedsplan løber typisk 6–9 måneder (planen her: 5).',
      null,
      null,
      'En sikkerhedsplan løber typisk 6–9 måneder (planen her: 12).',
    ]);
    expect(tooManyRules(8)).toBeNull();
    expect(tooManyRules(9)).toMatch(/9 regler.*mere end én side/);
  });
});

describe('the professionals stepping down', () => {
  const stage = (fromMonth: number, involvement: Stage['involvement']): Stage => ({ fromMonth, involvement, professionalsDo: '', networkTakesOver: '' });

  it('finds the stage in force', () => {
    const stages = [stage(1, 'close'), stage(3, 'light'), stage(6, 'network_alone')];
    expect([1, 2, 3, 5, 6, 12].map((m) => stageAt(stages, m)?.fromMonth)).toEqual([1, 1, 3, 3, 6, 6]);
    expect(stageAt([stage(2, 'close')], 1)).toBeNull();
  });

  it('hints a late first stage, stepping up again, a stage after the end and no hand-over to the network', () => {
    expect(stageHints([stage(1, 'close'), stage(4, 'light'), stage(8, 'network_alone')], 9)).toEqual([]);
    expect(stageHints([stage(2, 'light'), stage(4, 'close'), stage(10, 'regular')], 9)).toEqual([
      'Det første trin bør begynde i planens første måned.',
      'Fra måned 4 kommer fagpersonerne tættere på igen. Er det meningen (fx efter en brudt regel)?',
      'Et trin begynder efter planens forventede længde (9 måneder).',
      'Det sidste trin bør være, at netværket klarer det selv.',
    ]);
  });

  it('refuses two stages in one month or out of order', () => {
    expect(stageError([{ fromMonth: 1 }, { fromMonth: 3 }], 9)).toBeNull();
    expect(stageError([{ fromMonth: 3 }, { fromMonth: 3 }], 9)).toBe('To trin kan ikke begynde i samme måned.');
    expect(stageError([{ fromMonth: 4 }, { fromMonth: 2 }], 9)).toBe('Trinene skal stå i rækkefølge efter måned.');
  });
});

describe('who holds a rule', () => {
  const members = [
    { participantId: 'leila', name: 'Moster Leila', leftOn: null, archived: false },
    { participantId: 'inge', name: 'Mormor Inge', leftOn: '2027-03-01', archived: false },
    { participantId: 'ali', name: 'Ali', leftOn: null, archived: true },
  ];
  it.each([
    [{ responsibleId: null, reserveId: null }, 'responsibleId', 'Vælg, hvem der har ansvaret for reglen.'],
    [{ responsibleId: 'jens', reserveId: null }, 'responsibleId', 'Den ansvarlige skal være med i sikkerhedsnetværket. Føj personen til netværket først.'],
    [{ responsibleId: 'inge', reserveId: null }, 'responsibleId', 'Mormor Inge er ikke længere med i sikkerhedsnetværket. Vælg en anden, eller føj Mormor Inge til netværket igen.'],
    [{ responsibleId: 'leila', reserveId: 'ali' }, 'reserveId', 'Ali er ikke længere med i sikkerhedsnetværket. Vælg en anden, eller føj Ali til netværket igen.'],
    [{ responsibleId: 'leila', reserveId: 'leila' }, 'reserveId', 'Reserven skal være en anden end den ansvarlige.'],
  ])('%j → %s', (rule, field, message) => expect(responsibilityError(rule, members)).toEqual({ field, message }));

  it('passes a responsible person and a reserve in the network', () => {
    expect(responsibilityError({ responsibleId: 'leila', reserveId: null }, members)).toBeNull();
  });
});

describe('versions', () => {
  const rule = (id: string, action = 'ringer Aya til Leila') => ({ id, situation: `Hvis ${id}`, action, responsibleName: 'Leila', reserveName: null, childKnows: '', networkChecks: '', linkText: null });
  const plan = (rules: PlanSnapshot['rules'], network = [{ participantId: 'l', name: 'Leila', agreedTo: 'Henter' }]): PlanSnapshot => ({
    context: 'at_home',
    purpose: '',
    startsOn: '2027-02-01',
    expectedMonths: 9,
    rules,
    stages: [],
    network,
  });

  it('says what is new, changed and taken out, and who joined or left', () => {
    const before = plan([rule('a'), rule('b')]);
    const after = plan([rule('a', 'ringer Aya til mormor'), rule('c')], [{ participantId: 'i', name: 'Inge', agreedTo: '' }]);
    const changes = planChanges(before, after);
    expect(changes.changed).toEqual([{ rule: after.rules[0], fields: ['action'] }]);
    expect(changeLine(changes)).toBe('1 ny regel, 1 regel ændret, 1 regel taget ud, 1 ny i netværket, 1 har forladt netværket');
  });

  it('finds no change when nothing changed, and a change in what someone agreed to', () => {
    expect(hasChanges(planChanges(plan([rule('a')]), plan([rule('a')])))).toBe(false);
    const agreed = planChanges(plan([rule('a')]), plan([rule('a')], [{ participantId: 'l', name: 'Leila', agreedTo: 'Henter og ringer' }]));
    expect([hasChanges(agreed), changeLine(agreed)]).toEqual([true, 'planens rammer ændret']);
  });
});

describe('the shared screen, page by page', () => {
  const rule = (id: string, length: number): ScreenRule => ({
    id,
    situation: 'Hvis far har drukket',
    action: 'a'.repeat(length),
    responsibleName: 'Moster Leila',
    reserveName: 'Mormor Inge',
    childKnows: 'b'.repeat(length),
    networkChecks: 'c'.repeat(length),
    reviewed: true,
  });

  it('puts short rules together, a long rule alone, and the network last', () => {
    const screens = safetyPlanScreens([rule('a', 40), rule('b', 40), rule('c', 200), rule('d', 40)], [{ participantId: 'l', name: 'Leila', agreedTo: 'Henter Aya' }]);
    expect(screens).toEqual([
      { kind: 'cover' },
      { kind: 'rules', ruleIds: ['a', 'b'] },
      { kind: 'rules', ruleIds: ['c'] },
      { kind: 'rules', ruleIds: ['d'] },
      { kind: 'network', participantIds: ['l'] },
    ]);
  });

  it('has only the cover when there is nothing yet', () => {
    expect(safetyPlanScreens([], [{ participantId: 'l', name: 'Leila', agreedTo: '' }])).toEqual([{ kind: 'cover' }]);
  });
});
