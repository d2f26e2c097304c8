import { describe, expect, it } from 'vitest';
import { SHORTCUTS, allKeys, danishLabel, formatShortcut, matchesShortcut, menuEntries, worksWhileTyping, type KeyPress } from './shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });

describe('shortcut matching', () => {
  it.each([
    ['?', press('?', { shiftKey: true }), true],
    ['?', press('?'), true],
    ['?', press('?', { ctrlKey: true }), false],
    ['Alt+N', press('n', { altKey: true, code: 'KeyN' }), true],
    ['Alt+N', press('˜', { altKey: true, code: 'KeyN' }), true],
    ['Alt+N', press('n'), false],
    ['Alt+N', press('N', { altKey: true, shiftKey: true, code: 'KeyN' }), false],
    ['Alt+1', press('1', { altKey: true, code: 'Digit1' }), true],
    ['CmdOrCtrl+Plus', press('+', { ctrlKey: true }), true],
    ['CmdOrCtrl+Plus', press('=', { ctrlKey: true }), true],
    ['CmdOrCtrl+-', press('-', { ctrlKey: true }), true],
    ['CmdOrCtrl+0', press('0', { ctrlKey: true, code: 'Digit0' }), true],
    ['CmdOrCtrl+,', press(',', { ctrlKey: true }), true],
    ['/', press('/', { shiftKey: true }), true],
    ['Alt+Right', press('ArrowRight', { altKey: true, code: 'ArrowRight' }), true],
    ['Alt+Right', press('ArrowRight'), false],
    ['Alt+Left', press('ArrowLeft', { altKey: true }), true],
    ['PageDown', press('PageDown'), true],
    ['B', press('b', { code: 'KeyB' }), true],
    ['B', press('b', { ctrlKey: true, code: 'KeyB' }), false],
    ['Alt+B', press('∫', { altKey: true, code: 'KeyB' }), true],
    ['.', press('.'), true],
    ['Alt+A', press('a', { altKey: true, code: 'KeyA' }), true],
  ])('%s matches %o: %s', (keys, event, expected) => {
    expect(matchesShortcut(keys, event)).toBe(expected);
  });

  it('uses Cmd instead of Ctrl on a Mac', () => {
    expect(matchesShortcut('CmdOrCtrl+0', press('0', { metaKey: true }), true)).toBe(true);
    expect(matchesShortcut('CmdOrCtrl+0', press('0', { ctrlKey: true }), true)).toBe(false);
  });

  it('lets only shortcuts with a modifier work while typing', () => {
    expect(worksWhileTyping('?')).toBe(false);
    expect(worksWhileTyping('/')).toBe(false);
    expect(worksWhileTyping('Alt+N')).toBe(true);
    expect(worksWhileTyping('CmdOrCtrl+Plus')).toBe(true);
    expect(worksWhileTyping('B')).toBe(false);
    expect(worksWhileTyping('N')).toBe(false);
    expect(worksWhileTyping('Alt+Right')).toBe(true);
    expect(worksWhileTyping('PageDown')).toBe(true);
    // Ctrl+Z in a text field undoes the typing, never a delete.
    expect(worksWhileTyping('CmdOrCtrl+Z', SHORTCUTS.find((s) => s.id === 'app.undoDelete'))).toBe(false);
  });
});

describe('shortcut list', () => {
  it('shows keys with Danish names', () => {
    expect(formatShortcut('CmdOrCtrl+Plus')).toEqual(['Ctrl', '+']);
    expect(formatShortcut('Shift+Tab')).toEqual(['Skift', 'Tab']);
    expect(formatShortcut('Escape')).toEqual(['Esc']);
    expect(formatShortcut('CmdOrCtrl+,', true)).toEqual(['⌘', ',']);
    expect(formatShortcut('Alt+Right')).toEqual(['Alt', '→']);
    expect(formatShortcut('PageUp')).toEqual(['Page Up']);
  });

  it('never gives one key combination two jobs: the meeting keys work alongside the app-wide ones', () => {
    const used = SHORTCUTS.filter((s) => !s.builtIn).flatMap(allKeys);
    expect(new Set(used).size).toBe(used.length);
  });

  // e2e/browser/keyboardMeeting.spec.ts presses each of these in the console: a new one belongs there too.
  it('lists the facilitator\'s keys in the meeting group with Danish labels', () => {
    const meeting = SHORTCUTS.filter((s) => s.scope === 'meeting');
    expect(meeting.map((s) => [s.keys, danishLabel(s)])).toEqual([
      ['Alt+Right', 'Næste fase'],
      ['Alt+Left', 'Forrige fase'],
      ['Alt+T', 'Start eller sæt fasens tid på pause'],
      ['N', 'Skriv i noterne'],
      ['Alt+A', 'Gør linjen i noterne til et aftaleudkast'],
      ['Escape', 'Forlad noten (så virker B, F og N igen)'],
      ['Alt+S', 'Åbn fællesskærmen'],
      ['B', 'Sort fællesskærm (tryk igen for at vise)'],
      ['F', 'Frys fællesskærmen (tryk igen for at følge med)'],
    ]);
  });

  it('has unique ids and unique keys within a scope, and a Danish label for each', () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    const scoped = SHORTCUTS.map((s) => `${s.scope}:${s.keys}`);
    expect(new Set(scoped).size).toBe(scoped.length);
    for (const s of SHORTCUTS) expect(danishLabel(s)).not.toBe(s.id);
  });
});

describe('application menu', () => {
  it('shows the same Danish words and keys as the overlay', () => {
    expect(menuEntries('file')).toEqual([
      { id: 'case.new', label: 'Ny sag', accelerator: 'Alt+N' },
      { id: 'app.lock', label: 'Lås Kreds', accelerator: 'CmdOrCtrl+L' },
    ]);
    expect(menuEntries('view').map((e) => e.accelerator)).toEqual(['CmdOrCtrl+Plus', 'CmdOrCtrl+-', 'CmdOrCtrl+0', 'Alt+P']);
    expect(menuEntries('help')).toEqual([{ id: 'shortcuts.show', label: 'Vis tastaturgenveje', accelerator: '?' }]);
  });
  it('has a Møde menu with the same accelerators as the console', () => {
    expect(menuEntries('meeting').map((e) => `${e.accelerator} ${e.label}`)).toEqual([
      'Alt+Right Næste fase',
      'Alt+Left Forrige fase',
      'Alt+T Start eller sæt fasens tid på pause',
      'N Skriv i noterne',
      'Alt+A Gør linjen i noterne til et aftaleudkast',
      'Alt+S Åbn fællesskærmen',
      'B Sort fællesskærm (tryk igen for at vise)',
      'F Frys fællesskærmen (tryk igen for at følge med)',
    ]);
  });

  it('leaves bare keys without an accelerator on a Mac, where it would capture typing', () => {
    expect(menuEntries('help', true)).toEqual([{ id: 'shortcuts.show', label: 'Vis tastaturgenveje' }]);
  });
});
