import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { atLeast, packPages, pageDwellMs, pageLabel, pageOf } from '../../../shared/domain/screenFit';
import { useFitAttempt, useFitStep, usePagerMemory } from './FitScreen';

export interface PagerBlock {
  key: string;
  node: ReactNode;
  /** A heading that must stay with the block after it. */
  keepWithNext?: boolean;
  /** Words on the block, for how long its page stays. */
  words: number;
}

export const wordCount = (...texts: (string | null | undefined)[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

/**
 * A list of blocks that pages itself from the screen's 'paged' step on (before that it is the plain list, so the same
 * element stays mounted and knows which blocks are new). Paged, it takes the room its parent gives it (flex: 1),
 * measures its blocks in place, shows as many as fit, turns the page after the time it takes to read it aloud, and
 * shows "1/2". A block that appeared since the last render (an agreement just made) brings its page forward.
 * Remembers its page by `id` across re-fits.
 */
export function Pager({ id, blocks, className = '' }: { id: string; blocks: PagerBlock[]; className?: string }) {
  const paged = atLeast(useFitStep(), 'paged');
  const memory = usePagerMemory(id);
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // First every block is laid out to be measured (again on each try of the screen's fit: new blocks, another text
  // size); then only the current page's blocks are shown.
  const attempt = useFitAttempt();
  const [measured, setMeasured] = useState<{ attempt: number; pages: number[][] } | null>(null);
  const pages = paged && measured?.attempt === attempt ? measured.pages : null;
  const [index, setIndex] = useState(memory.index);

  useLayoutEffect(() => {
    const keys = blocks.map((b) => b.key);
    if (keys.join('\n') !== memory.keys.join('\n')) {
      memory.before = memory.keys;
      memory.keys = keys;
    }
    if (!paged || pages || !box.current || !list.current) return;
    const elements = [...list.current.children] as HTMLElement[];
    const gap = parseFloat(getComputedStyle(list.current).rowGap) || 0;
    const heights = elements.map((e, i) => ({ height: e.getBoundingClientRect().height, keepWithNext: blocks[i]?.keepWithNext }));
    let packed = packPages(heights, box.current.clientHeight, gap);
    // More than one page: leave room for the counter.
    const counter = parseFloat(getComputedStyle(box.current).fontSize) * 1.6;
    if (packed.length > 1) packed = packPages(heights, box.current.clientHeight - counter, gap);
    const fresh = keys.findLastIndex((key) => memory.before.length > 0 && !memory.before.includes(key));
    const start = fresh >= 0 ? pageOf(packed, fresh) : Math.min(memory.index, packed.length - 1);
    memory.index = start;
    setIndex(start);
    setMeasured({ attempt, pages: packed });
  }, [paged, pages, blocks, memory, attempt]);

  const count = pages?.length ?? 1;
  const shown = pages ? (pages[index] ?? []).map((i) => blocks[i]!) : blocks;
  useEffect(() => {
    if (count < 2) return undefined;
    const words = shown.reduce((sum, b) => sum + b.words, 0);
    const timer = setTimeout(() => {
      const next = (index + 1) % count;
      memory.index = next;
      setIndex(next);
    }, pageDwellMs(words));
    return () => clearTimeout(timer);
  }, [index, count, shown, memory]);

  return (
    <div ref={box} className={`pager${paged ? '' : ' pager--all'} ${className}`}>
      <div ref={list} className="pager__page" key={pages ? index : 'all'} data-pager-measuring={paged && !pages ? 'yes' : undefined}>
        {shown.map((b) => (
          <div key={b.key} className="pager__block">
            {b.node}
          </div>
        ))}
      </div>
      {count > 1 && <p className="pager__count">{pageLabel(index, count)}</p>}
    </div>
  );
}
