import { useTranslation } from 'react-i18next';
import type { SharedContent, SharedMapItem } from '../../../shared/contract/sharedScreen';
import { MAP_COLUMNS, itemsInPart, partsOf, type MapColumn, type MapPart } from '../../../shared/domain/map';
import { atLeast } from '../../../shared/domain/screenFit';
import { useFitStep } from '../../ui/fit/FitScreen';
import { Pager, wordCount, type PagerBlock } from '../../ui/fit/Pager';
import { DANISH } from './danish';
import './mapView.css';

type MapContent = Extract<SharedContent, { kind: 'map' }>;

/**
 * The map on the shared screen in the family's words. Roomy and tight: the three columns side by side, each as wide as
 * what it holds. Focus: the column the facilitator asks about large, the other two as counts per part. Paged: that
 * column (or, with no question asked, the whole map column by column) in calm pages.
 */
export function MapView({ content }: { content: MapContent }) {
  const step = useFitStep();
  const parts = (part: MapPart) => itemsInPart(content.items.map((item, position) => ({ ...item, position })), part);
  const goals = new Map(content.items.filter((i) => i.part === 'safety_goals').map((g) => [g.id, g.text]));
  const focus = content.focus;

  if (atLeast(step, 'focus') && focus) {
    return (
      <div className="ss-map ss-map--focus" data-testid="map-presenter">
        <section className={`ss-map__col ss-map__col--${focus}`} data-fit-box>
          <h2 className="ss-map__question">{content.labels[focus]}</h2>
          <Pager id="map" blocks={columnBlocks(content, focus, parts, false, goals)} />
        </section>
        <div className="ss-map__others">
          {MAP_COLUMNS.filter((c) => c !== focus).map((column) => (
            <Summary key={column} content={content} column={column} parts={parts} />
          ))}
        </div>
      </div>
    );
  }
  if (atLeast(step, 'paged')) {
    return (
      <div className="ss-map ss-map--paged" data-testid="map-presenter">
        <Pager id="map" blocks={MAP_COLUMNS.flatMap((column) => columnBlocks(content, column, parts, true))} />
      </div>
    );
  }
  return (
    <div className="ss-map" data-testid="map-presenter">
      {MAP_COLUMNS.map((column) => (
        <Column key={column} content={content} column={column} parts={parts} goals={goals} showGoals={step === 'roomy'} grow />
      ))}
    </div>
  );
}

type PartItems = (part: MapPart) => (SharedMapItem & { position: number })[];

function Item({ item, goal }: { item: SharedMapItem; goal?: string | undefined }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  return (
    <li>
      {item.text}
      {item.saidBy && <span className="ss-map__who"> – {item.saidBy}</span>}
      {goal && <span className="ss-map__goal">{t('goal', { text: goal })}</span>}
    </li>
  );
}

function Column({ content, column, parts, goals, showGoals, grow }: { content: MapContent; column: MapColumn; parts: PartItems; goals: Map<string, string>; showGoals: boolean; grow?: boolean }) {
  const count = partsOf(column).reduce((sum, part) => sum + parts(part).length, 0);
  const step = useFitStep();
  return (
    <section className={`ss-map__col ss-map__col--${column}`} style={grow ? { flexGrow: Math.max(1, Math.sqrt(count)) } : undefined} data-fit-box>
      <h2 className="ss-map__question">{content.labels[column]}</h2>
      {partsOf(column).map((part) => {
        const items = parts(part);
        if (!items.length && step !== 'roomy') return null;
        return (
          <section key={part} className="ss-map__part">
            <h3>{content.labels[part]}</h3>
            {items.length === 0 ? (
              <p className="ss-map__none">–</p>
            ) : (
              <ul>
                {items.map((item) => (
                  <Item key={item.id} item={item} goal={showGoals && item.goalId ? goals.get(item.goalId) : undefined} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

/** A column not in focus: its question and how many things each part holds. */
function Summary({ content, column, parts }: { content: MapContent; column: MapColumn; parts: PartItems }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  return (
    <section className={`ss-map__col ss-map__col--${column} ss-map__summary`}>
      <h2 className="ss-map__question">{content.labels[column]}</h2>
      <ul>
        {partsOf(column).map((part) => (
          <li key={part}>
            {content.labels[part]}: <strong>{t('count', { count: parts(part).length })}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A column as blocks for the pager: its question (when paging the whole map), each part's heading, each item. */
function columnBlocks(content: MapContent, column: MapColumn, parts: PartItems, withQuestion: boolean, goals?: Map<string, string>): PagerBlock[] {
  const blocks: PagerBlock[] = [];
  if (withQuestion) {
    blocks.push({ key: column, keepWithNext: true, words: 4, node: <h2 className={`ss-map__question ss-map__question--${column}`}>{content.labels[column]}</h2> });
  }
  for (const part of partsOf(column)) {
    const items = parts(part);
    if (!items.length) continue;
    blocks.push({ key: part, keepWithNext: true, words: 4, node: <h3 className="ss-map__part-heading">{content.labels[part]}</h3> });
    for (const item of items) {
      const goal = item.goalId ? goals?.get(item.goalId) : undefined;
      blocks.push({ key: item.id, words: wordCount(item.text, item.saidBy, goal), node: <ul className="ss-map__paged-item"><Item item={item} goal={goal} /></ul> });
    }
  }
  return blocks;
}
