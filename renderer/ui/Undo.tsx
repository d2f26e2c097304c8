import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoTicket } from '../../shared/contract/undo';
import { UNDO_OFFER_MS } from '../../shared/domain/undo';
import { KredsError } from '../../shared/errors';
import { api } from '../api';
import { useShortcut } from '../app/shortcuts';
import { useAnnounce } from './Announcer';

/**
 * No slip is final (issue 17): after a delete a toast says what went and offers »Fortryd« for UNDO_OFFER_MS, and
 * Ctrl+Z outside a text field does the same (in a field, Ctrl+Z stays the field's own undo). The time waits while
 * the pointer or the keyboard is on the toast. One offer at a time: a new delete replaces the older offer, as in
 * every mail program — the older delete then stands.
 *
 * Server deletes use `useUndoableDelete()`; a screen's own unsaved list (the phase editor) calls `useOfferUndo()`
 * with its own undo.
 */
interface Offer {
  message: string;
  undo: () => Promise<void>;
}

type OfferUndo = (message: string, undo: () => Promise<void>) => void;
const UndoContext = createContext<OfferUndo>(() => undefined);

export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [paused, setPaused] = useState(false);
  const left = useRef(UNDO_OFFER_MS);
  const returnFocus = useRef<HTMLElement | null>(null);

  const offerUndo = useCallback<OfferUndo>((message, undo) => {
    left.current = UNDO_OFFER_MS;
    setError(null);
    setOffer({ message, undo });
  }, []);

  useEffect(() => {
    if (!offer || paused) return undefined;
    const started = Date.now();
    const timer = window.setTimeout(() => setOffer(null), left.current);
    return () => {
      window.clearTimeout(timer);
      left.current -= Date.now() - started;
    };
  }, [offer, paused]);

  const takeBack = async () => {
    if (!offer) return;
    const taken = offer;
    setOffer(null);
    setPaused(false);
    try {
      await taken.undo();
      announce(t('undo.done'));
    } catch (e) {
      setError(e instanceof KredsError ? e.message : String(e));
    }
    // The toast's own button is gone: the keyboard goes on where it was before it came to the toast.
    if (returnFocus.current?.isConnected && (!document.activeElement || document.activeElement === document.body)) returnFocus.current.focus();
  };
  useShortcut('app.undoDelete', () => void takeBack(), offer !== null);

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div
        className={`undo-toast${offer || error ? ' undo-toast--visible' : ''}`}
        role="status"
        onPointerEnter={() => setPaused(true)}
        onPointerLeave={() => setPaused(false)}
        onFocus={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) returnFocus.current = e.relatedTarget as HTMLElement | null;
          setPaused(true);
        }}
        onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setPaused(false)}
      >
        {offer && (
          <>
            <span>{offer.message}</span>
            <button type="button" className="button button--small" onClick={() => void takeBack()}>
              {t('undo.action')}
            </button>
            <span className="undo-toast__keys" aria-hidden="true">{t('undo.keys')}</span>
          </>
        )}
        {error && !offer && (
          <>
            <span>{error}</span>
            <button type="button" className="button button--small" onClick={() => setError(null)}>
              {t('actions.close')}
            </button>
          </>
        )}
      </div>
    </UndoContext.Provider>
  );
}

/** For a screen's own unsaved change: show `message` with »Fortryd« that runs `undo`. */
export function useOfferUndo(): OfferUndo {
  return useContext(UndoContext);
}

/**
 * Runs a delete that answers an undo ticket, then offers »Fortryd«. The message says what went, in the screen's words:
 * `remove(() => api['agreements.delete']({ id }), t('deletedNamed', { what }))`.
 */
export function useUndoableDelete(): (run: () => Promise<UndoTicket>, message: string) => Promise<void> {
  const offerUndo = useOfferUndo();
  return useCallback(
    async (run, message) => {
      const { undoId } = await run();
      offerUndo(message, async () => {
        await api['undo.restore']({ id: undoId });
      });
    },
    [offerUndo],
  );
}
