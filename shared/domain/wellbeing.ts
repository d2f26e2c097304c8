/**
 * The municipalities' four-level wellbeing scale (Børnelinealen / trivselsguide, seeds 000 and 002),
 * optional per meeting. Each level points to what it calls for; the hints are editable in settings.
 */
export const WELLBEING_LEVELS = ['general', 'declining', 'poor', 'severe'] as const;
export type WellbeingLevel = (typeof WELLBEING_LEVELS)[number];

export const WELLBEING_LABELS: Record<WellbeingLevel, string> = {
  general: 'Generel trivsel',
  declining: 'Faldende trivsel',
  poor: 'Mistrivsel',
  severe: 'Svære problemer',
};

export const DEFAULT_WELLBEING_HINTS: Record<WellbeingLevel, string> = {
  general: 'Fortsæt det almene arbejde og hold øje med barnet.',
  declining: 'Tal med forældrene om bekymringen, og aftal hvad I gør.',
  poor: 'Inddrag en socialrådgiver (fx skolesocialrådgiver) i samarbejde med forældrene.',
  severe: 'Lav en underretning til kommunen. Underretningspligten går forud for tavshedspligten.',
};

export const MAX_HINT_LENGTH = 300;

export function wellbeingHints(overrides: Partial<Record<WellbeingLevel, string>> = {}): Record<WellbeingLevel, string> {
  const hints = { ...DEFAULT_WELLBEING_HINTS };
  for (const level of WELLBEING_LEVELS) {
    const custom = overrides[level]?.trim();
    if (custom) hints[level] = custom;
  }
  return hints;
}
