import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_SCHEMA_VERSION, BUNDLE_TABLES, MAX_BUNDLE_BYTES } from '../../shared/domain/bundle';
import { createTestContext, type TestContext } from '../testing';
import { collectCase, exportBundle, importBundle, previewBundle } from './bundle';
import { encryptBundle, MESSAGES, openBundle } from './bundleCrypto';
import { writeCaseHistory } from './caseHistory';
import { createCase } from './cases';
import { oliverHistory } from './demoHistory';
import { search } from './search';

const PASSPHRASE = 'grøn hest ved åen';
let source: TestContext;
let target: TestContext;
let caseId: string;
let file: string;

/** As the host runs every call: one transaction, rolled back on any error. */
const inTransaction = <T>(ctx: TestContext, fn: () => T): T => ctx.db.transaction(fn)();
/** As the host does before the transaction: the file opened off the main thread (bundlePreparers). */
const opened = async (file: string, passphrase: string) => ({ file, passphrase, prepared: await openBundle(file, passphrase) });
const importInto = async (ctx: TestContext, file: string, passphrase = PASSPHRASE) => {
  const input = await opened(file, passphrase);
  return inTransaction(ctx, () => importBundle(ctx, input));
};

function rowCounts(ctx: TestContext): Record<string, number> {
  const tables = ctx.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%'`).all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (ctx.db.prepare(`SELECT count(*) AS n FROM ${name}`).get() as { n: number }).n]));
}

beforeAll(() => {
  source = createTestContext('2026-05-14T10:00:00');
  target = createTestContext('2026-05-20T10:00:00');
  caseId = createCase(source, { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' }).id;
  writeCaseHistory(source, oliverHistory(caseId, new Date(2026, 4, 14)));
  file = exportBundle(source, { caseId, passphrase: PASSPHRASE, includeConfidential: true }).content;
});
afterAll(() => {
  source.close();
  target.close();
});

describe('moving a case to a colleague as an encrypted bundle', () => {
  it('keeps nothing readable in the file', () => {
    expect(file).not.toContain('Oliver');
    expect(file).not.toContain('alkohol');
    expect(JSON.parse(file)).toMatchObject({ kind: 'kreds-case-bundle', schemaVersion: BUNDLE_SCHEMA_VERSION, kdf: { name: 'scrypt' }, cipher: { name: 'aes-256-gcm' } });
  });

  it('previews what will be added without writing anything', async () => {
    const before = rowCounts(target);
    const preview = previewBundle(target, await opened(file, PASSPHRASE));
    expect(preview.cases[0]!.childName).toBe('Oliver');
    expect(preview.cases[0]!.counts.find((c) => c.table === 'meetings')?.rows).toBe(4);
    expect(rowCounts(target)).toEqual(before);
  });

  it('imports into a fresh installation as an identical case, searchable there', async () => {
    await importInto(target, file);
    expect(collectCase(target, caseId)).toEqual(collectCase(source, caseId));
    expect(search(target, { text: 'morgenerne', includeConfidential: true, limit: 10 }).count).toBeGreaterThan(0);
  });

  it.each([
    ['a wrong passphrase', () => file, 'forkert adgangskode', MESSAGES.wrongPassphrase],
    ['a truncated file', () => file.slice(0, file.length / 2), '', MESSAGES.notBundle],
    ['a tampered file', () => tamper(file), '', MESSAGES.tampered],
    ['a changed header', () => file.replace('"version":1', '"version":0'), '', MESSAGES.tampered],
    ['a bundle from a newer Kreds', () => file.replace(`"schemaVersion":${BUNDLE_SCHEMA_VERSION}`, `"schemaVersion":${BUNDLE_SCHEMA_VERSION + 1}`), '', MESSAGES.newer(BUNDLE_SCHEMA_VERSION + 1)],
    ['a file over 50 MB', () => ' '.repeat(MAX_BUNDLE_BYTES + 1), '', MESSAGES.tooLarge],
    ['something that is not a bundle', () => '{"hello":"world"}', '', MESSAGES.notBundle],
  ])('refuses %s with a clear Danish message and changes nothing', async (_label, makeFile, passphrase, message) => {
    const fresh = createTestContext();
    try {
      const before = rowCounts(fresh);
      await expect(importInto(fresh, makeFile(), passphrase || PASSPHRASE)).rejects.toThrow(message);
      expect(rowCounts(fresh)).toEqual(before);
    } finally {
      fresh.close();
    }
  });

  it('refuses a case that already exists (same id) and changes nothing', async () => {
    const before = rowCounts(source);
    await expect(importInto(source, file)).rejects.toThrow('findes allerede på denne computer');
    expect(rowCounts(source)).toEqual(before);
  });

  it('imports all or nothing when a row breaks the database’s rules halfway', async () => {
    const payload = JSON.parse(JSON.stringify({ ...basePayload(), cases: [collectCase(source, caseId)] }));
    payload.cases[0].tables.agreements.at(-1).status = 'glemt';
    const broken = encryptBundle(payload, PASSPHRASE);
    const fresh = createTestContext();
    try {
      const before = rowCounts(fresh);
      await expect(importInto(fresh, broken)).rejects.toThrow('Intet er importeret');
      expect(rowCounts(fresh)).toEqual(before);
    } finally {
      fresh.close();
    }
  });

  it('refuses a passphrase shorter than 10 characters at export', () => {
    expect(() => exportBundle(source, { caseId, passphrase: 'kort' })).toThrow(MESSAGES.shortPassphrase);
  });

  it('carries every table that holds case data (a new table must be added to the bundle or excluded here)', () => {
    // Rebuilt by triggers; this installation's own; the audit log is a hash chain of *this* installation's changes.
    const excluded = new Set(['search_docs', 'schema_migrations', 'settings', 'meeting_templates', 'audit_log', 'audit_summaries', 'sqlite_sequence']);
    const tables = source.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%'`).all() as { name: string }[];
    const known = new Set(BUNDLE_TABLES.map((t) => t.table));
    expect(tables.map((t) => t.name).filter((name) => !known.has(name) && !excluded.has(name))).toEqual([]);
  });
});

function basePayload() {
  return { format: 'kreds-case-bundle', schemaVersion: BUNDLE_SCHEMA_VERSION, exportedAt: '2026-05-14T10:00:00.000Z', appVersion: '0.1.0' };
}

function tamper(text: string): string {
  const envelope = JSON.parse(text) as { data: string };
  const bytes = Buffer.from(envelope.data, 'base64');
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = bytes[middle]! ^ 0xff;
  return JSON.stringify({ ...envelope, data: bytes.toString('base64') });
}
