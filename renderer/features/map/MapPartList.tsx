import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { MapItemList } from './MapItemList';
import type { MapPerson } from '../../../shared/contract/map';
import type { MapItem, MapPart } from '../../../shared/domain/map';
import type { ItemActions } from './MapItemCard';

interface Props {
  part: MapPart;
  label: string;
  items: MapItem[];
  people: MapPerson[];
  goals: MapItem[];
  goalById: Map<string, MapItem>;
  actions: ItemActions;
}

/** One part of a column: its items, a drop target even when empty (new items are typed at the column's top). */
export function MapPartList({ part, label, items, people, goals, goalById, actions }: Props) {
  const droppable = useDroppable({ id: `part:${part}`, data: { part } });
  const inputId = `new-${part}`;

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
    </section>
  );
}
