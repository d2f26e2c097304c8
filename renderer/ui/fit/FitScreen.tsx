import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { FIT_LADDER, type FitStep } from '../../../shared/domain/screenFit';
import './fit.css';

/**
 * The fit mechanism of every family-facing view (rules: shared/domain/screenFit.ts). `<FitScreen>` fills the
 * window and never scrolls. It lays its content out on the roomiest rung of the ladder, and while anything overflows
 * — the screen itself, a box marked `data-fit-box`, or a view's own `data-fit-problem` (labels that would overlap) —
 * it climbs to the next rung; all before the browser paints, so the family never sees the tries. Views read the step
 * with `useFitStep()` (or style `[data-fit-step]`), and page a list with `<Pager>` from the 'paged' step on.
 *
 *   <FitScreen contentKey={view} className="shared-screen">…</FitScreen>
 *
 * It fits again from the roomiest rung when `contentKey` changes (new data) or the window is resized. A child that
 * must measure itself to lay itself out (names along a line, labels on a drawing) does it in its layout effect by
 * writing to the DOM, which runs before this check.
 */

interface PagerMemory {
  index: number;
  keys: string[];
}

interface FitContextValue {
  step: FitStep;
  /** The rung of the ladder: a pager measures again on each. */
  rung: number;
  /** Pagers remember their page across re-fits, by id. */
  pagers: Map<string, PagerMemory>;
}

const FitContext = createContext<FitContextValue>({ step: 'roomy', rung: 0, pagers: new Map() });

export function useFitStep(): FitStep {
  return useContext(FitContext).step;
}

export function useFitRung(): number {
  return useContext(FitContext).rung;
}

export function usePagerMemory(id: string): PagerMemory {
  const { pagers } = useContext(FitContext);
  let memory = pagers.get(id);
  if (!memory) pagers.set(id, (memory = { index: 0, keys: [] }));
  return memory;
}

function overflows(element: Element): boolean {
  return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
}

/** Whether anything on the screen spills over, is clipped, or reports a problem of its own. */
export function screenOverflows(root: HTMLElement): boolean {
  if (overflows(root)) return true;
  for (const box of root.querySelectorAll('[data-fit-box]')) if (overflows(box)) return true;
  return root.querySelector('[data-fit-problem]') !== null;
}

function useWindowSize(): string {
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  useEffect(() => {
    const onResize = () => setSize(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

export function FitScreen({ contentKey, className = '', children, ...rest }: { contentKey: unknown; className?: string; children: ReactNode; lang?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useWindowSize();
  const [fit, setFit] = useState({ key: contentKey, size, rung: 0 });
  const pagers = useRef(new Map<string, PagerMemory>()).current;
  // New content or a new window size: start again from the roomiest rung (React's "adjust state while rendering").
  if (fit.key !== contentKey || fit.size !== size) setFit({ key: contentKey, size, rung: 0 });

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (fit.rung < FIT_LADDER.length - 1 && screenOverflows(root)) {
      root.dataset.fitted = 'no';
      setFit((current) => ({ ...current, rung: current.rung + 1 }));
    } else {
      root.dataset.fitted = 'yes';
    }
  }, [fit]);

  const { step, scale } = FIT_LADDER[fit.rung]!;
  return (
    <FitContext.Provider value={{ step, rung: fit.rung, pagers }}>
      <div ref={ref} className={`fit-screen ${className}`} data-fit-step={step} style={{ '--fit-scale': scale } as CSSProperties} {...rest}>
        {children}
      </div>
    </FitContext.Provider>
  );
}
