import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a route change the link or button the user pressed is gone, so the browser drops focus on <body> and a
 * keyboard user would start over from the top. Unless the new screen placed focus itself (a form's first field),
 * focus moves to its heading, where a screen reader also announces the new screen. Data may still be loading, so
 * it waits up to a second for the heading to appear.
 */
export function useFocusAfterNavigation(pathname: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      if (!focusIsLost() || focusPageHeading()) return;
      if (++tries < 60) frame = requestAnimationFrame(attempt);
      else document.getElementById('main')?.focus();
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

/**
 * For a part of a screen that replaces the one the user just acted in (a saved form turning into its result): when
 * it appears and the focus was lost with the old part, the focus goes to the returned element (a heading with
 * tabIndex={-1}), so the keyboard and the screen reader continue right there.
 */
export function useFocusWhenLost<T extends HTMLElement>(afterUserAction: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  // Only after the user's own action: on a freshly opened screen focus is on <body> too, and must stay at the top.
  const wanted = useRef(afterUserAction);
  useEffect(() => {
    if (!wanted.current) return undefined;
    const frame = requestAnimationFrame(() => {
      if (focusIsLost()) ref.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return ref;
}

function focusIsLost(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

/** Puts the focus on the screen's heading; false when there is none (yet). */
function focusPageHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
  return true;
}

/** After an action that removes its own button (»Markér som afholdt«): the keyboard goes on from the screen's heading. */
export function focusHeadingIfLost(): void {
  requestAnimationFrame(() => {
    if (focusIsLost()) focusPageHeading();
  });
}
