import { describe, expect, it } from 'vitest';
import { cleanItemText, diffMaps, keyboardTarget, mapLabels, moveItem, pairing, pairingProblem, partsOf, presentableItems, type MapItem, type MapPart } from './map';

function item(id: string, part: MapPart, position: number, extra: Partial<MapItem> = {}): MapItem {
  return { id, part, text: `tekst ${id}`, saidBy: null, confidential: false, position, pairedGoalId: null, originId: null, ...extra };
}

describe('columns and labels', () => {
  it.each([
    ['worries', ['harm', 'complicating_factors', 'danger_statements']],
    ['working_well', ['strengths', 'existing_safety']],
    ['next', ['safety_goals', 'next_steps']],
  ] as const)('column %s holds %j', (column, parts) => {
    expect(partsOf(column)).toEqual(parts);
  });

  it.each([
    ['safety', {}, 'danger_statements', 'Bekymringsudsagn'],
    ['wellbeing', {}, 'safety_goals', 'Trivselsmål'],
    ['safety', { safety: { worries: 'Hvad bekymrer os?' } }, 'worries', 'Hvad bekymrer os?'],
    ['safety', { safety: { worries: '   ' } }, 'worries', 'Hvad er vi bekymrede for?'],
    ['wellbeing', { safety: { safety_goals: 'Mål for sikkerhed' } }, 'safety_goals', 'Trivselsmål'],
  ] as const)('wording %s with overrides %j labels %s as %s', (wording, overrides, key, label) => {
    expect(mapLabels(wording, overrides)[key]).toBe(label);
  });
});

describe('pairing danger statements with safety goals', () => {
  const cases: [string, MapItem[], { pairs: [string, string][]; dangers: string[]; goals: string[] }][] = [
    ['nothing on the map', [], { pairs: [], dangers: [], goals: [] }],
    [
      'one pair and one of each unpaired',
      [item('d1', 'danger_statements', 0, { pairedGoalId: 'g1' }), item('d2', 'danger_statements', 1), item('g1', 'safety_goals', 0), item('g2', 'safety_goals', 1)],
      { pairs: [['d1', 'g1']], dangers: ['d2'], goals: ['g2'] },
    ],
    [
      'a pairing to a goal that was deleted counts as unpaired',
      [item('d1', 'danger_statements', 0, { pairedGoalId: 'gone' }), item('g1', 'safety_goals', 0)],
      { pairs: [], dangers: ['d1'], goals: ['g1'] },
    ],
    [
      'a pairing to an item moved out of the goals counts as unpaired',
      [item('d1', 'danger_statements', 0, { pairedGoalId: 'x' }), item('x', 'next_steps', 0)],
      { pairs: [], dangers: ['d1'], goals: [] },
    ],
  ];
  it.each(cases)('%s', (_name, items, expected) => {
    const result = pairing(items);
    expect(result.pairs.map((p) => [p.danger.id, p.goal.id])).toEqual(expected.pairs);
    expect(result.unpairedDangers.map((d) => d.id)).toEqual(expected.dangers);
    expect(result.unpairedGoals.map((g) => g.id)).toEqual(expected.goals);
  });

  it.each([
    ['danger_statements', 'safety_goals', null],
    ['strengths', 'safety_goals', 'Kun et bekymringsudsagn kan parres med et mål'],
    ['danger_statements', 'next_steps', 'Et bekymringsudsagn kan kun parres med et mål'],
  ] as const)('pairing a %s with a %s: %s', (dangerPart, goalPart, problem) => {
    expect(pairingProblem({ part: dangerPart }, { part: goalPart })).toBe(problem);
  });
});

describe('moving items', () => {
  const items = [item('a', 'harm', 0), item('b', 'harm', 1), item('c', 'harm', 2), item('x', 'strengths', 0)];
  it.each([
    ['within a part, down', 'a', 'harm', 2, [{ id: 'b', part: 'harm', position: 0 }, { id: 'c', part: 'harm', position: 1 }, { id: 'a', part: 'harm', position: 2 }]],
    ['across columns, first', 'b', 'strengths', 0, [{ id: 'b', part: 'strengths', position: 0 }, { id: 'x', part: 'strengths', position: 1 }, { id: 'c', part: 'harm', position: 1 }]],
    ['beyond the end is clamped', 'a', 'strengths', 99, [{ id: 'a', part: 'strengths', position: 1 }, { id: 'b', part: 'harm', position: 0 }, { id: 'c', part: 'harm', position: 1 }]],
    ['an unknown item moves nothing', 'nope', 'harm', 0, []],
  ] as const)('%s', (_name, id, part, index, expected) => {
    expect(moveItem(items, id, part, index)).toEqual(expected);
  });

  it.each([
    ['a', 'up', null],
    ['b', 'up', { part: 'harm', index: 0 }],
    ['c', 'down', null],
    ['a', 'left', null],
    ['c', 'right', { part: 'complicating_factors', index: 0 }],
    ['x', 'left', { part: 'danger_statements', index: 0 }],
  ] as const)('keyboard: %s %s goes to %j', (id, key, target) => {
    expect(keyboardTarget(items, id, key)).toEqual(target);
  });
});

describe('the diff between two meetings', () => {
  const previous = [item('p1', 'harm', 0), item('p2', 'strengths', 0), item('p3', 'next_steps', 0), item('p4', 'danger_statements', 0)];
  it('sorts carried, edited, moved, new and dropped items', () => {
    const current = [
      item('c1', 'harm', 0, { originId: 'p1', text: 'tekst p1' }),
      item('c2', 'strengths', 0, { originId: 'p2', text: 'Far henter nu hver dag' }),
      item('c3', 'safety_goals', 0, { originId: 'p3', text: 'tekst p3', confidential: true }),
      item('c5', 'existing_safety', 0),
    ];
    const diff = diffMaps(previous, current);
    expect(diff.added.map((i) => i.id)).toEqual(['c5']);
    expect(diff.removed.map((i) => i.id)).toEqual(['p4']);
    expect(diff.changed.map((c) => [c.before.id, c.after.id, c.changes])).toEqual([
      ['p2', 'c2', ['text']],
      ['p3', 'c3', ['part', 'confidential']],
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it.each([
    ['whitespace only is not a change', { text: '  tekst p1 ' }, []],
    ['a new speaker is a change', { saidBy: 'mor', text: 'tekst p1' }, ['saidBy']],
  ] as const)('%s', (_name, edit, changes) => {
    const diff = diffMaps([item('p1', 'harm', 0)], [item('c1', 'harm', 0, { originId: 'p1', ...edit })]);
    expect(diff.changed.flatMap((c) => c.changes)).toEqual(changes);
  });

  it('a first meeting has everything added', () => {
    expect(diffMaps([], [item('a', 'harm', 0)]).added).toHaveLength(1);
  });
});

describe('items', () => {
  it.each([
    ['', false],
    ['   \n ', false],
    [' Oliver kommer for sent ', 'Oliver kommer for sent'],
    ['x'.repeat(1001), false],
  ] as const)('text %j → %s', (text, expected) => {
    const result = cleanItemText(text);
    expect(result.ok ? result.text : false).toBe(expected);
  });

  it('fortroligt items are left out of what the shared screen shows', () => {
    expect(presentableItems([item('a', 'harm', 0, { confidential: true }), item('b', 'harm', 1)]).map((i) => i.id)).toEqual(['b']);
  });
});
