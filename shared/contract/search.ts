import { z } from 'zod';
import { MAX_QUERY_LENGTH, SEARCH_KINDS, type SearchKind, type Segment } from '../domain/search';
import { channel } from './define';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ugyldig dato (brug dd.mm.åååå)');
const meetingType = z.enum(['network_meeting', 'follow_up', 'resource_center']);

export const searchInput = z
  .object({
    text: z.string().max(MAX_QUERY_LENGTH),
    caseId: z.string().uuid().optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    meetingType: meetingType.optional(),
    /** A participant: hits they said, are responsible for, or that were written at a meeting they attended. */
    personId: z.string().uuid().optional(),
    kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
    /** Professional view: fortroligt items are found too (marked). Off for anything that may be shown to others. */
    includeConfidential: z.boolean().optional().default(true),
    limit: z.number().int().min(1).max(200).optional().default(100),
  })
  .strict();
export type SearchInput = z.input<typeof searchInput>;

export interface SearchHit {
  kind: SearchKind;
  sourceId: string;
  meetingId: string | null;
  meetingType: z.infer<typeof meetingType> | null;
  phaseKind: string | null;
  day: string;
  confidential: boolean;
  snippet: Segment[];
  /** The same map item carried forward: on this many other (earlier) meetings too. */
  repeats: number;
}

export interface SearchGroup {
  caseId: string;
  childName: string;
  hits: SearchHit[];
}

export interface SearchResult {
  /** Hits shown (at most the limit), grouped by case in order of their best hit. */
  groups: SearchGroup[];
  count: number;
  /** More hits exist than were returned. */
  more: boolean;
  /** The words to highlight on the page a hit opens. */
  words: string[];
}

export interface PersonOption {
  id: string;
  name: string;
  caseId: string;
  childName: string;
}

export const searchContract = {
  'search.query': channel<SearchResult>()(searchInput),
  'search.people': channel<PersonOption[]>()(z.object({ caseId: z.string().uuid().optional() }).strict()),
};
