import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPerson } from '../../../shared/contract/map';
import { cleanItemText, type MapItem } from '../../../shared/domain/map';
import { InlineError } from '../../ui/Field';
import { SpeakerSelect } from './MapPickers';

export interface ItemActions {
  save(id: string, change: { text?: string; saidBy?: string | null; confidential?: boolean }): Promise<void>;
  remove(id: string): Promise<void>;
  pair(dangerId: string, goalId: string | null): Promise<void>;
  keyboardMove(id: string, key: 'up' | 'down' | 'left' | 'right'): void;
}

/** Where a virtualised list places this item, and how it learns the item's real height. */
export interface VirtualRow {
  index: number;
  top: number;
  measure(node: Element | null): void;
}

interface Props {
  item: MapItem;
  people: MapPerson[];
  goals: MapItem[];
  pairedGoal: MapItem | undefined;
  actions: ItemActions;
  row?: VirtualRow | undefined;
}

const ARROWS: Record<string, 'up' | 'down' | 'left' | 'right'> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** One item on the map: read as text, edited in place, dragged by its handle or moved with Alt+arrows. */
export const MapItemCard = memo(function MapItemCard({ item, people, goals, pairedGoal, actions, row }: Props) {
  const { t } = useTranslation('map');
  const sortable = useSortable({ id: item.id, data: { part: item.part } });
  const [editing, setEditing] = useState(false);
  const speaker = item.saidBy ? people.find((p) => p.participantId === item.saidBy)?.name : null;

  const onKey = (event: KeyboardEvent) => {
    const direction = ARROWS[event.key];
    if (event.altKey && direction) {
      event.preventDefault();
      actions.keyboardMove(item.id, direction);
    }
  };

  return (
    <li
      ref={(node) => {
        sortable.setNodeRef(node);
        row?.measure(node);
      }}
      data-index={row?.index}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition, top: row?.top }}
      className={`map-item${row ? ' map-item--row' : ''}${item.confidential ? ' map-item--confidential' : ''}${sortable.isDragging ? ' map-item--dragging' : ''}`}
      data-testid="map-item"
      data-item-id={item.id}
    >
      <button type="button" className="map-item__handle" aria-label={t('item.drag', { text: item.text })} {...sortable.attributes} {...sortable.listeners}>
        <span aria-hidden="true">⠿</span>
      </button>
      {editing ? (
        <ItemEditor item={item} people={people} goals={goals} actions={actions} onDone={() => setEditing(false)} />
      ) : (
        <div className="map-item__body">
          <button type="button" className="map-item__text" onClick={() => setEditing(true)} onKeyDown={onKey} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight">
            {item.text}
          </button>
          <span className="map-item__meta">
            {speaker ?? t('item.shared')}
            {item.confidential && <span className="badge badge--warning">{t('item.confidential')}</span>}
            {item.part === 'danger_statements' &&
              (pairedGoal ? (
                <span className="map-item__pair">{t('pairing.goal', { text: pairedGoal.text })}</span>
              ) : (
                <span className="badge badge--info">{t('pairing.noGoal')}</span>
              ))}
          </span>
        </div>
      )}
    </li>
  );
});

function ItemEditor({ item, people, goals, actions, onDone }: Omit<Props, 'pairedGoal'> & { onDone(): void }) {
  const { t } = useTranslation('map');
  const [text, setText] = useState(item.text);
  const [error, setError] = useState<string | null>(null);

  const saveText = async () => {
    const clean = cleanItemText(text);
    if (!clean.ok) return setError(clean.message);
    try {
      if (clean.text !== item.text) await actions.save(item.id, { text: clean.text });
      onDone();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const run = (work: Promise<void>) => work.catch((failure: Error) => setError(failure.message));

  return (
    <div className="map-item__editor">
      <label className="visually-hidden" htmlFor={`edit-${item.id}`}>
        {t('item.text')}
      </label>
      <textarea
        id={`edit-${item.id}`}
        autoFocus
        rows={2}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void saveText();
          }
          if (e.key === 'Escape') onDone();
        }}
      />
      <InlineError message={error} />
      <div className="map-item__controls">
        <label>
          {t('item.saidBy')}
          <SpeakerSelect people={people} value={item.saidBy ?? ''} onChange={(participantId) => void run(actions.save(item.id, { saidBy: participantId || null }))} />
        </label>
        <label className="map-check">
          <input type="checkbox" checked={item.confidential} onChange={(e) => void run(actions.save(item.id, { confidential: e.target.checked }))} />
          {t('item.confidential')}
        </label>
        {item.part === 'danger_statements' && (
          <label>
            {t('pairing.label')}
            <select value={item.pairedGoalId ?? ''} onChange={(e) => void run(actions.pair(item.id, e.target.value || null))}>
              <option value="">{t('pairing.none')}</option>
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.text}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={() => void saveText()}>
          {t('common:actions.save')}
        </button>
        <button type="button" className="button" onClick={() => void run(actions.remove(item.id))}>
          {t('item.delete')}
        </button>
      </div>
    </div>
  );
}
