import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';

export interface MentionItem {
  id: string;
  label: string;
}

/**
 * The `@` list of participants: a small listbox under the caret, keyboard first (↑ ↓ Enter/Tab, Esc closes).
 * Plain DOM rather than React: it lives inside the editor's own lifecycle and must not re-render the console.
 */
export function mentionSuggestion(getPeople: () => MentionItem[]): Omit<SuggestionOptions<MentionItem>, 'editor'> {
  return {
    char: '@',
    items: ({ query }) => {
      const q = query.toLocaleLowerCase('da-DK');
      return getPeople().filter((p) => p.label.toLocaleLowerCase('da-DK').includes(q)).slice(0, 8);
    },
    render: () => {
      let list: HTMLUListElement | null = null;
      let props: SuggestionProps<MentionItem> | null = null;
      let active = 0;
      const draw = () => {
        if (!list || !props) return;
        list.replaceChildren(
          ...(props.items.length
            ? props.items.map((item, index) => {
                const li = document.createElement('li');
                li.textContent = item.label;
                li.setAttribute('role', 'option');
                li.setAttribute('aria-selected', String(index === active));
                li.className = index === active ? 'mention-menu__item mention-menu__item--active' : 'mention-menu__item';
                li.addEventListener('mousedown', (event) => {
                  event.preventDefault();
                  props?.command(item);
                });
                return li;
              })
            : [Object.assign(document.createElement('li'), { textContent: 'Ingen deltagere matcher', className: 'mention-menu__empty' })]),
        );
        const rect = props.clientRect?.();
        if (rect) Object.assign(list.style, { left: `${rect.left + window.scrollX}px`, top: `${rect.bottom + window.scrollY + 4}px` });
      };
      return {
        onStart: (p) => {
          props = p;
          active = 0;
          list = document.createElement('ul');
          list.className = 'mention-menu';
          list.setAttribute('role', 'listbox');
          list.setAttribute('aria-label', 'Nævn en deltager');
          document.body.append(list);
          draw();
        },
        onUpdate: (p) => {
          props = p;
          active = Math.min(active, Math.max(0, p.items.length - 1));
          draw();
        },
        onKeyDown: ({ event }: SuggestionKeyDownProps) => {
          if (!props) return false;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            const n = props.items.length || 1;
            active = (active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n;
            draw();
            return true;
          }
          if (event.key === 'Enter' || event.key === 'Tab') {
            const item = props.items[active];
            if (item) props.command(item);
            return !!item;
          }
          if (event.key === 'Escape') {
            list?.remove();
            list = null;
            return true;
          }
          return false;
        },
        onExit: () => {
          list?.remove();
          list = null;
          props = null;
        },
      };
    },
  };
}
