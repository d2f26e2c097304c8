/**
 * Paging for family-facing views on the shared screen (the safety plan, Barnets bog): nobody scrolls a projector,
 * so a view that does not fit is split into pages the facilitator steps through ("2/4"). The screen's type is sized
 * by the viewport (renderer/ui/screenPage.css: the font size is the smaller of a share of the width and of the height),
 * so a screen holds about the same number of lines of the same length at 1920×1080, 1280×720 and 1024×768. That
 * makes the paging a pure rule the host can apply too, and the console knows the page count without a window.
 * The two numbers below and that CSS rule are the whole of the sizing; change them together.
 */
export const SCREEN_TEXT = {
  /** Characters on one line of body text across the page's full width (a conservative average for Danish). */
  charsPerLine: 86,
  /** Lines of body text one page holds below its (small) title and above the page counter, at 16:9; 4:3 holds more. */
  linesPerPage: 15.5,
} as const;

/** The height a text takes, in lines of body text, at `scale` × the body size (a heading is larger), with a label in front. */
export function linesFor(text: string, labelChars = 0, scale = 1): number {
  if (!text.trim()) return 0;
  const length = text.trim().length + labelChars;
  return Math.ceil((length * scale) / SCREEN_TEXT.charsPerLine) * scale;
}

/**
 * Fills pages in order, each item whole: the next item goes on a new page when it would overflow. An item larger
 * than a page gets a page to itself (the limits on text length keep any one item within a page).
 */
export function packPages<T>(items: T[], lines: (item: T) => number, budget: number = SCREEN_TEXT.linesPerPage): T[][] {
  const pages: T[][] = [];
  let used = budget;
  for (const item of items) {
    const need = lines(item);
    if (used + need > budget) {
      pages.push([item]);
      used = need;
    } else {
      pages.at(-1)!.push(item);
      used += need;
    }
  }
  return pages;
}

/** "2/4" as the family sees it: pages counted from 1. */
export function pageLabel(index: number, count: number): string {
  return `${index + 1}/${count}`;
}

/** A page index kept inside 0..count-1 (a page removed while shown moves the screen to the last one). */
export function clampPage(index: number, count: number): number {
  return Math.max(0, Math.min(index, count - 1));
}
