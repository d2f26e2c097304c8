import { channel, idInput } from './define';

/**
 * What a delete in a meeting or a plan answers: the id to take it back with ("Fortryd" in the toast, Ctrl+Z).
 * The host keeps what was deleted in memory only, for UNDO_WINDOW_MS (electron/services/undo.ts).
 */
export interface UndoTicket {
  undoId: string;
}

export const undoContract = {
  /** Puts back everything one delete removed (the row, what hung off it, the links that were cleared). */
  'undo.restore': channel<{ restored: true }>()(idInput),
};
