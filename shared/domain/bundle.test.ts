import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, bundlePayloadSchema, bundleProblems, previewOf, type BundlePayload } from './bundle';

function payload(overrides: Partial<BundlePayload['cases'][number]> = {}): BundlePayload {
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exportedAt: '2026-03-02T09:00:00.000Z',
    appVersion: '0.1.0',
    cases: [
      {
        id: 'c1',
        childName: 'Oliver',
        tables: {
          cases: [{ id: 'c1', child_name: 'Oliver' }],
          meetings: [{ id: 'm1', case_id: 'c1' }],
          map_items: [{ id: 'i1', meeting_id: 'm1', text: 'Morgenerne' }],
        },
        ...overrides,
      },
    ],
  };
}

describe('the case bundle format', () => {
  it('accepts a well-formed bundle and previews what will be added', () => {
    expect(bundlePayloadSchema.safeParse(payload()).success).toBe(true);
    expect(bundleProblems(payload())).toEqual([]);
    expect(previewOf(payload()).cases[0]!.counts).toEqual([
      { table: 'cases', rows: 1 },
      { table: 'meetings', rows: 1 },
      { table: 'map_items', rows: 1 },
    ]);
  });

  it.each([
    ['an unknown table', { ...payload(), cases: [{ ...payload().cases[0]!, tables: { secrets: [] } }] }],
    ['a nested object as a value', { ...payload(), cases: [{ ...payload().cases[0]!, tables: { cases: [{ id: { x: 1 } }] } }] }],
    ['a column name that could be SQL', { ...payload(), cases: [{ ...payload().cases[0]!, tables: { cases: [{ 'id; DROP TABLE cases': 'x' }] } }] }],
    ['another format', { ...payload(), format: 'zip' }],
    ['a newer schema version', { ...payload(), schemaVersion: BUNDLE_SCHEMA_VERSION + 1 }],
    ['no cases', { ...payload(), cases: [] }],
    ['an extra field', { ...payload(), extra: true }],
  ])('the schema refuses %s', (_label, value) => expect(bundlePayloadSchema.safeParse(value).success).toBe(false));

  it.each([
    ['a case id twice', { ...payload(), cases: [payload().cases[0]!, payload().cases[0]!] }, 'findes to gange'],
    ['a meeting of another case', payload({ tables: { cases: [{ id: 'c1' }], meetings: [{ id: 'm1', case_id: 'c2' }] } }), 'hører ikke til sagen'],
    ['a map item of a meeting not in the bundle', payload({ tables: { cases: [{ id: 'c1' }], map_items: [{ id: 'i1', meeting_id: 'mX' }] } }), 'hører ikke til sagen'],
    ['no case row', payload({ tables: { meetings: [] } }), 'mangler sine grundoplysninger'],
  ])('finds %s', (_label, value, message) => expect(bundleProblems(value).join(' ')).toContain(message));
});
