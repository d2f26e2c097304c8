import type { Locator, Page } from '@playwright/test';

/**
 * What a person sees as broken on a small screen, measured in the page: the page scrolls sideways, a word is broken
 * in the middle ("sommerferie|n"), a placeholder or a select's chosen option is cut off ("Skriv og tryk Ent",
 * "Ikke st"), or a control's text runs out of it. Each problem is one line naming the element and the text.
 */
export async function layoutProblems(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const problems: string[] = [];
    const scope = document.querySelector(rootSelector) ?? document.body;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[hidden], [inert], .visually-hidden, [aria-hidden="true"]');
    };

    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${window.innerWidth} px`);

    const canvas = document.createElement('canvas').getContext('2d')!;
    const textWidth = (text: string, el: Element) => {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return canvas.measureText(text).width;
    };
    const room = (el: HTMLElement) => {
      const style = getComputedStyle(el);
      return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    };
    for (const input of scope.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (!visible(input) || input.value) continue;
      if (textWidth(input.placeholder, input) > room(input) + 1) problems.push(`placeholder cut off in ${describe(input)}: "${input.placeholder}"`);
    }
    for (const select of scope.querySelectorAll<HTMLSelectElement>('select')) {
      const chosen = select.selectedOptions[0]?.text ?? '';
      // Chromium draws the arrow inside the padding box: about 1.4em of it is not for text.
      const arrow = parseFloat(getComputedStyle(select).fontSize) * 1.4;
      if (visible(select) && textWidth(chosen, select) > room(select) - arrow + 1) problems.push(`select cut off ${describe(select)}: "${chosen}"`);
    }
    for (const el of scope.querySelectorAll<HTMLElement>('button, a, label, h1, h2, h3, th, td, .badge')) {
      if (!visible(el) || getComputedStyle(el).display === 'inline') continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(`text runs out of ${describe(el)}: "${el.innerText.slice(0, 60)}"`);
    }

    // A word on two lines: its range has boxes on different lines. Only letters: "6–8" may break at the dash.
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !visible(parent) || parent.closest('input, textarea, select, [contenteditable="true"], svg')) continue;
      for (const match of (node.textContent ?? '').matchAll(/\p{L}{3,}/gu)) {
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`word broken across lines in ${describe(parent)}: "${match[0]}"`);
      }
    }
    return problems;
  }, root);
}

/**
 * Where a control is against the window, so a test can say "in view without scrolling" and print the numbers. A tall
 * control (a notes editor) counts as in view when its top and first lines are: that is where the typing starts.
 */
export async function inView(locator: Locator): Promise<{ inView: boolean; top: number; bottom: number; height: number }> {
  const box = await locator.boundingBox();
  const height = await locator.page().evaluate(() => window.innerHeight);
  if (!box) return { inView: false, top: -1, bottom: -1, height };
  const usable = box.y + Math.min(box.height, 90);
  return { inView: box.y >= 0 && usable <= height, top: Math.round(box.y), bottom: Math.round(box.y + box.height), height };
}
