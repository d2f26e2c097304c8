import { api } from '../../api';
import { useLoad } from '../../app/useLoad';

export interface SafetyGoalOption {
  id: string;
  text: string;
}

/** The safety goals (sikkerhedsmål) on the case's newest map, which a plan goal may serve. */
export function useSafetyGoals(caseId: string): SafetyGoalOption[] {
  const loaded = useLoad(
    async () => {
      const summary = await api['map.caseSummary']({ caseId });
      if (!summary.latestMeetingId) return [];
      const map = await api['map.get']({ meetingId: summary.latestMeetingId });
      return map.items.filter((item) => item.part === 'safety_goals').map((item) => ({ id: item.id, text: item.text }));
    },
    [caseId],
    (event) => event.type === 'map.changed',
  );
  return loaded.data ?? [];
}
