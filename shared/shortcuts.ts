import { resources } from './i18n';

/**
 * Every keyboard shortcut in one list: the renderer's key handling, the `?` overlay and Electron's
 * application menu all read it, so they cannot drift. To add one: a line here, its Danish and English
 * label in shared/i18n/{da,en}/shortcuts.json, then `useShortcut('<id>', handler)` in the screen that
 * acts on it (renderer/app/shortcuts.tsx).
 */
export const SHORTCUT_SCOPES = ['global', 'cases', 'dialog', 'meeting'] as const;
export type ShortcutScope = (typeof SHORTCUT_SCOPES)[number];
export type MenuPlace = 'file' | 'go' | 'view' | 'meeting' | 'help';

export interface ShortcutDef {
  id: string;
  /** An Electron accelerator: `CmdOrCtrl+,`, `Alt+N`, `?`, `Escape`. The menu shows this one. */
  keys: string;
  /** Other keys that do the same (a presentation clicker sends Page Down; PowerPoint users press `.`). */
  also?: string[];
  /** Key in the `shortcuts` i18n namespace; the menu and the overlay show the same words. */
  label: string;
  scope: ShortcutScope;
  /** Shown in this menu of the Electron application menu. */
  menu?: MenuPlace;
  /** Handled by the browser itself (Tab, Esc in a dialog): listed in the overlay, never intercepted. */
  builtIn?: boolean;
  /** In a text field the key stays the field's own, modifier or not (Ctrl+Z undoes the typing there). */
  notInFields?: boolean;
}

export const SHORTCUTS: readonly ShortcutDef[] = [
  { id: 'shortcuts.show', keys: '?', label: 'items.showShortcuts', scope: 'global', menu: 'help' },
  { id: 'case.new', keys: 'Alt+N', label: 'items.newCase', scope: 'global', menu: 'file' },
  { id: 'app.lock', keys: 'CmdOrCtrl+L', label: 'items.lock', scope: 'global', menu: 'file' },
  // Not in the Electron menu: its Rediger › Fortryd (role undo) keeps Ctrl+Z for text; the renderer takes the key
  // first outside text fields, and only while a delete can be undone.
  { id: 'app.undoDelete', keys: 'CmdOrCtrl+Z', label: 'items.undoDelete', scope: 'global', notInFields: true },
  { id: 'nav.cases', keys: 'Alt+1', label: 'items.goCases', scope: 'global', menu: 'go' },
  { id: 'nav.settings', keys: 'CmdOrCtrl+,', label: 'items.goSettings', scope: 'global', menu: 'go' },
  { id: 'view.textLarger', keys: 'CmdOrCtrl+Plus', label: 'items.textLarger', scope: 'global', menu: 'view' },
  { id: 'view.textSmaller', keys: 'CmdOrCtrl+-', label: 'items.textSmaller', scope: 'global', menu: 'view' },
  { id: 'view.textReset', keys: 'CmdOrCtrl+0', label: 'items.textReset', scope: 'global', menu: 'view' },
  { id: 'view.projector', keys: 'Alt+P', label: 'items.toggleProjector', scope: 'global', menu: 'view' },
  { id: 'focus.next', keys: 'Tab', label: 'items.focusNext', scope: 'global', builtIn: true },
  { id: 'focus.previous', keys: 'Shift+Tab', label: 'items.focusPrevious', scope: 'global', builtIn: true },
  { id: 'search.focus', keys: '/', label: 'items.search', scope: 'cases' },
  { id: 'dialog.close', keys: 'Escape', label: 'items.closeDialog', scope: 'dialog', builtIn: true },
  // The facilitator's console (renderer/features/meeting/ConsolePage.tsx). Alt-keys and Page Up/Down also work in the
  // middle of a note; the single letters only outside text fields, so they never eat a letter of the notes.
  { id: 'meeting.next', keys: 'Alt+Right', also: ['PageDown'], label: 'items.nextPhase', scope: 'meeting', menu: 'meeting' },
  { id: 'meeting.previous', keys: 'Alt+Left', also: ['PageUp'], label: 'items.previousPhase', scope: 'meeting', menu: 'meeting' },
  { id: 'meeting.timer', keys: 'Alt+T', label: 'items.timer', scope: 'meeting', menu: 'meeting' },
  { id: 'meeting.notes', keys: 'N', label: 'items.notes', scope: 'meeting', menu: 'meeting' },
  { id: 'meeting.makeAgreement', keys: 'Alt+A', label: 'items.makeAgreement', scope: 'meeting', menu: 'meeting' },
  { id: 'meeting.leaveNote', keys: 'Escape', label: 'items.leaveNote', scope: 'meeting', builtIn: true },
  { id: 'meeting.presenter', keys: 'Alt+S', label: 'items.presenter', scope: 'meeting', menu: 'meeting' },
  { id: 'meeting.blackout', keys: 'B', also: ['Alt+B', '.'], label: 'items.blackout', scope: 'meeting', menu: 'meeting' },
  { id: 'meeting.freeze', keys: 'F', also: ['Alt+F'], label: 'items.freeze', scope: 'meeting', menu: 'meeting' },
];

