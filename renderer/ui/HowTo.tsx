import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A collapsible "Sådan gør du": one paragraph of plain Danish help where a user needs it (a meeting phase,
 * the map). Open the first time (unless `initiallyOpen` is false: a page that already guides step by step); the
 * user's choice to open or close it is remembered per `id`.
 *
 *   <HowTo id="phase.mapping">{t('meeting:howTo.mapping')}</HowTo>
 */
export function HowTo({ id, children, title, initiallyOpen = true }: { id: string; children: ReactNode; title?: string; initiallyOpen?: boolean }) {
  const { t } = useTranslation();
  const storageKey = `kreds.howTo.${id}`;
  const [open, setOpen] = useState(() => {
    const chosen = localStorage.getItem(storageKey);
    return chosen ? chosen === 'open' : initiallyOpen;
  });
  return (
    <details
      className="how-to"
      open={open}
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen(isOpen);
        localStorage.setItem(storageKey, isOpen ? 'open' : 'closed');
      }}
    >
      <summary>{title ?? t('common:howTo.summary')}</summary>
      <div className="how-to__body">{children}</div>
    </details>
  );
}

/**
 * The ready-written help in `shared/i18n/{da,en}/howto.json`: a meeting phase by its shared kind
 * (`<HowToTopic topic={`phase.${phase.kind}`} />` in the console), `map` or `scaling`. One line where it is needed.
 */
export function HowToTopic({ topic }: { topic: string }) {
  const { t, i18n } = useTranslation('howto');
  if (!i18n.exists(topic, { ns: 'howto' })) return null;
  return (
    <HowTo id={topic}>
      <p>{t(topic)}</p>
    </HowTo>
  );
}
