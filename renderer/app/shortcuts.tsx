import { useEffect, useLayoutEffect, useRef } from 'react';
import { SHORTCUTS, allKeys, matchesShortcut, shortcutById, worksWhileTyping } from '../../shared/shortcuts';
import { onKredsEvent } from '../api';

/**
 * The renderer side of the shortcut list in shared/shortcuts.ts. A screen acts on a shortcut with
 *
 *   useShortcut('case.new', () => navigate('/cases/new'));
 *
 * while it is mounted; the newest registration of an id wins (a meeting console's handler beats a global one),
 * and unmounting restores the previous. The Electron menu sends the same ids as `app.shortcut` events.
 */
type Handler = () => void;
const handlers = new Map<string, Handler[]>();

export function useShortcut(id: string, handler: Handler, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  // Layout effects: a shortcut works from the moment its screen is painted.
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    if (!shortcutById(id)) throw new Error(`Ukendt genvej "${id}": tilføj den i shared/shortcuts.ts`);
    const run: Handler = () => latest.current();
    handlers.set(id, [...(handlers.get(id) ?? []), run]);
    return () => {
      handlers.set(id, (handlers.get(id) ?? []).filter((h) => h !== run));
    };
  }, [id, enabled]);
}

/** Runs the newest handler of a shortcut; false when no screen handles it right now. */
export function runShortcut(id: string): boolean {
  const handler = handlers.get(id)?.at(-1);
  handler?.();
  return !!handler;
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(target.type);
}

/**
 * Installs the one key listener of the app (in App.tsx). A modal dialog keeps its keys to itself, and a control that
 * used the key itself (a map item moved with Alt+→ calls preventDefault) wins over the shortcut.
 */
export function useShortcutKeys(): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
      const typing = isTyping(event.target);
      for (const def of SHORTCUTS) {
        if (def.builtIn) continue;
        const keys = allKeys(def).filter((k) => !typing || worksWhileTyping(k, def));
        if (keys.some((k) => matchesShortcut(k, event, isMac)) && runShortcut(def.id)) {
          event.preventDefault();
          return;
        }
      }
    };
    document.addEventListener('keydown', onKey);
    const unsubscribe = onKredsEvent((event) => {
      if (event.type === 'app.shortcut' && typeof event.data === 'string') runShortcut(event.data);
    });
    return () => {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
}

export { isMac };
