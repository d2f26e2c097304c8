import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { SharedContent as Content } from '../../../shared/contract/sharedScreen';
import { atLeast } from '../../../shared/domain/screenFit';
import { useFitStep } from '../../ui/fit/FitScreen';
import { Pager, wordCount, type PagerBlock } from '../../ui/fit/Pager';
import { docBlocks } from '../meeting/DocView';
import { AgreementsView, ClosingView, ReviewView } from './AgreementViews';
import { HousesView } from './HousesView';
import { MapView } from './MapView';
import { NetworkView } from './NetworkView';
import { ScalingView } from './ScalingView';
import { DANISH } from './danish';
import { NextMeetingView } from './NextMeetingView';

/** The view of each kind of content (contract/sharedScreen.ts); a new family-facing view adds one line. */
const VIEWS: { [K in Content['kind']]: (props: { content: Extract<Content, { kind: K }> }) => ReactNode } = {
  welcome: WelcomeView,
  network: NetworkView,
  houses: HousesView,
  map: MapView,
  scaling: ScalingView,
  agreements: AgreementsView,
  review: ReviewView,
  nextMeeting: ({ content }) => <NextMeetingView next={content.next} />,
  closing: ClosingView,
};

/** What the shown phase holds under its title, then its shared note. */
export function SharedContent({ content, note }: { content: Content | null; note?: unknown }) {
  const View = content ? (VIEWS[content.kind] as (props: { content: Content }) => ReactNode) : null;
  // The view in a box of its own: whatever it cannot hold shows as overflow to the fit check, never under the note.
  return (
    <>
      {View && content && (
        <div className="ss-view" data-fit-box>
          <View content={content} />
        </div>
      )}
      <PhaseNote doc={note} alone={!content} />
    </>
  );
}

/**
 * The phase's shared note: whole while it fits; from the focus step only its newest part under a phase's content,
 * and paged when the note is all the phase shows.
 */
function PhaseNote({ doc, alone }: { doc: unknown; alone: boolean }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const step = useFitStep();
  const blocks = docBlocks(doc);
  if (!blocks.length) return null;
  if (alone) return <Pager id="note" className="ss-note" blocks={blocks.map((b) => ({ key: b.key, node: b.node, words: wordCount(b.text) }))} />;
  if (atLeast(step, 'focus')) {
    return (
      <div className="ss-note">
        <p className="ss-note__newest">{t('newestNote')}</p>
        {blocks[blocks.length - 1]!.node}
      </div>
    );
  }
  return <div className="ss-note">{blocks.map((b) => <div key={b.key}>{b.node}</div>)}</div>;
}

function WelcomeView({ content }: { content: Extract<Content, { kind: 'welcome' }> }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const step = useFitStep();
  const item = (a: { text: string; proposedBy: string }) => (
    <>
      {a.text}
      {a.proposedBy && <span className="ss-muted ss-small"> – {t('proposedBy', { name: a.proposedBy })}</span>}
    </>
  );
  const purpose = content.purpose && (
    <section className="ss-welcome__purpose">
      <h2 className="ss-heading">{content.headings.purpose}</h2>
      <p>{content.purpose}</p>
    </section>
  );
  const agendaHeading = <h2 className="ss-heading">{content.headings.agenda}</h2>;
  const who = (
    <div className="ss-welcome__who">
      {content.leadName && <p>{t('leads', { name: content.leadName })}</p>}
      {content.noteTaker && <p>{t('writes', { name: content.noteTaker })}</p>}
    </div>
  );
  if (atLeast(step, 'paged')) {
    const blocks: PagerBlock[] = [
      ...(content.purpose ? [{ key: 'purpose', words: wordCount(content.purpose), node: purpose }] : []),
      ...(content.agenda.length ? [{ key: 'agenda', words: 4, keepWithNext: true, node: agendaHeading }] : []),
      ...content.agenda.map((a, i) => ({ key: `a${i}`, words: wordCount(a.text, a.proposedBy), node: <ul className="ss-welcome__agenda"><li>{item(a)}</li></ul> })),
      { key: 'who', words: 8, node: who },
    ];
    return <Pager id="welcome" blocks={blocks} />;
  }
  return (
    <div className="ss-welcome">
      {purpose}
      {content.agenda.length > 0 && (
        <section>
          {agendaHeading}
          <ul className="ss-welcome__agenda">
            {content.agenda.map((a, i) => (
              <li key={i}>{item(a)}</li>
            ))}
          </ul>
        </section>
      )}
      {who}
    </div>
  );
}

