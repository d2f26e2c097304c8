import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KredsError } from '../../shared/errors';
import { createOliverCase, createTestContext, type TestContext } from '../testing';
import { consentStatus, createConsent, withdrawConsent } from './consent';
import { createParticipant } from './participants';

let ctx: TestContext;
let caseId: string;
let teacherId: string;
beforeEach(() => {
  ctx = createTestContext('2026-05-14T10:00:00');
  caseId = createOliverCase(ctx);
  teacherId = createParticipant(ctx, { caseId, name: 'Lars Berg', role: 'teacher', organisation: 'Nordby Skole' }).id;
});
afterEach(() => ctx.close());

const parents = [
  { name: 'Hanne Jensen', capacity: 'custody_holder' as const },
  { name: 'Peter Jensen', capacity: 'custody_holder' as const },
];

function consent(change: Record<string, unknown> = {}) {
  return {
    caseId,
    kind: 'consent' as const,
    givenBy: parents,
    givenOn: '2026-05-01',
    infoTypes: ['school' as const, 'development' as const],
    recipientIds: [teacherId],
    purpose: 'Samarbejde om Olivers fremmøde i skolen',
    networkSharing: 'At Oliver har svært ved at komme i skole, og hvad vi aftaler.',
    ...change,
  };
}

describe('consent', () => {
  it('shows no valid consent until one is recorded, then what it covers', () => {
    expect(consentStatus(ctx, caseId)).toMatchObject({ valid: false, professionalsOutsideScope: [{ name: 'Lars Berg' }] });
    createConsent(ctx, consent());
    const status = consentStatus(ctx, caseId);
    expect(status).toMatchObject({
      valid: true,
      coveredInfoTypes: ['school', 'development'],
      coveredRecipients: ['Lars Berg'],
      professionalsOutsideScope: [],
      networkSharing: ['At Oliver har svært ved at komme i skole, og hvad vi aftaler.'],
      required: { youngPerson: false, custodyHolders: 2 },
    });
  });

  it('warns about a professional added outside the consent', () => {
    createConsent(ctx, consent());
    createParticipant(ctx, { caseId, name: 'Sara Lund', role: 'ppr_psychologist', organisation: 'PPR Nordby' });
    expect(consentStatus(ctx, caseId).professionalsOutsideScope.map((p) => p.name)).toEqual(['Sara Lund']);
    createConsent(ctx, consent({ recipientIds: [], recipientOrganisations: ['PPR Nordby'], givenOn: '2026-05-02' }));
    expect(consentStatus(ctx, caseId).professionalsOutsideScope).toEqual([]);
  });

  it('saves a consent with one parent under joint custody but says it is not valid yet', () => {
    const record = createConsent(ctx, consent({ givenBy: [parents[0]] }));
    expect(record.problems).toEqual(['missing_custody_holder']);
    expect(consentStatus(ctx, caseId).valid).toBe(false);
  });

  it('refuses a consent date in the future and missing essentials, saving nothing', () => {
    let error: KredsError | undefined;
    try {
      createConsent(ctx, consent({ givenOn: '2026-05-15', infoTypes: [], purpose: '' }));
    } catch (e) {
      error = e as KredsError;
    }
    expect(error?.fields).toMatchObject({ givenOn: expect.stringMatching(/fremtiden/), infoTypes: expect.any(String), purpose: expect.any(String) });
    expect(consentStatus(ctx, caseId).records).toEqual([]);
  });

  it('refuses a recipient who is not on the case', () => {
    let error: KredsError | undefined;
    try {
      createConsent(ctx, consent({ recipientIds: [crypto.randomUUID()] }));
    } catch (e) {
      error = e as KredsError;
    }
    expect(error?.fields?.recipients).toMatch(/hører ikke til sagen/);
  });

  it('records sharing without consent with its legal basis', () => {
    createConsent(ctx, consent({ kind: 'legal_basis', givenBy: [], legalBasis: 'duty_to_report' }));
    expect(consentStatus(ctx, caseId).records[0]).toMatchObject({ kind: 'legal_basis', legalBasis: 'duty_to_report', valid: true });
  });

  it('a withdrawn consent no longer counts', () => {
    const record = createConsent(ctx, consent());
    withdrawConsent(ctx, record.id, '2026-05-14');
    expect(consentStatus(ctx, caseId)).toMatchObject({ valid: false, records: [{ withdrawnOn: '2026-05-14', problems: ['withdrawn'] }] });
  });
});
