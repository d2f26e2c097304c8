import { useEffect, useState } from 'react';
import type { MapView } from '../../../shared/contract/map';
import type { MapItem } from '../../../shared/domain/map';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { isAttendanceChange } from './events';

/** The meeting's map, reloaded when any window changes it, with a local copy so edits show at once. */
export function useMap(meetingId: string) {
  const loaded = useLoad(
    () => api['map.get']({ meetingId }),
    [meetingId],
    (event) => (event.type === 'map.changed' && event.id === meetingId) || event.type === 'map.settingsChanged' || event.type === 'map.wordingChanged' || isAttendanceChange(event, meetingId),
  );
  const [map, setMap] = useState<MapView | undefined>(loaded.data);
  useEffect(() => setMap(loaded.data), [loaded.data]);
  const setItems = (items: MapItem[]) => setMap((current) => (current ? { ...current, items } : current));
  return { map, setItems, error: loaded.error, reload: loaded.reload };
}
