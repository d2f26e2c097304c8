import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { LockStatus } from '../../../shared/contract/security';
import { api, onKredsEvent } from '../../api';
import { useShortcut } from '../../app/shortcuts';
import { LockScreen, NeutralScreen } from './LockScreen';

const ACTIVITY_EVERY_MS = 60_000;

/**
 * Wraps every window. While the host reports the app locked it shows the lock screen; the page underneath stays
 * mounted (what the user was typing, an open dialog, the editor's state survive) but its DOM leaves the document, so
 * the case on screen cannot be read from the page with the browser's developer tools. A window that starts locked
 * mounts its page only after the first unlock, and every view reloads its data on unlock (useLoad). A shared-screen
 * window shows only a neutral screen and drops its page. The host refuses every other channel meanwhile.
 */
export function LockGate({ initial, neutral, children }: { initial: LockStatus; neutral: boolean; children: ReactNode }) {
  const [status, setStatus] = useState(initial);
  const [everUnlocked, setEverUnlocked] = useState(!initial.locked);
  if (!status.locked && !everUnlocked) setEverUnlocked(true);
  useEffect(
    () =>
      onKredsEvent((event) => {
        if (event.type === 'lock.changed' && event.data) setStatus(event.data as LockStatus);
        // A restored backup, or damage the host's background check found in a large database: start over.
        if (event.type === 'backup.restored' || event.type === 'db.damaged') window.location.reload();
      }),
    [],
  );
  useLockShortcut(status, setStatus);
  useActivityReport(status);

  // A shared screen has nothing typed to keep: while locked its page is gone, not only out of the document.
  if (neutral && status.locked) return <NeutralScreen />;
  return (
    <>
      {status.locked && <LockScreen status={status} onUnlocked={setStatus} />}
      {everUnlocked && <OutOfDocumentWhile locked={status.locked}>{children}</OutOfDocumentWhile>}
    </>
  );
}

/**
 * Renders its children into a container of its own (a portal, so React keeps their state) and takes that container
 * out of the document while `locked`. On the way back, focus returns where it was and an open modal dialog is shown
 * as a modal again (leaving the document took it out of the browser's top layer).
 */
function OutOfDocumentWhile({ locked, children }: { locked: boolean; children: ReactNode }) {
  const [container] = useState(() => document.createElement('div'));
  const slot = useRef<HTMLDivElement>(null);
  const focused = useRef<HTMLElement | null>(null);
  // Remembered as it happens: by the time the lock takes effect the PIN field has the focus.
  useEffect(() => {
    const remember = (event: FocusEvent) => (focused.current = event.target instanceof HTMLElement ? event.target : null);
    container.addEventListener('focusin', remember);
    return () => container.removeEventListener('focusin', remember);
  }, [container]);
  useLayoutEffect(() => {
    if (locked) {
      container.remove();
      return;
    }
    slot.current?.appendChild(container);
    for (const dialog of container.querySelectorAll('dialog')) {
      if (!dialog.open || dialog.matches(':modal')) continue;
      dialog.close();
      dialog.showModal();
    }
    if (focused.current?.isConnected) focused.current.focus();
  }, [locked, container]);
  return (
    <>
      <div ref={slot} className="lock-gate__page" />
      {createPortal(children, container)}
    </>
  );
}

/**
 * Ctrl+L (Cmd+L) locks at once: through the shortcut registry (shared/shortcuts.ts 'app.lock', also the
 * Electron menu), and directly on windows without the app shell's key handling (the presenter view).
 */
function useLockShortcut(status: LockStatus, setStatus: (s: LockStatus) => void) {
  const configured = status.configured;
  const lockNow = () => void api['lock.lock']({}).then(setStatus, () => undefined);
  useShortcut('app.lock', lockNow, configured);
  useEffect(() => {
    if (!configured) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void api['lock.lock']({}).then(setStatus, () => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [configured, setStatus]);
}

/** Typing and clicking reset the host's idle timer, at most once a minute. */
function useActivityReport(status: LockStatus) {
  const last = useRef(0);
  const active = status.configured && !status.locked;
  useEffect(() => {
    if (!active) return undefined;
    const report = () => {
      if (Date.now() - last.current < ACTIVITY_EVERY_MS) return;
      last.current = Date.now();
      void api['lock.activity']({}).catch(() => undefined);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, report, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, report);
    };
  }, [active]);
}
