import { useState } from 'react';
import { KredsError } from '../../shared/errors';

/**
 * Submits through the api and keeps what the user typed on failure: field errors show inline,
 * anything else shows as one message above the form.
 */
export function useSubmit<T>(submit: () => Promise<T>, onDone: (value: T) => void) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    const focused = typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null);
    setBusy(true);
    setFormError(null);
    try {
      const value = await submit();
      setFieldErrors({});
      onDone(value);
    } catch (error) {
      const kreds = error instanceof KredsError ? error : new KredsError('internal', String(error));
      setFieldErrors(kreds.fields ?? {});
      setFormError(kreds.message);
    } finally {
      setBusy(false);
      giveFocusBack(focused);
    }
  };
  return { run, busy, fieldErrors, formError, setFieldErrors };
}

/**
 * A submit button is disabled while busy, and a disabled button drops the keyboard focus on <body>. When the button
 * is back (the screen stayed), focus returns to it, so a keyboard user goes on from where they were. React may redraw
 * the enabled button a frame or more after the answer (later still on a loaded machine), so it tries for up to a
 * second of frames; it stops as soon as the user has put the focus somewhere themselves.
 */
function giveFocusBack(element: HTMLElement | null, frames = 60): void {
  if (!element || element === document.body) return;
  requestAnimationFrame(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!lost || !element.isConnected) return;
    if (element.matches(':disabled')) {
      if (frames > 0) giveFocusBack(element, frames - 1);
      return;
    }
    element.focus();
  });
}
