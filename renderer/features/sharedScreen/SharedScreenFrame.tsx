import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { atLeast } from '../../../shared/domain/screenFit';
import { useThemeOverride } from '../../app/settings';
import { FitScreen, useFitStep } from '../../ui/fit/FitScreen';
import { DANISH } from './danish';
import './sharedScreen.css';

interface FrameProps {
  /** New data: the screen fits itself again (FitScreen)… */
  contentKey: unknown;
  /** …from the roomiest layout when this changes (another phase or view), else from where it is. */
  layoutKey?: unknown;
  /** Top left: what this is ("Opfølgningsmøde for Aya"). */
  title: string;
  /** Top right: where we are ("3 af 11"), or an action on a page outside the meeting. */
  corner?: ReactNode;
  heading?: string;
  question?: string | null;
  present?: { name: string; byPhone: boolean }[];
  /** A card stands at the right side (the phones' join code): the screen fits into the width beside it. */
  beside?: boolean;
  children?: ReactNode;
}

/**
 * Every shared-screen page: the meeting's window, the map's and the network map's. It fills the screen in the shared
 * screen's own palette (whatever the laptop's theme), fits itself by the fit rule, and frames the content with what
 * it is, the heading, the question in a whole sentence, and who is here (the child first).
 */
export function SharedScreenFrame({ contentKey, layoutKey, title, corner, heading, question, present, beside = false, children }: FrameProps) {
  useThemeOverride('projector');
  return (
    <FitScreen contentKey={contentKey} layoutKey={layoutKey} className={beside ? 'shared-screen shared-screen--beside' : 'shared-screen'} lang="da">
      <header className="ss-top">
        <span>{title}</span>
        {corner}
      </header>
      <main className="ss-main">
        {heading && <h1 className="ss-title">{heading}</h1>}
        {question && <p className="ss-question">{question}</p>}
        <div className="ss-content" data-fit-box>
          {children}
        </div>
      </main>
      {present && present.length > 0 && <Present people={present} />}
    </FitScreen>
  );
}

/** Who is in the room: names in a line, the child first; from the focus step only how many. */
function Present({ people }: { people: { name: string; byPhone: boolean }[] }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const step = useFitStep();
  if (atLeast(step, 'focus')) return <footer className="ss-present">{t('presentCount', { count: people.length })}</footer>;
  return (
    <footer className="ss-present">
      <span className="ss-present__label">{t('present')}</span>
      {people.map((p, i) => (
        <span key={i} className="ss-present__person">
          {p.name}
          {p.byPhone && ` (${t('byPhone')})`}
        </span>
      ))}
    </footer>
  );
}

/** A screen with one calm sentence in the middle (welcome before the first phase, thanks, unavailable). */
export function SharedScreenMessage({ title, message }: { title: string; message: string }) {
  return (
    <SharedScreenFrame contentKey={message} title={title}>
      <div className="ss-center">
        <h1 className="ss-message">{message}</h1>
      </div>
    </SharedScreenFrame>
  );
}
