import { useTranslation } from 'react-i18next';
import type { SharedAgreement, SharedContent } from '../../../shared/contract/sharedScreen';
import { formatDate, fromIsoDay } from '../../../shared/domain/dates';
import { FAMILY_OUTCOME_WORDS } from '../../../shared/domain/familyWords';
import { Pager, wordCount, type PagerBlock } from '../../ui/fit/Pager';
import { NextMeetingView } from './NextMeetingView';
import { DANISH } from './danish';

const day = (iso: string) => formatDate(fromIsoDay(iso));

/** Rows while they fit; from the paged step the same rows in calm pages (the newest agreement brings its page). */
function Rows({ id, rows, empty }: { id: string; rows: PagerBlock[]; empty: string }) {
  if (!rows.length) return <p className="ss-empty">{empty}</p>;
  return <Pager id={id} className="ss-rows" blocks={rows} />;
}

function AgreementRow({ agreement }: { agreement: SharedAgreement }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  return (
    <div className="ss-row">
      <span className="ss-row__who">{agreement.who}</span>
      <span>{agreement.what}</span>
      <span className="ss-row__when">{agreement.due ? t('due', { date: day(agreement.due) }) : ''}</span>
    </div>
  );
}

const agreementBlock = (a: SharedAgreement, index: number): PagerBlock => ({ key: `${index}`, words: wordCount(a.who, a.what) + 2, node: <AgreementRow agreement={a} /> });

/**
 * Mål og aftaler: what we want to reach (the plan's goals, written with the family), then who does what by when, in
 * the order they were agreed. Goals and agreements page together, so the newest agreement still brings its page.
 */
export function AgreementsView({ content }: { content: Extract<SharedContent, { kind: 'agreements' }> }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const goals: PagerBlock[] = content.goals.length
    ? [
        { key: 'goals', words: 4, node: <p className="ss-subheading">{t('goals')}</p> },
        ...content.goals.map((text, i) => ({ key: `goal-${i}`, words: wordCount(text) + 1, node: <p className="ss-goal">{text}</p> })),
        { key: 'agreed', words: 4, node: <p className="ss-subheading">{t('agreed')}</p> },
      ]
    : [];
  if (!content.agreements.length && !goals.length) return <p className="ss-empty">{t('noAgreements')}</p>;
  return <Rows id="agreements" rows={[...goals, ...content.agreements.map(agreementBlock)]} empty={t('noAgreements')} />;
}

/**
 * Siden sidst: what was agreed last time and how it went, in words and a mark (never colour alone); one not talked
 * about yet shows no verdict until the facilitator marks it.
 */
export function ReviewView({ content }: { content: Extract<SharedContent, { kind: 'review' }> }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const rows = content.items.map((item, index) => {
    const outcome = item.outcome;
    return {
      key: `${index}`,
      words: wordCount(item.who, item.what) + 2,
      node: (
        <div className="ss-row">
          <span className="ss-row__who">{item.who}</span>
          <span>{item.what}</span>
          <span className={outcome ? `ss-outcome ss-outcome--${outcome}` : 'ss-outcome'}>{outcome ? FAMILY_OUTCOME_WORDS[outcome] : ''}</span>
        </div>
      ),
    };
  });
  return <Rows id="review" rows={rows} empty={t('noAgreements')} />;
}

/**
 * The recap at the end: each person's agreements under their name (the child first), and beside them the next
 * meeting and the one person to call, with the number. Only the list pages; the side stays on every page.
 */
export function ClosingView({ content }: { content: Extract<SharedContent, { kind: 'closing' }> }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  // One block per person (their name and what they do), so a page never parts a name from its agreements.
  const people = new Map<string, SharedAgreement[]>();
  for (const a of content.agreements) people.set(a.who, [...(people.get(a.who) ?? []), a]);
  const blocks: PagerBlock[] = [...people].map(([who, theirs]) => ({
    key: who,
    words: wordCount(who, ...theirs.map((a) => a.what)) + 2 * theirs.length,
    node: (
      <>
        <p className="ss-person">{who}</p>
        {theirs.map((a, i) => (
          <p key={i} className="ss-person-item">
            <span>{a.what}</span>
            <span className="ss-row__when">{a.due ? t('due', { date: day(a.due) }) : ''}</span>
          </p>
        ))}
      </>
    ),
  }));
  const list = blocks.length ? <Pager id="closing" blocks={blocks} /> : <p className="ss-empty">{t('noAgreements')}</p>;
  return (
    <div className="ss-closing">
      <section className="ss-closing__list" data-fit-box>
        <h2 className="ss-heading">{content.headings.agreements}</h2>
        {list}
      </section>
      <div className="ss-closing__side">
        <section className="ss-box">
          <h2 className="ss-heading">{content.headings.next}</h2>
          <NextMeetingView next={content.next} compact />
        </section>
        {content.contact && (
          <section className="ss-box">
            <h2 className="ss-heading">{content.headings.contact}</h2>
            <p className="ss-box__big">{content.contact.name}</p>
            {content.contact.phone && <p className="ss-box__big">{content.contact.phone}</p>}
          </section>
        )}
      </div>
    </div>
  );
}