/** Every key combination that triggers the shortcut: its main keys first. */
export function allKeys(def: ShortcutDef): string[] {
  return [def.keys, ...(def.also ?? [])];
}

export function shortcutById(id: string): ShortcutDef | undefined {
  return SHORTCUTS.find((s) => s.id === id);
}

/** The Danish label (the Electron menu has no i18next; the renderer uses t() with the same key). */
export function danishLabel(def: ShortcutDef): string {
  const value = def.label.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources.da.shortcuts);
  return typeof value === 'string' ? value : def.id;
}

export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const MODIFIERS = new Set(['CmdOrCtrl', 'Ctrl', 'Alt', 'Shift', 'Cmd']);

function parse(keys: string): { mods: Set<string>; key: string } {
  const parts = keys === '+' ? ['+'] : keys.split('+');
  const key = parts.pop() ?? '';
  return { mods: new Set(parts.filter((p) => MODIFIERS.has(p))), key: key === 'Plus' ? '+' : key };
}

/** Electron's accelerator names for keys whose DOM `key` is spelled differently. */
const DOM_KEY: Record<string, string> = { Right: 'ArrowRight', Left: 'ArrowLeft', Up: 'ArrowUp', Down: 'ArrowDown' };

function keyMatches(key: string, press: KeyPress): boolean {
  if (/^[A-Z]$/i.test(key)) return press.code === `Key${key.toUpperCase()}` || press.key.toLowerCase() === key.toLowerCase();
  if (/^\d$/.test(key)) return press.code === `Digit${key}` || press.key === key;
  if (key === '+') return press.key === '+' || press.key === '=' || press.code === 'NumpadAdd';
  if (key === '-') return press.key === '-' || press.code === 'NumpadSubtract';
  return press.key === (DOM_KEY[key] ?? key);
}

/** Does this key press trigger the shortcut? Punctuation ignores Shift, which depends on the keyboard layout. */
export function matchesShortcut(keys: string, press: KeyPress, isMac = false): boolean {
  const { mods, key } = parse(keys);
  const wantsPrimary = mods.has('CmdOrCtrl') || (isMac ? mods.has('Cmd') : mods.has('Ctrl'));
  const primary = isMac ? press.metaKey : press.ctrlKey;
  const secondary = isMac ? press.ctrlKey : press.metaKey;
  if (primary !== wantsPrimary || secondary) return false;
  if (press.altKey !== mods.has('Alt')) return false;
  const punctuation = !/^[A-Z0-9]$/i.test(key) && key.length === 1;
  if (!punctuation && press.shiftKey !== mods.has('Shift')) return false;
  return keyMatches(key, press);
}

/** Keys that never type a character, so taking them from a text field loses nothing (a clicker's Page Down). */
const NON_TYPING_KEYS = new Set(['PageDown', 'PageUp']);

/**
 * Shortcuts with a modifier (and Page Up/Down) also work while the user types in a field; single keys (`?`, `/`, `B`)
 * never do, nor a shortcut marked `notInFields`.
 */
export function worksWhileTyping(keys: string, def?: ShortcutDef): boolean {
  if (def?.notInFields) return false;
  const { mods, key } = parse(keys);
  return mods.has('CmdOrCtrl') || mods.has('Ctrl') || mods.has('Alt') || mods.has('Cmd') || NON_TYPING_KEYS.has(key);
}

const DANISH_KEY_NAMES: Record<string, string> = {
  Shift: 'Skift',
  Escape: 'Esc',
  Tab: 'Tab',
  '+': '+',
  Right: '→',
  Left: '←',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
};

/** The keys as the overlay shows them: `Ctrl + N` on Windows/Linux, `⌘ + N` on a Mac, Danish key names. */
export function formatShortcut(keys: string, isMac = false): string[] {
  const { mods, key } = parse(keys);
  const names = [...mods].map((m) => (m === 'CmdOrCtrl' ? (isMac ? '⌘' : 'Ctrl') : (DANISH_KEY_NAMES[m] ?? m)));
  return [...names, DANISH_KEY_NAMES[key] ?? key];
}

/**
 * The entries of one Electron menu: the same label and keys as the overlay. macOS registers every menu
 * accelerator globally, so a bare key (`?`) is listed there without one, or it would swallow typing.
 */
export function menuEntries(place: MenuPlace, isMac = false): { id: string; label: string; accelerator?: string }[] {
  return SHORTCUTS.filter((s) => s.menu === place).map((s) => {
    const bare = !worksWhileTyping(s.keys);
    return { id: s.id, label: danishLabel(s), ...(isMac && bare ? {} : { accelerator: s.keys }) };
  });
}
