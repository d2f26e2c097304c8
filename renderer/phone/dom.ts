/** A tiny element builder for the phone page (no framework: the page must stay small for a phone on hotel Wi-Fi). */
type Child = Node | string | null | false | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Omit<HTMLElementTagNameMap[K], 'style'>> & { class?: string; data?: Record<string, string>; aria?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const { class: className, data, aria, ...rest } = props;
  if (className) el.className = className;
  for (const [k, v] of Object.entries(data ?? {})) el.dataset[k] = v;
  for (const [k, v] of Object.entries(aria ?? {})) el.setAttribute(`aria-${k}`, v);
  Object.assign(el, rest);
  for (const child of children) if (child) el.append(child);
  return el;
}
