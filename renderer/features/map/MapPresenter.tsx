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
          >
            <h2>{map.labels[column]}</h2>
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
                        <li key={item.id}>
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
