import { describe, expect, it } from 'vitest';
import { SHORTCUTS, danishLabel, formatShortcut, matchesShortcut, menuEntries, worksWhileTyping, type KeyPress } from './shortcuts';

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
  });
});

describe('shortcut list', () => {
  it('shows keys with Danish names', () => {
    expect(formatShortcut('CmdOrCtrl+Plus')).toEqual(['Ctrl', '+']);
    expect(formatShortcut('Shift+Tab')).toEqual(['Skift', 'Tab']);
    expect(formatShortcut('Escape')).toEqual(['Esc']);
    expect(formatShortcut('CmdOrCtrl+,', true)).toEqual(['⌘', ',']);
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
  it('leaves bare keys without an accelerator on a Mac, where it would capture typing', () => {
    expect(menuEntries('help', true)).toEqual([{ id: 'shortcuts.show', label: 'Vis tastaturgenveje' }]);
  });
});
