import { z } from 'zod';
import {
  CONSENT_FORMS,
  CONSENT_KINDS,
  CUSTODY_KINDS,
  GIVER_CAPACITIES,
  INFO_TYPES,
  LEGAL_BASES,
  type ConsentProblem,
  type ConsentRecordLike,
  type RequiredGivers,
} from '../domain/consent';
import { MAX_NOTE, MAX_SHORT_TEXT } from '../domain/participants';
import { channel, optionalText, requiredText } from './define';

const id = z.string().uuid();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ugyldig dato (brug dd.mm.åååå)');

export const consentFields = z.object({
  kind: z.enum(CONSENT_KINDS),
  custody: z.enum(CUSTODY_KINDS).optional().default('joint'),
  form: z.enum(CONSENT_FORMS).optional().default('written'),
  givenBy: z
    .array(z.object({ name: requiredText(MAX_SHORT_TEXT), capacity: z.enum(GIVER_CAPACITIES), participantId: id.nullable().optional() }).strict())
    .max(10)
    .optional()
    .default([]),
  legalBasis: z.enum(LEGAL_BASES).nullable().optional().default(null),
  legalBasisNote: optionalText(MAX_NOTE),
  givenOn: isoDay,
  infoTypes: z.array(z.enum(INFO_TYPES)).max(INFO_TYPES.length).optional().default([]),
  infoOther: optionalText(MAX_SHORT_TEXT),
  recipientIds: z.array(id).max(100).optional().default([]),
  recipientOrganisations: z.array(requiredText(MAX_SHORT_TEXT)).max(50).optional().default([]),
  purpose: optionalText(MAX_NOTE),
  /** What the family has agreed may be told to the private network (who has no duty of confidentiality). */
  networkSharing: optionalText(MAX_NOTE),
  withdrawnOn: isoDay.nullable().optional().default(null),
});
export type ConsentFields = z.input<typeof consentFields>;

export interface ConsentRecord extends ConsentRecordLike {
  id: string;
  caseId: string;
  form: 'written' | 'oral';
  infoOther: string;
  networkSharing: string;
  createdAt: string;
  updatedAt: string;
  problems: ConsentProblem[];
  valid: boolean;
}

export interface ConsentStatus {
  /** At least one valid consent or recorded legal basis. */
  valid: boolean;
  required: RequiredGivers;
  records: ConsentRecord[];
  /** Union over the valid records. */
  coveredInfoTypes: string[];
  coveredRecipients: string[];
  purposes: string[];
  /** Active professionals no valid record covers: the overview warns about each. */
  professionalsOutsideScope: { id: string; name: string }[];
  /** What the private network may be told, from the valid consents. */
  networkSharing: string[];
}

export const consentContract = {
  'consent.status': channel<ConsentStatus>()(z.object({ caseId: id }).strict()),
  'consent.create': channel<ConsentRecord>()(consentFields.extend({ caseId: id }).strict()),
  'consent.update': channel<ConsentRecord>()(consentFields.extend({ id }).strict()),
  'consent.withdraw': channel<ConsentRecord>()(z.object({ id, withdrawnOn: isoDay }).strict()),
};
