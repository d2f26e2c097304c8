import { useSyncExternalStore } from 'react';
import type { SaveState } from './NoteEditor';

/**
 * The notes' save state ("Gemmer …" / "Alt er gemt"), kept outside React state so that a change re-renders only the
 * small status line, never the whole console while someone types in a long note.
 */
let state: SaveState = 'saved';
const listeners = new Set<() => void>();

export function setSaveState(next: SaveState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
