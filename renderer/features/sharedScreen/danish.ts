/**
 * The shared screen's own few words (shared/i18n/da/sharedScreen.json) are always Danish: the family reads Danish
 * whatever language the facilitator's laptop speaks. Use `useTranslation('sharedScreen', DANISH)`. The method's words
 * come from the host in the family's vocabulary (shared/domain/familyWords.ts).
 */
export const DANISH = { lng: 'da' } as const;
