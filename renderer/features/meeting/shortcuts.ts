/**
 * The facilitator's keys. Alt-combinations work everywhere, also while typing a note; the single PowerPoint keys
 * (B, F, ?) only when the focus is not in a text field, so they never eat a letter of the notes.
 */
export type ShortcutAction = 'next' | 'previous' | 'timer' | 'blackout' | 'freeze' | 'notes' | 'presenter' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  /** As shown in the help overlay. */
  keys: string[];
}

export const SHORTCUTS: Shortcut[] = [
  { action: 'next', keys: ['Alt+→', 'Page Down'] },
  { action: 'previous', keys: ['Alt+←', 'Page Up'] },
  { action: 'timer', keys: ['Alt+T'] },
  { action: 'blackout', keys: ['B', 'Alt+B'] },
  { action: 'freeze', keys: ['F', 'Alt+F'] },
  { action: 'notes', keys: ['N', 'Alt+N'] },
  { action: 'presenter', keys: ['Alt+P'] },
  { action: 'help', keys: ['?'] },
];

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** Maps a key press to an action, or null. Uses event.code for Alt-combinations (Alt changes the key on macOS). */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey) {
    const byCode: Record<string, ShortcutAction> = {
      ArrowRight: 'next', ArrowLeft: 'previous', KeyT: 'timer', KeyB: 'blackout', KeyF: 'freeze', KeyN: 'notes', KeyP: 'presenter',
    };
    return byCode[event.code] ?? null;
  }
  if (event.key === 'PageDown') return 'next';
  if (event.key === 'PageUp') return 'previous';
  if (isTyping(event.target)) return null;
  const byKey: Record<string, ShortcutAction> = { b: 'blackout', B: 'blackout', f: 'freeze', F: 'freeze', n: 'notes', N: 'notes', '?': 'help' };
  return byKey[event.key] ?? null;
}
