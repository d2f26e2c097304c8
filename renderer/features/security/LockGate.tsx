import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LockStatus } from '../../../shared/contract/security';
import { api, onKredsEvent } from '../../api';
import { useShortcut } from '../../app/shortcuts';
import { LockScreen, NeutralScreen } from './LockScreen';

const ACTIVITY_EVERY_MS = 60_000;

/**
 * Wraps every window. While the host reports the app locked it shows the lock screen and keeps the page
 * underneath mounted but hidden and inert, so what the user was typing survives; a shared-screen window shows
 * only a neutral screen and drops its page. The host refuses every other channel meanwhile; this is only the picture.
 */
export function LockGate({ initial, neutral, children }: { initial: LockStatus; neutral: boolean; children: ReactNode }) {
  const [status, setStatus] = useState(initial);
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

  // A shared screen has nothing typed to keep: while locked its page is gone from the DOM, not only hidden.
  if (neutral && status.locked) return <NeutralScreen />;
  // Otherwise the same tree locked or not, so the page underneath is never remounted and keeps its state.
  return (
    <>
      {status.locked && <LockScreen status={status} onUnlocked={setStatus} />}
      <div hidden={status.locked} inert={status.locked}>
        {children}
      </div>
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
