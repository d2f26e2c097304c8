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
 * It fits again from the roomiest rung when `layoutKey` changes (another phase or view) or the window is resized.
 * New data for the same view (`contentKey`: an item added during the meeting) is fitted from the rung the screen is
 * on, so it shows at once; a moment later, when nothing else changed, a full fit from the roomiest rung checks
 * whether the content now fits roomier (without a flash: the tries are never painted). A child that must measure
 * itself to lay itself out (names along a line, labels on a drawing) does it in its layout effect by writing to the
 * DOM, which runs before this check.
 */
const FULL_FIT_AFTER_MS = 800;

export interface PagerMemory {
  index: number;
  /** The blocks of the content shown now, and of the content before it (what is new brings its page forward). */
  keys: string[];
  before: string[];
}

interface FitContextValue {
  step: FitStep;
  /** Changes with every try (new content, another rung): a pager measures again on each. */
  attempt: number;
  /** Pagers remember their page across re-fits, by view and id. */
  pagers: Map<string, PagerMemory>;
  layout: unknown;
}

const FitContext = createContext<FitContextValue>({ step: 'roomy', attempt: 0, pagers: new Map(), layout: undefined });

export function useFitStep(): FitStep {
  return useContext(FitContext).step;
}

export function useFitAttempt(): number {
  return useContext(FitContext).attempt;
}

export function usePagerMemory(id: string): PagerMemory {
  const { pagers, layout } = useContext(FitContext);
  const key = `${String(layout)}:${id}`;
  let memory = pagers.get(key);
  if (!memory) pagers.set(key, (memory = { index: 0, keys: [], before: [] }));
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

interface Fit {
  key: unknown;
  layout: unknown;
  size: string;
  rung: number;
  /** From the roomiest rung (true), or from where the screen was (new data for the same view). */
  full: boolean;
  attempt: number;
}

export function FitScreen({
  contentKey,
  layoutKey,
  className = '',
  children,
  ...rest
}: {
  contentKey: unknown;
  layoutKey?: unknown;
  className?: string;
  children: ReactNode;
  lang?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useWindowSize();
  const [fit, setFit] = useState<Fit>({ key: contentKey, layout: layoutKey, size, rung: 0, full: true, attempt: 0 });
  const pagers = useRef(new Map<string, PagerMemory>()).current;
  // React's "adjust state while rendering": another view or size starts from the roomiest rung, new data where it is.
  if (fit.size !== size || fit.layout !== layoutKey) setFit({ key: contentKey, layout: layoutKey, size, rung: 0, full: true, attempt: fit.attempt + 1 });
  else if (fit.key !== contentKey) setFit({ ...fit, key: contentKey, full: false, attempt: fit.attempt + 1 });

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    if (fit.rung < FIT_LADDER.length - 1 && screenOverflows(root)) {
      root.dataset.fitted = 'no';
      setFit((current) => ({ ...current, rung: current.rung + 1, attempt: current.attempt + 1 }));
      return undefined;
    }
    root.dataset.fitted = 'yes';
    if (fit.full || fit.rung === 0) return undefined;
    const timer = setTimeout(() => setFit((current) => (current.attempt === fit.attempt ? { ...current, rung: 0, full: true, attempt: current.attempt + 1 } : current)), FULL_FIT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [fit]);

  const { step, scale } = FIT_LADDER[fit.rung]!;
  return (
    <FitContext.Provider value={{ step, attempt: fit.attempt, pagers, layout: fit.layout }}>
      <div ref={ref} className={`fit-screen ${className}`} data-fit-step={step} style={{ '--fit-scale': scale } as CSSProperties} {...rest}>
        {children}
      </div>
    </FitContext.Provider>
  );
}
