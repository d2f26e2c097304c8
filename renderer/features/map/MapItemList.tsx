import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { MapPerson } from '../../../shared/contract/map';
import type { MapItem } from '../../../shared/domain/map';
import { MapItemCard, type ItemActions, type VirtualRow } from './MapItemCard';

/** Above this many items in one part, only the items near the screen are rendered (a 300-item map stays quick). */
export const VIRTUALISE_ABOVE = 40;

interface Props {
  items: MapItem[];
  people: MapPerson[];
  goals: MapItem[];
  goalById: Map<string, MapItem>;
  actions: ItemActions;
}

export function MapItemList(props: Props) {
  return props.items.length > VIRTUALISE_ABOVE ? <VirtualList {...props} /> : <PlainList {...props} />;
}

function Card({ item, people, goals, goalById, actions, row }: Omit<Props, 'items'> & { item: MapItem; row?: VirtualRow }) {
  return (
    <MapItemCard
      item={item}
      people={people}
      goals={goals}
      pairedGoal={item.pairedGoalId ? goalById.get(item.pairedGoalId) : undefined}
      actions={actions}
      row={row}
    />
  );
}

function PlainList({ items, ...rest }: Props) {
  return (
    <ul className="map-part__items">
      {items.map((item) => (
        <Card key={item.id} item={item} {...rest} />
      ))}
    </ul>
  );
}

/** The page (window) scrolls; each long part measures where it starts on the page and renders its visible window. */
function VirtualList({ items, ...rest }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // Runs after every render on purpose: parts above this one grow and shrink, moving where this list starts.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - offset) > 1) setOffset(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 64,
    overscan: 6,
    gap: 6,
    scrollMargin: offset,
    getItemKey: (index) => items[index]!.id,
  });
  return (
    <ul ref={listRef} className="map-part__items map-part__items--virtual" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => (
        <Card key={row.key} item={items[row.index]!} {...rest} row={{ index: row.index, top: row.start - offset, measure: virtualizer.measureElement }} />
      ))}
    </ul>
  );
}
