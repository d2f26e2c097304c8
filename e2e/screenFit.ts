import type { Page } from '@playwright/test';
import { familyPhaseTitle, familyWords } from '../shared/domain/familyWords';
import { PHASE_DEFAULTS, PHASE_KINDS } from '../shared/domain/meetingTemplates';

/**
 * The fit rule checked in a real page (shared/domain/screenFit.ts), for any family-facing view: what a projector
 * would hide or make unreadable. Returns one line per problem; empty when the view fits.
 *  - the page scrolls (document taller or wider than the window);
 *  - a box clips its content (overflow hidden/auto with more content than room);
 *  - text outside the window;
 *  - text smaller than 1/45 of the window height;
 *  - two pieces of text on top of each other (labels that overlap).
 */
export async function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const W = window.innerWidth;
    const H = window.innerHeight;
    const doc = document.documentElement;
    if (doc.scrollHeight > H || doc.scrollWidth > W) problems.push(`the page scrolls: ${doc.scrollWidth}×${doc.scrollHeight} in ${W}×${H}`);
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} »${(el.textContent ?? '').trim().slice(0, 40)}«`;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      const clips = (value: string) => value !== 'visible';
      if ((clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) || (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1)) {
        problems.push(`clipped: ${describe(el)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    // Every piece of visible text: its size, where it is, and what it touches.
    const runs: { rect: DOMRect; node: Text }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const minimum = H / 45 - 0.25;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.textContent?.trim()) continue;
      const el = node.parentElement!;
      if (!visible(el) || el.closest('[aria-hidden="true"] svg, title, style, script')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < minimum) problems.push(`small text (${size.toFixed(1)} px < ${minimum.toFixed(1)}): ${describe(el)}`);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        if (rect.left < -0.5 || rect.top < -0.5 || rect.right > W + 0.5 || rect.bottom > H + 0.5) problems.push(`outside the window: ${describe(el)}`);
        runs.push({ rect, node });
      }
    }
    // Lines of text may touch by a pixel (line height below the font's box); more than 3 px both ways is an overlap.
    for (let a = 0; a < runs.length; a++) {
      for (let b = a + 1; b < runs.length; b++) {
        if (runs[a]!.node === runs[b]!.node) continue;
        const r = runs[a]!.rect;
        const s = runs[b]!.rect;
        const x = Math.min(r.right, s.right) - Math.max(r.left, s.left);
        const y = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
        if (x > 3 && y > 3) problems.push(`overlapping text: »${runs[a]!.node.textContent!.trim().slice(0, 30)}« and »${runs[b]!.node.textContent!.trim().slice(0, 30)}«`);
      }
    }
    return [...new Set(problems)];
  });
}

/** The visible text of the page, as the family reads it. */
export async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** The heading the shared screen shows for a phase the console calls `title`: the family's words for Kreds's own titles. */
export function sharedTitle(title: string, childName: string): string {
  const kind = PHASE_KINDS.find((k) => PHASE_DEFAULTS[k].title === title);
  return kind ? familyPhaseTitle({ kind, title }, familyWords('safety'), childName) : title;
}
