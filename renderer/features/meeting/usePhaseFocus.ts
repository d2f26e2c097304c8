import { useEffect, useRef, type RefObject } from 'react';

/**
 * Changing phase replaces the phase's panels and notes, and with them the element that had focus. A facilitator who
 * was writing notes goes on writing in the new phase's notes; anyone else lands on the new phase's heading (which a
 * screen reader reads out) instead of on <body>, where the keyboard would start over from the top.
 */
export function usePhaseFocus(phaseId: string | undefined, heading: RefObject<HTMLElement | null>, focusNotes: RefObject<(() => void) | null>) {
  const wasWriting = useRef(false);
  const first = useRef(true);
  /** Call just before asking for another phase. */
  const remember = () => {
    wasWriting.current = !!(document.activeElement as HTMLElement | null)?.closest?.('.notes:not(.notes--confidential) [contenteditable]');
  };
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const writing = wasWriting.current;
    wasWriting.current = false;
    let frame = 0;
    let tries = 0;
    const lost = () => !document.activeElement || document.activeElement === document.body;
    const place = () => {
      if (!lost()) return;
      // The notes editor loads lazily: give it a few frames before settling for the heading.
      if (writing && tries++ < 30) {
        focusNotes.current?.();
        frame = requestAnimationFrame(place);
        return;
      }
      heading.current?.focus();
    };
    frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
  }, [phaseId, heading, focusNotes]);
  return remember;
}
