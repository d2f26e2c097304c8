import { describe, expect, it } from 'vitest';
import { agreementErrors, defaultDueDate, dueDateWarning, groupAgreements, isCarryable, isOpen, isOverdue } from './agreements';
import { planKindForAge, tooManyGoalsWarning } from './plan';

describe('default due date', () => {
  it.each([
    ['2026-03-10', '2026-04-28', '2026-04-27'],
    ['2026-03-10', null, '2026-04-27'],
    ['2026-12-01', null, '2027-01-18'],
    ['2026-03-10', '2026-05-01', '2026-04-30'],
    ['2026-03-31', '2026-04-01', '2026-03-31'],
    // The next meeting moved off Kristi himmelfartsdag (06.05.2027) to Wednesday: the Tuesday, booked or only proposed.
    ['2027-03-18', '2027-05-05', '2027-05-04'],
    ['2027-03-18', null, '2027-05-04'],
    // A Monday meeting: the Friday before; the Tuesday after Easter: the Wednesday before Skærtorsdag.
    ['2027-03-18', '2027-05-03', '2027-04-30'],
    ['2027-02-18', '2027-03-30', '2027-03-24'],
    // A next meeting the day after: the meeting day itself, never before it.
    ['2027-03-19', '2027-03-22', '2027-03-19'],
  ])('meeting %s, next meeting %s → %s', (meeting, next, due) => expect(defaultDueDate(meeting, next)).toBe(due));
});

describe('agreement status rules', () => {
  it.each([
    ['not_started', '2026-04-01', '2026-04-02', true],
    ['in_progress', '2026-04-01', '2026-04-02', true],
    ['not_started', '2026-04-02', '2026-04-02', false],
    ['done', '2026-04-01', '2026-04-02', false],
    ['not_done', '2026-04-01', '2026-04-02', false],
    ['in_progress', null, '2026-04-02', false],
  ] as const)('%s due %s is overdue on %s: %s', (status, dueDate, today, expected) => {
    expect(isOverdue({ status, dueDate }, today)).toBe(expected);
  });

  it('only not started and in progress are open', () => {
    expect(['not_started', 'in_progress', 'done', 'not_done'].map((s) => isOpen(s as never))).toEqual([true, true, false, false]);
  });

  it.each([
    [false, 'partly', 'in_progress', true],
    [false, 'not_done', 'not_done', true],
    [false, 'done', 'done', false],
    [false, null, 'not_started', true],
    [false, null, 'done', false],
    [true, 'partly', 'in_progress', false],
  ] as const)('carried %s, reviewed %s, status %s → carryable %s', (carried, outcome, status, expected) => {
    expect(isCarryable({ carried, outcome, status })).toBe(expected);
  });

  it('groups by case or by person, names case-insensitively, in Danish order', () => {
    const items = [
      { caseId: 'b', childName: 'Sofie', responsibleName: 'Åse' },
      { caseId: 'a', childName: 'Oliver', responsibleName: 'mormor' },
      { caseId: 'b', childName: 'Sofie', responsibleName: 'Mormor' },
    ];
    expect(groupAgreements(items, 'case').map((g) => [g.label, g.items.length])).toEqual([['Oliver', 1], ['Sofie', 2]]);
    expect(groupAgreements(items, 'person').map((g) => [g.label, g.items.length])).toEqual([['mormor', 2], ['Åse', 1]]);
  });
});

describe('bad agreement input', () => {
  it('asks in Danish for what and who', () => {
    expect(agreementErrors({ what: ' ', responsibleName: '', dueDate: null })).toEqual({
      what: 'Skriv, hvad der skal gøres',
      responsible: 'Vælg, hvem der er ansvarlig',
    });
    expect(agreementErrors({ what: 'Ringe til skolen', responsibleName: 'Mormor', dueDate: null })).toEqual({});
  });

  it('warns about a due date before the meeting, not on or after it', () => {
    expect(dueDateWarning('2026-03-09', '2026-03-10T13:00:00')).toMatch(/før mødedatoen/);
    expect(dueDateWarning('2026-03-10', '2026-03-10T13:00:00')).toBeNull();
    expect(dueDateWarning(null, '2026-03-10')).toBeNull();
  });
});

describe('plan rules', () => {
  it('warns above five active goals', () => {
    expect(tooManyGoalsWarning(5)).toBeNull();
    expect(tooManyGoalsWarning(6)).toMatch(/forvirre familien/);
  });

  it('an ungeplan from 16', () => {
    expect(planKindForAge(15)).toBe('barnets_plan');
    expect(planKindForAge(16)).toBe('ungeplan');
  });
});
