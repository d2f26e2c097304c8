import { DEFAULT_MAP_LABELS, type MapLabels, type MapWording } from '../../../shared/domain/map';

/**
 * The map's headings in the family's words, for everything the family reads afterwards (the read-back in the family
 * view, the family PDF). The one place to switch when the shared family vocabulary (issue 15,
 * `shared/domain/familyWords.ts`) is on main: return `familyMapLabels(familyWords(wording, overrides))` there.
 * Until then: the suggestions of DOMAIN.md's "Words the family reads"; the three questions stay as they are.
 */
export function familyMapLabelsFor(wording: MapWording): MapLabels {
  return {
    ...DEFAULT_MAP_LABELS[wording],
    harm: 'Det, der er sket',
    complicating_factors: 'Det, der gør det svært',
    danger_statements: 'Det, vi er bekymrede for, kan ske',
    strengths: 'Det, der er godt',
    existing_safety: 'Det, der allerede hjælper',
    safety_goals: 'Det, vi vil nå',
    next_steps: 'Det næste, der skal ske',
  };
}
