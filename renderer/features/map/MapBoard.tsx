import { DndContext, KeyboardSensor, PointerSensor, closestCorners, useSensor, useSensors, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapView } from '../../../shared/contract/map';
import { MAP_COLUMNS, itemsInPart, keyboardTarget, pairing, partsOf, type MapItem, type MapPart } from '../../../shared/domain/map';
import { api } from '../../api';
import { useAnnounce } from '../../ui/Announcer';
import { useUndoableDelete } from '../../ui/Undo';
import type { ItemActions } from './MapItemCard';
import { MapPartEntry } from './MapPartEntry';
import { MapPartList } from './MapPartList';
import { SpeakerSelect } from './MapPickers';
import { PairingSummary } from './PairingSummary';
import './map.css';

/**
 * The facilitator's map: three columns of parts. Changes go to the host and come back as the new map;
 * the board keeps its own copy so a drag shows its result at once.
 */
export function MapBoard({ map, onChange }: { map: MapView; onChange(items: MapItem[]): void }) {
  const { t } = useTranslation('map');
  const announce = useAnnounce();
  const removeUndoably = useUndoableDelete();
  const [speaker, setSpeaker] = useState<string>('');
  const [confidential, setConfidential] = useState(false);
  const items = map.items;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const move = useCallback(
    async (id: string, part: MapPart, index: number) => {
      onChange(await api['map.moveItem']({ id, part, index }));
      announce(t('moved', { part: map.labels[part] }));
    },
    [onChange, announce, t, map.labels],
  );

  const actions: ItemActions = useMemo(
    () => ({
      save: async (id, change) => {
        const saved = await api['map.updateItem']({ id, ...change });
        onChange(items.map((i) => (i.id === id ? saved : i)));
      },
      remove: async (id) => {
        const item = items.find((i) => i.id === id);
        // A fortroligt item is not named in the toast: the facilitator's screen may be mirrored.
        const message = item && !item.confidential ? t('deletedNamed', { text: item.text }) : t('deleted');
        await removeUndoably(() => api['map.deleteItem']({ id }), message);
        onChange(items.filter((i) => i.id !== id));
      },
      pair: async (dangerId, goalId) => {
        const saved = await api['map.pair']({ dangerId, goalId });
        onChange(items.map((i) => (i.id === dangerId ? saved : i.pairedGoalId === goalId && goalId ? { ...i, pairedGoalId: null } : i)));
      },
      keyboardMove: (id, key) => {
        const target = keyboardTarget(items, id, key);
        // Moving to another part re-creates the item there: the keyboard stays on it, so Alt+arrows can go on.
        if (target) void move(id, target.part, target.index).then(() => refocusItem(id));
      },
    }),
    [items, onChange, move, removeUndoably, t],
  );

  const add = useCallback(
    async (part: MapPart, text: string) => {
      const item = await api['map.addItem']({ meetingId: map.meetingId, part, text, saidBy: speaker || null, confidential });
      onChange([...items, item]);
      // The entry line is at the column's top and the item lands under its part further down: say where it went.
      announce(t('added', { part: map.labels[part] }));
    },
    [map.meetingId, speaker, confidential, items, onChange, announce, t, map.labels],
  );

  // dnd-kit speaks English by default; the screen reader hears Danish, naming the item and where it is.
  const nameOf = (id: UniqueIdentifier | undefined) => {
    const text = String(id ?? '');
    if (text.startsWith('part:')) return map.labels[text.slice(5) as MapPart];
    return items.find((i) => i.id === text)?.text ?? '';
  };
  const accessibility = {
    screenReaderInstructions: { draggable: t('drag.instructions') },
    announcements: {
      onDragStart: ({ active }: { active: { id: UniqueIdentifier } }) => t('drag.picked', { text: nameOf(active.id) }),
      onDragOver: ({ over }: { over: { id: UniqueIdentifier } | null }) => (over ? t('drag.over', { text: nameOf(over.id) }) : t('drag.nowhere')),
      onDragEnd: ({ over }: { over: { id: UniqueIdentifier } | null }) => (over ? t('drag.dropped', { text: nameOf(over.id) }) : t('drag.cancelled')),
      onDragCancel: () => t('drag.cancelled'),
    },
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const overPart = over.data.current?.part as MapPart | undefined;
    if (!overPart) return;
    const index = String(over.id).startsWith('part:') ? itemsInPart(items, overPart).length : itemsInPart(items, overPart).findIndex((i) => i.id === over.id);
    void move(String(active.id), overPart, Math.max(0, index));
  };

  const goals = itemsInPart(items, 'safety_goals');
  const goalById = new Map(goals.map((g) => [g.id, g]));

  return (
    <div className="map-board">
      <div className="map-board__toolbar">
        <label>
          {t('entry.speaker')}
          <SpeakerSelect people={map.people} value={speaker} onChange={setSpeaker} />
        </label>
        <label className="map-check">
          <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />
          {t('entry.confidential')}
        </label>
      </div>
      <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd} accessibility={accessibility}>
        <div className="map-columns">
          {MAP_COLUMNS.map((column) => (
            <section key={column} className={`map-column map-column--${column}`} aria-labelledby={`col-${column}`}>
              <h2 id={`col-${column}`}>{map.labels[column]}</h2>
              <div className="map-column__entries">
                {partsOf(column).map((part) => (
                  <MapPartEntry key={part} part={part} label={map.labels[part]} add={add} />
                ))}
              </div>
              {partsOf(column).map((part) => (
                <MapPartList
                  key={part}
                  part={part}
                  label={map.labels[part]}
                  items={itemsInPart(items, part)}
                  people={map.people}
                  goals={goals}
                  goalById={goalById}
                  actions={actions}
                />
              ))}
            </section>
          ))}
        </div>
      </DndContext>
      <p className="muted small map-board__hint">{t('entry.keyboardHint')}</p>
      <PairingSummary pairing={pairing(items)} labels={map.labels} />
    </div>
  );
}

/**
 * Moving to another part re-creates the item there, which drops the focus on <body>. For half a second (the new map
 * arrives, React redraws, the host's change event redraws again) the focus is put back on the moved item.
 */
function refocusItem(id: string, frames = 30): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    const onItem = active?.closest?.(`[data-item-id="${CSS.escape(id)}"]`);
    if (active && active !== document.body && !onItem) return; // the user has moved on
    if (!active || active === document.body) document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] .map-item__text`)?.focus();
    if (frames > 0) refocusItem(id, frames - 1);
  });
}
