import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pageLabel } from '../../shared/domain/screenPaging';
import { useThemeOverride } from '../app/settings';
import './screenPage.css';

/**
 * One page of a family-facing view on the shared screen: a line naming the view, the page's title, its content and
 * "2/4". Fixed to the window and never scrolled (screenPage.css keeps the type in proportion to the screen).
 */
export function ScreenPage({
  top,
  title,
  index,
  count,
  children,
  testId,
  titleLast,
  smallTitle,
}: {
  top: ReactNode;
  title: string;
  index: number;
  count: number;
  children: ReactNode;
  testId?: string;
  /** The title under the content (a picture book's words under its picture). */
  titleLast?: boolean;
  /** A page of a longer list ("Vores regler"): the title is small and leaves the room to the content. */
  smallTitle?: boolean;
}) {
  const { t } = useTranslation('common');
  useThemeOverride('projector');
  return (
    <main className="screen-page" lang="da" data-testid={testId}>
      <header className="screen-page__top">{top}</header>
      {!titleLast && <h1 className={`screen-page__title${smallTitle ? ' screen-page__title--small' : ''}`}>{title}</h1>}
      <div className="screen-page__body">{children}</div>
      {titleLast && <h1 className="screen-page__title screen-page__title--last">{title}</h1>}
      {count > 1 && (
        <p className="screen-page__counter" aria-label={t('screen.pageOf', { n: index + 1, count })}>
          {pageLabel(index, count)}
        </p>
      )}
    </main>
  );
}

/**
 * A presentation clicker (Page Down / Page Up, or space) and the arrow keys step a paged view from the shared-screen
 * window too; `show` asks the host for the page, and the console follows. Null while the view is loading.
 */
export function useScreenStepKeys(shown: number | null, show: (page: number) => Promise<unknown>): void {
  const showRef = useRef(show);
  showRef.current = show;
  useEffect(() => {
    if (shown === null) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const step = ['PageDown', 'ArrowRight', ' '].includes(event.key) ? 1 : ['PageUp', 'ArrowLeft'].includes(event.key) ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      void showRef.current(Math.max(0, shown + step));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown]);
}
