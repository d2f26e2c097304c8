import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import { MapItemList } from './MapItemList';
import { useTranslation } from 'react-i18next';
import type { MapPerson } from '../../../shared/contract/map';
import { cleanItemText, type MapItem, type MapPart } from '../../../shared/domain/map';
import type { ItemActions } from './MapItemCard';

interface Props {
  part: MapPart;
  label: string;
  items: MapItem[];
  people: MapPerson[];
  goals: MapItem[];
  goalById: Map<string, MapItem>;
  actions: ItemActions;
  add(part: MapPart, text: string): Promise<void>;
}

/** One part of a column: its items (a drop target even when empty) and the fast-entry line (type, Enter). */
export function MapPartList({ part, label, items, people, goals, goalById, actions, add }: Props) {
  const { t } = useTranslation('map');
  const droppable = useDroppable({ id: `part:${part}`, data: { part } });
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `new-${part}`;

  const submit = async () => {
    const clean = cleanItemText(text);
    if (!clean.ok) return setError(clean.message);
    try {
      await add(part, clean.text);
      setText('');
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section className={`map-part${droppable.isOver ? ' map-part--over' : ''}`} aria-labelledby={`${inputId}-h`} data-part={part}>
      <h3 id={`${inputId}-h`}>
        {label} <span className="map-part__count">{items.length}</span>
      </h3>
      <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        <div ref={droppable.setNodeRef}>
          <MapItemList items={items} people={people} goals={goals} goalById={goalById} actions={actions} />
        </div>
      </SortableContext>
      <div className="map-part__new">
        <label className="visually-hidden" htmlFor={inputId}>
          {t('entry.label', { part: label })}
        </label>
        <input
          id={inputId}
          value={text}
          placeholder={t('entry.placeholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void submit();
            }
          }}
        />
        {error && (
          <p className="field__error" id={`${inputId}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
