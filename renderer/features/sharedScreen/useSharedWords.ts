import { useTranslation } from 'react-i18next';

/**
 * The shared screen's own few words (shared/i18n/da/sharedScreen.json), always in Danish: the family reads Danish
 * whatever language the facilitator's laptop speaks. The method's words come from the host in the family's
 * vocabulary (shared/domain/familyWords.ts).
 */
export function useSharedWords() {
  return useTranslation('sharedScreen', { lng: 'da' });
}
