import type { TFunction } from 'i18next';
import type { RequiredGivers } from '../../../shared/domain/consent';

/** Who must consent, in words: custody holder(s), the young person, or both in the year the child turns 15. */
export function requiredHint(required: RequiredGivers, t: TFunction<'consent'>): string {
  if (required.youngPerson && required.custodyHolders > 0) return t('required.turning15');
  if (required.youngPerson) return t('required.young');
  return t('required.custody', { count: required.custodyHolders });
}
