import type { KredsEvent } from '../../../shared/contract';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';

/** The plan as the console sees it, reloaded when the plan, its people, the map or the case's meetings change. */
export function useSafetyPlan(caseId: string) {
  const reloadOn = (event: KredsEvent) =>
    (event.id === caseId && /^(safetyPlan|participants|cases)\./.test(event.type)) || event.type === 'map.changed' || event.type.startsWith('meetings.');
  return useLoad(() => api['safetyPlan.get']({ caseId }), [caseId], reloadOn);
}
