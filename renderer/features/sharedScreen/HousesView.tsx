import { useTranslation } from 'react-i18next';
import type { SharedContent } from '../../../shared/contract/sharedScreen';
import { HOUSES, type House } from '../../../shared/domain/houses';
import { atLeast } from '../../../shared/domain/screenFit';
import { useFitStep } from '../../ui/fit/FitScreen';
import { Pager, wordCount, type PagerBlock } from '../../ui/fit/Pager';
import { DrawingView } from '../../ui/DrawingView';
import { DANISH } from './danish';
import './housesView.css';

/**
 * De tre huse on the shared screen: only the words the child chose to show, quoted as said, under a roof per house.
 * Paged: house by house.
 */
export function HousesView({ content }: { content: Extract<SharedContent, { kind: 'houses' }> }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const step = useFitStep();
  const quotes = (house: House) => content.houses.filter((h) => h.house === house);
  if (atLeast(step, 'paged')) {
    const blocks: PagerBlock[] = HOUSES.flatMap((house) => [
      { key: house, keepWithNext: true, words: 3, node: <h2 className={`ss-house__roof ss-house__roof--${house}`}>{t(`house.${house}`)}</h2> },
      ...quotes(house).map((q, i) => ({
        key: `${house}${i}`,
        words: wordCount(q.text) + (q.drawing ? 20 : 0),
        node: (
          <>
            <q className="ss-house__quote">{q.text}</q>
            {q.drawing && <DrawingView className="ss-house__drawing" drawing={q.drawing} label={t('drawing')} />}
          </>
        ),
      })),
    ]);
    return <Pager id="houses" blocks={blocks} />;
  }
  return (
    <div className="ss-houses">
      {HOUSES.map((house) => (
        <section key={house} className={`ss-house ss-house--${house}`} data-fit-box>
          <h2 className={`ss-house__roof ss-house__roof--${house}`}>{t(`house.${house}`)}</h2>
          <ul>
            {quotes(house).map((q, i) => (
              <li key={i}>
                <q className="ss-house__quote">{q.text}</q>
                {q.drawing && <DrawingView className="ss-house__drawing" drawing={q.drawing} label={t('drawing')} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
