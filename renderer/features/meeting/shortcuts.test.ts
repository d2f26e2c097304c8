import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

/** A minimal stand-in for a KeyboardEvent: the unit project runs in Node, without a DOM. */
function key(init: { key?: string; code?: string; altKey?: boolean; ctrlKey?: boolean; typing?: boolean }): KeyboardEvent {
  const target = init.typing ? { isContentEditable: true, tagName: 'DIV' } : { isContentEditable: false, tagName: 'BODY' };
  return { key: init.key ?? '', code: init.code ?? '', altKey: !!init.altKey, ctrlKey: !!init.ctrlKey, metaKey: false, target } as unknown as KeyboardEvent;
}

describe('meeting shortcuts', () => {
  it.each([
    [{ code: 'ArrowRight', altKey: true, typing: true }, 'next'],
    [{ code: 'ArrowLeft', altKey: true }, 'previous'],
    [{ key: 'PageDown', typing: true }, 'next'],
    [{ code: 'KeyT', altKey: true, typing: true }, 'timer'],
    [{ key: 'b' }, 'blackout'],
    [{ key: 'F' }, 'freeze'],
    [{ key: 'n' }, 'notes'],
    [{ key: '?' }, 'help'],
    [{ code: 'KeyB', altKey: true, typing: true }, 'blackout'],
    [{ code: 'KeyS', altKey: true, typing: true }, 'presenter'],
  ] as const)('%o → %s', (init, action) => expect(shortcutFor(key(init))).toBe(action));

  it('never takes a letter away from the notes while typing', () => {
    for (const k of ['b', 'f', 'n', '?']) expect(shortcutFor(key({ key: k, typing: true }))).toBeNull();
  });

  it('leaves the browser\'s own Ctrl-combinations and the app-wide Alt+N / Alt+P alone', () => {
    expect(shortcutFor(key({ key: 'b', ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key({ code: 'KeyN', altKey: true }))).toBeNull();
    expect(shortcutFor(key({ code: 'KeyP', altKey: true }))).toBeNull();
  });
});
