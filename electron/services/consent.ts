import type { Input } from '../../shared/contract';
import type { ConsentRecord, ConsentStatus } from '../../shared/contract/consent';
import { type ConsentAudit, consentSummary } from '../../shared/domain/consentAudit';
import { ageThisYear } from '../../shared/domain/cases';
import {
  consentDateErrors,
  consentProblems,
  isInScope,
  requiredGivers,
  type ConsentKind,
  type Custody,
  type LegalBasis,
} from '../../shared/domain/consent';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { getCase, touchCase } from './cases';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { listParticipants } from './participants';

interface ConsentRow {
  id: string;
  case_id: string;
  kind: ConsentKind;
  custody: Custody;
  given_by: string;
  form: 'written' | 'oral';
  legal_basis: LegalBasis | null;
  legal_basis_note: string;
  given_on: string;
  info_types: string;
  info_other: string;
  recipient_ids: string;
  recipient_organisations: string;
  purpose: string;
  network_sharing: string;
  withdrawn_on: string | null;
  created_at: string;
  updated_at: string;
}

function toRecord(row: ConsentRow, childAge: number, today: Date): ConsentRecord {
  const record = {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    custody: row.custody,
    form: row.form,
    givenBy: JSON.parse(row.given_by) as ConsentRecord['givenBy'],
    legalBasis: row.legal_basis,
    legalBasisNote: row.legal_basis_note,
    givenOn: row.given_on,
    infoTypes: JSON.parse(row.info_types) as ConsentRecord['infoTypes'],
    infoOther: row.info_other,
    recipientIds: JSON.parse(row.recipient_ids) as string[],
    recipientOrganisations: JSON.parse(row.recipient_organisations) as string[],
    purpose: row.purpose,
    networkSharing: row.network_sharing,
    withdrawnOn: row.withdrawn_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  const problems = consentProblems(record, childAge, today);
  return { ...record, problems, valid: problems.length === 0 };
}

/** What the audit trail compares: the fields a user edits (never the computed validity or timestamps). */
function auditView(r: ConsentRecord) {
  const { kind, custody, form, givenBy, legalBasis, legalBasisNote, givenOn, infoTypes, infoOther } = r;
  const { recipientIds, recipientOrganisations, purpose, networkSharing, withdrawnOn } = r;
  return { kind, custody, form, givenBy, legalBasis, legalBasisNote, givenOn, infoTypes, infoOther, recipientIds, recipientOrganisations, purpose, networkSharing, withdrawnOn };
}

/** The summary's view (shared/domain/consentAudit.ts): recipients by name, as the consent screen lists them. */
function consentAudit(ctx: ServiceContext, r: ConsentRecord): ConsentAudit {
  const names = new Map(listParticipants(ctx, r.caseId, { includeArchived: true }).map((p) => [p.id, p.name]));
  const recipients = [...r.recipientIds.map((id) => names.get(id) ?? '?'), ...r.recipientOrganisations];
  const { kind, custody, form, givenBy, legalBasis, legalBasisNote, givenOn, infoTypes, infoOther, purpose, networkSharing, withdrawnOn } = r;
  return { kind, custody, form, givenBy, legalBasis, legalBasisNote, givenOn, infoTypes, infoOther, recipients, purpose, networkSharing, withdrawnOn };
}

function childAge(ctx: ServiceContext, caseId: string): number {
  return ageThisYear(getCase(ctx, caseId).birthYear, ctx.now());
}

export function listConsents(ctx: ServiceContext, caseId: string): ConsentRecord[] {
  const age = childAge(ctx, caseId);
  const rows = prepared(ctx.db, 'SELECT * FROM consents WHERE case_id = ? ORDER BY given_on DESC, created_at DESC').all(caseId) as ConsentRow[];
  return rows.map((row) => toRecord(row, age, ctx.now()));
}

function getConsent(ctx: ServiceContext, id: string): ConsentRecord {
  const row = prepared(ctx.db, 'SELECT * FROM consents WHERE id = ?').get(id) as ConsentRow | undefined;
  if (!row) throw new KredsError('not_found', 'Samtykket findes ikke');
  return toRecord(row, childAge(ctx, row.case_id), ctx.now());
}

type Fields = Omit<Input<'consent.create'>, 'caseId'>;

/** Refuses what can never be right (dates, missing essentials); an incomplete consent may be saved and shows why it is not valid yet. */
function checkFields(ctx: ServiceContext, caseId: string, input: Fields): void {
  const fields: Record<string, string> = { ...consentDateErrors(input.givenOn, input.withdrawnOn ?? null, ctx.now()) };
  if (input.kind === 'consent' && (input.givenBy ?? []).length === 0) fields.givenBy = 'Angiv hvem der har givet samtykket';
  if (input.kind === 'legal_basis' && !input.legalBasis) fields.legalBasis = 'Vælg hjemlen for at dele uden samtykke';
  if (input.kind === 'legal_basis' && input.legalBasis === 'other' && !input.legalBasisNote?.trim()) fields.legalBasisNote = 'Beskriv hjemlen';
  if ((input.infoTypes ?? []).length === 0) fields.infoTypes = 'Vælg mindst én type oplysninger';
  if ((input.recipientIds ?? []).length === 0 && (input.recipientOrganisations ?? []).length === 0) {
    fields.recipients = 'Angiv hvem oplysningerne må deles med';
  }
  if (!input.purpose?.trim()) fields.purpose = 'Skriv formålet med at dele oplysningerne';
  const known = new Set(listParticipants(ctx, caseId, { includeArchived: true }).map((p) => p.id));
  if ((input.recipientIds ?? []).some((rid) => !known.has(rid))) fields.recipients = 'En modtager hører ikke til sagen';
  const first = Object.values(fields)[0];
  if (first) throw new KredsError('invalid_input', Object.keys(fields).length > 1 ? 'Ret de markerede felter' : first, fields);
}

function columns(input: Fields) {
  return {
    kind: input.kind,
    custody: input.custody ?? 'joint',
    form: input.form ?? 'written',
    givenBy: JSON.stringify(input.kind === 'consent' ? (input.givenBy ?? []) : []),
    legalBasis: input.kind === 'legal_basis' ? (input.legalBasis ?? null) : null,
    legalBasisNote: input.kind === 'legal_basis' ? (input.legalBasisNote ?? '') : '',
    givenOn: input.givenOn,
    infoTypes: JSON.stringify(input.infoTypes ?? []),
    infoOther: input.infoOther ?? '',
    recipientIds: JSON.stringify(input.recipientIds ?? []),
    recipientOrganisations: JSON.stringify(input.recipientOrganisations ?? []),
    purpose: input.purpose ?? '',
    networkSharing: input.networkSharing ?? '',
    withdrawnOn: input.withdrawnOn ?? null,
  };
}

function changed(ctx: ServiceContext, caseId: string): void {
  touchCase(ctx, caseId);
  ctx.emit({ type: 'consent.changed', id: caseId, origin: ctx.origin });
}

export function createConsent(ctx: ServiceContext, input: Input<'consent.create'>): ConsentRecord {
  getCase(ctx, input.caseId);
  checkFields(ctx, input.caseId, input);
  const id = newId();
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO consents (id, case_id, kind, custody, form, given_by, legal_basis, legal_basis_note, given_on, info_types, info_other,
       recipient_ids, recipient_organisations, purpose, network_sharing, withdrawn_on, created_at, updated_at)
     VALUES (@id, @caseId, @kind, @custody, @form, @givenBy, @legalBasis, @legalBasisNote, @givenOn, @infoTypes, @infoOther,
       @recipientIds, @recipientOrganisations, @purpose, @networkSharing, @withdrawnOn, @now, @now)`,
  ).run({ ...columns(input), id, caseId: input.caseId, now });
  changed(ctx, input.caseId);
  const created = getConsent(ctx, id);
  ctx.audit?.({ action: 'create', entity: 'consent', entityId: id, caseId: input.caseId, after: auditView(created), summary: consentSummary(null, consentAudit(ctx, created)) });
  return created;
}

export function updateConsent(ctx: ServiceContext, input: Input<'consent.update'>): ConsentRecord {
  const current = getConsent(ctx, input.id);
  checkFields(ctx, current.caseId, input);
  prepared(
    ctx.db,
    `UPDATE consents SET kind = @kind, custody = @custody, form = @form, given_by = @givenBy, legal_basis = @legalBasis,
       legal_basis_note = @legalBasisNote, given_on = @givenOn, info_types = @infoTypes, info_other = @infoOther,
       recipient_ids = @recipientIds, recipient_organisations = @recipientOrganisations, purpose = @purpose,
       network_sharing = @networkSharing, withdrawn_on = @withdrawnOn, updated_at = @now WHERE id = @id`,
  ).run({ ...columns(input), id: input.id, now: ctx.now().toISOString() });
  changed(ctx, current.caseId);
  const updated = getConsent(ctx, input.id);
  ctx.audit?.({
    action: input.withdrawnOn && !current.withdrawnOn ? 'withdraw' : 'update',
    entity: 'consent',
    entityId: input.id,
    caseId: current.caseId,
    before: auditView(current),
    after: auditView(updated),
    summary: consentSummary(consentAudit(ctx, current), consentAudit(ctx, updated)),
  });
  return updated;
}

export function withdrawConsent(ctx: ServiceContext, id: string, withdrawnOn: string): ConsentRecord {
  const current = getConsent(ctx, id);
  if (current.withdrawnOn) throw new KredsError('conflict', 'Samtykket er allerede trukket tilbage');
  const { kind, custody, form, givenBy, legalBasis, legalBasisNote, givenOn, infoTypes, infoOther } = current;
  const { recipientIds, recipientOrganisations, purpose, networkSharing } = current;
  const fields = { kind, custody, form, givenBy, legalBasis, legalBasisNote, givenOn, infoTypes, infoOther, recipientIds, recipientOrganisations, purpose, networkSharing };
  return updateConsent(ctx, { id, ...fields, withdrawnOn });
}

/** What the case overview shows: is there valid consent, what it covers, and who falls outside it. */
export function consentStatus(ctx: ServiceContext, caseId: string): ConsentStatus {
  const caseDetail = getCase(ctx, caseId);
  const records = listConsents(ctx, caseId);
  const valid = records.filter((r) => r.valid);
  const participants = listParticipants(ctx, caseId, { includeArchived: true });
  const nameOf = new Map(participants.map((p) => [p.id, p.name]));
  const unique = (values: string[]) => [...new Set(values.filter((v) => v.trim() !== ''))];
  const latestCustody = records.find((r) => r.kind === 'consent')?.custody ?? 'joint';
  return {
    valid: valid.length > 0,
    required: requiredGivers(ageThisYear(caseDetail.birthYear, ctx.now()), latestCustody),
    records,
    coveredInfoTypes: unique(valid.flatMap((r) => r.infoTypes)),
    coveredRecipients: unique(valid.flatMap((r) => [...r.recipientIds.map((rid) => nameOf.get(rid) ?? ''), ...r.recipientOrganisations])),
    purposes: unique(valid.map((r) => r.purpose)),
    professionalsOutsideScope: participants
      .filter((p) => p.archivedAt === null && p.group === 'professional' && !isInScope(p, valid))
      .map((p) => ({ id: p.id, name: p.name })),
    networkSharing: unique(valid.filter((r) => r.kind === 'consent').map((r) => r.networkSharing)),
  };
}

export const consentHandlers: HandlerMap<'consent.status' | 'consent.create' | 'consent.update' | 'consent.withdraw'> = {
  'consent.status': (ctx, input) => consentStatus(ctx, input.caseId),
  'consent.create': createConsent,
  'consent.update': updateConsent,
  'consent.withdraw': (ctx, input) => withdrawConsent(ctx, input.id, input.withdrawnOn),
};
