import type { CadenceView } from '../../shared/contract/followups';
import { defaultCadenceFor } from '../../shared/domain/caseDefaults';
import type { CaseType } from '../../shared/domain/cases';
import { DEFAULT_CADENCE, type CadencePreset } from '../../shared/domain/followups';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';

/** The case's cadence: the one chosen for it, or (never chosen) its case type's default (caseDefaults.ts). */
export function cadenceFor(ctx: ServiceContext, caseId: string): CadenceView {
  const row = prepared(ctx.db, 'SELECT * FROM case_cadences WHERE case_id = ?').get(caseId) as
    | { preset: CadencePreset; override_weeks: number | null; reason: string; support_start_date: string | null }
    | undefined;
  if (!row) {
    const type = prepared(ctx.db, 'SELECT case_type AS caseType FROM cases WHERE id = ?').get(caseId) as { caseType: CaseType } | undefined;
    return { ...(type ? defaultCadenceFor(type.caseType) : DEFAULT_CADENCE), isDefault: true };
  }
  return { preset: row.preset, overrideWeeks: row.override_weeks, reason: row.reason, supportStartDate: row.support_start_date, isDefault: false };
}

