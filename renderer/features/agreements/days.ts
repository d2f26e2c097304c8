import { formatDate, fromIsoDay, parseDanishDate } from '../../../shared/domain/dates';

/** 'yyyy-mm-dd' → 'dd.mm.yyyy' without the UTC shift that new Date('yyyy-mm-dd') would give. */
export function showDay(isoDay: string | null | undefined): string {
  return isoDay ? formatDate(fromIsoDay(isoDay)) : '';
}

/** What the user typed in a dd.mm.åååå field: '' → null, a real date → 'yyyy-mm-dd', anything else → 'invalid'. */
export function readDay(text: string): string | null | 'invalid' {
  if (!text.trim()) return null;
  return parseDanishDate(text) ?? 'invalid';
}
