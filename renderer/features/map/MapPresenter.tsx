import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenterMapItem } from '../../../shared/contract/map';
import { MAP_COLUMNS, itemsInPart, partsOf } from '../../../shared/domain/map';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { isAttendanceChange } from './events';
import './map.css';

/**
 * The map on the shared screen, readable across a room. It asks the host for the presenter map, which never
 * contains fortrolige items. Columns take room in proportion to what they hold; a long map scrolls smoothly.
 */
export function MapPresenter({ meetingId, question }: { meetingId: string; question?: string | null | undefined }) {
  const { t } = useTranslation('map');
  const loaded = useLoad(
    () => api['map.presenter']({ meetingId }),
    [meetingId],
    (event) => event.type === 'map.settingsChanged' || event.type === 'map.wordingChanged' || (event.type === 'map.changed' && event.id === meetingId) || isAttendanceChange(event, meetingId),
  );
  const map = loaded.data;
  const known = useRef<Set<string> | null>(null);
  // A point added during the meeting may land below the fold of a long column: bring it smoothly into view.
  useEffect(() => {
    if (!map) return;
    const fresh = known.current ? map.items.filter((i) => !known.current!.has(i.id)) : [];
    known.current = new Set(map.items.map((i) => i.id));
    const last = fresh[fresh.length - 1];
    if (last) document.getElementById(`shown-${last.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [map]);
  if (!map) return null;
  const withPosition = map.items.map((item, position) => ({ ...item, position }));
  // The facilitator shows one question at a time ("Hvad virker godt?"); the column it names gets the room.
  const asked = question?.trim().toLowerCase();
  const focus = MAP_COLUMNS.find((column) => map.labels[column].trim().toLowerCase() === asked);
  const goalText = new Map(map.items.filter((i) => i.part === 'safety_goals').map((g) => [g.id, g.text]));
  return (
    <div className="map-presenter" data-testid="map-presenter">
      {MAP_COLUMNS.map((column) => {
        const count = map.items.filter((i) => partsOf(column).includes(i.part)).length;
        return (
          <section
            key={column}
            className={`map-presenter__column map-column--${column}${focus === column ? ' map-presenter__column--focus' : ''}`}
            style={{ flexGrow: Math.max(1, Math.sqrt(count)) * (focus === column ? 1.8 : 1) }}
            // A long column scrolls; focusable so it can be scrolled from the keyboard too.
            tabIndex={0}
            aria-labelledby={`shown-col-${column}`}
          >
            <h2 id={`shown-col-${column}`}>{map.labels[column]}</h2>
            {partsOf(column).map((part) => {
              const items: PresenterMapItem[] = itemsInPart(withPosition, part);
              return (
                <section key={part} className="map-presenter__part">
                  <h3>{map.labels[part]}</h3>
                  {items.length === 0 ? (
                    <p className="map-presenter__empty">—</p>
                  ) : (
                    <ul>
                      {items.map((item) => (
                        <li key={item.id} id={`shown-${item.id}`}>
                          {item.text}
                          {item.saidByName && <span className="map-presenter__who"> — {item.saidByName}</span>}
                          {item.pairedGoalId && goalText.get(item.pairedGoalId) && (
                            <span className="map-presenter__pair">{t('pairing.goal', { text: goalText.get(item.pairedGoalId) })}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
