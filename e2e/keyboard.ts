import { expect, type Locator, type Page } from '@playwright/test';

type Role = Parameters<Page['getByRole']>[0];

/**
 * Keyboard-only helpers: move with Tab (or Shift+Tab) until the named control has focus, as a keyboard user
 * would, and fail when it cannot be reached within `limit` presses (a keyboard trap or an unreachable control).
 */
export async function tabTo(
  page: Page,
  role: Role,
  name: string | RegExp,
  options: { backwards?: boolean; limit?: number; within?: Locator } = {},
): Promise<void> {
  const target = (options.within ?? page).getByRole(role, { name, exact: typeof name === 'string' }).first();
  for (let i = 0; i < (options.limit ?? 40); i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Kunne ikke nå ${role} "${name}" med tastaturet`);
}

/** Tabs to a control and activates it with Enter (links, buttons) — never the mouse. */
export async function activate(page: Page, role: Role, name: string | RegExp): Promise<void> {
  await tabTo(page, role, name);
  await page.keyboard.press(role === 'checkbox' || role === 'radio' ? 'Space' : 'Enter');
}

/** Replaces the text of the focused field. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

export async function expectFocused(page: Page, role: Role, name: string | RegExp): Promise<void> {
  await expect(page.getByRole(role, { name, exact: typeof name === 'string' }).first()).toBeFocused();
}

/**
 * The keyboard user can see where they are: focus sits on a real control (never lost to <body>) and that control
 * draws a visible focus ring (an outline or a box-shadow ring).
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'focus is on <body>';
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return ring ? 'visible' : `no focus ring on <${el.tagName.toLowerCase()}> "${(el.textContent ?? '').slice(0, 40)}"`;
      }),
    )
    .toBe('visible');
}
