import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  BUNDLE_TABLES,
  bundlePayloadSchema,
  bundleProblems,
  bundleRowCount,
  previewOf,
  withoutConfidential,
  type BundleCell,
  type BundlePayload,
  type BundleRow,
} from '../../shared/domain/bundle';
import type { BundleExport, BundleImportResult } from '../../shared/contract/bundle';
import { bundleExportSummary, bundleImportSummary } from '../../shared/domain/bundleAudit';
import { toIsoDay } from '../../shared/domain/dates';
import { KredsError } from '../../shared/errors';
import { encryptBundle, openBundle } from './bundleCrypto';
import { getCase } from './cases';
import type { HandlerMap, Prepared, PreparerMap, ServiceContext } from './context';

/**
 * Case bundles (sagspakker): export one case with everything in it, import it on another installation. Import is
 * all or nothing: it runs inside the host's single transaction, and every check happens before the first write.
 */
const APP_VERSION = '0.1.0';

function columnsOf(ctx: ServiceContext, table: string): Set<string> {
  return new Set((ctx.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name));
}

/** SQL selecting the ids of `table` that belong to the case (through its parents), for the children's WHERE. */
function idsOf(table: string): string {
  const entry = BUNDLE_TABLES.find((t) => t.table === table)!;
  if (table === 'cases') return 'SELECT @caseId';
  const { link } = entry;
  return 'parent' in link ? `SELECT id FROM ${table} WHERE ${link.column} IN (${idsOf(link.parent)})` : `SELECT id FROM ${table} WHERE ${link.column} = @caseId`;
}

/** BLOB columns (pictures) travel as `{ blob: base64 }` and come back as bytes. */
function toBundleRow(row: Record<string, unknown>): BundleRow {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? { blob: value.toString('base64') } : (value as BundleCell)]));
}

function fromBundleRow(row: BundleRow): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value !== null && typeof value === 'object' ? Buffer.from(value.blob, 'base64') : value]));
}

export function collectCase(ctx: ServiceContext, caseId: string): BundlePayload['cases'][number] {
  const detail = getCase(ctx, caseId);
  const tables: Record<string, BundleRow[]> = {};
  for (const { table, link } of BUNDLE_TABLES) {
    const columns = columnsOf(ctx, table);
    if (!columns.size) continue;
    const where = table === 'cases' ? 'id = @caseId' : 'parent' in link ? `${link.column} IN (${idsOf(link.parent)})` : `${link.column} = @caseId`;
    const rows = ctx.db.prepare(`SELECT * FROM ${table} WHERE ${where}`).all({ caseId }) as Record<string, unknown>[];
    tables[table] = rows.map(toBundleRow);
  }
  return { id: caseId, childName: detail.childName, tables };
}

export function exportBundle(ctx: ServiceContext, input: { caseId: string; passphrase: string; includeConfidential?: boolean }): BundleExport {
  const everything = collectCase(ctx, input.caseId);
  const withConfidential = input.includeConfidential === true;
  const bundleCase = withConfidential ? everything : withoutConfidential(everything);
  const payload: BundlePayload = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exportedAt: ctx.now().toISOString(),
    appVersion: APP_VERSION,
    cases: [bundleCase],
  };
  const content = encryptBundle(payload, input.passphrase);
  ctx.audit?.({
    action: 'export',
    entity: 'case',
    entityId: input.caseId,
    caseId: input.caseId,
    fields: [],
    summary: bundleExportSummary(withConfidential, bundleRowCount(bundleCase)),
  });
  // The file name carries no child's name: file names travel in mail subjects and download lists.
  return { fileName: `kreds-sagspakke-${toIsoDay(ctx.now())}.kreds`, content, bytes: Buffer.byteLength(content) };
}

type BundleFileInput = Prepared<{ file: string; passphrase: string }>;

/**
 * Opening the file (key derivation, decryption, unpacking) is slow and happens before the call's transaction, off the
 * main thread (KredsHost runs the preparer); the handler gets the opened payload as `prepared`.
 */
export const bundlePreparers: PreparerMap<'bundle.preview' | 'bundle.import'> = {
  'bundle.preview': (input) => openBundle(input.file, input.passphrase),
  'bundle.import': (input) => openBundle(input.file, input.passphrase),
};

/** Validates the opened payload against the schema and the structure rules, and checks it fits this database. */
function readBundle(ctx: ServiceContext, input: BundleFileInput): BundlePayload {
  if (!('prepared' in input)) throw new KredsError('internal', 'Sagspakken blev ikke åbnet før importen');
  const raw = input.prepared as { schemaVersion?: unknown };
  if (typeof raw?.schemaVersion === 'number' && raw.schemaVersion > BUNDLE_SCHEMA_VERSION) {
    throw new KredsError('invalid_input', `Sagspakken er lavet med en nyere version af Kreds. Opdater Kreds, og prøv igen. Intet er importeret.`);
  }
  const parsed = bundlePayloadSchema.safeParse(raw);
  if (!parsed.success) throw new KredsError('invalid_input', 'Sagspakken følger ikke formatet og kan ikke importeres. Intet er importeret.');
  const problems = bundleProblems(parsed.data);
  if (problems.length) throw new KredsError('invalid_input', `Sagspakken hænger ikke sammen: ${problems[0]}. Intet er importeret.`);
  for (const bundleCase of parsed.data.cases) {
    if (ctx.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(bundleCase.id)) {
      throw new KredsError('conflict', `Sagen ${bundleCase.childName} findes allerede på denne computer (samme sags-id). Intet er importeret.`);
    }
    for (const [table, rows] of Object.entries(bundleCase.tables)) {
      const columns = columnsOf(ctx, table);
      const unknown = !columns.size ? table : [...new Set(rows!.flatMap((r) => Object.keys(r)))].find((c) => !columns.has(c));
      if (unknown) {
        throw new KredsError('invalid_input', `Sagspakken indeholder oplysninger, denne version af Kreds ikke kender (${unknown}). Opdater Kreds, og prøv igen. Intet er importeret.`);
      }
    }
  }
  return parsed.data;
}

export function previewBundle(ctx: ServiceContext, input: BundleFileInput) {
  return previewOf(readBundle(ctx, input));
}

export function importBundle(ctx: ServiceContext, input: BundleFileInput): BundleImportResult {
  const payload = readBundle(ctx, input);
  // Rows within a table may refer to each other (sub-goals, carried agreements): check keys at commit, not per row.
  ctx.db.pragma('defer_foreign_keys = ON');
  try {
    for (const bundleCase of payload.cases) {
      for (const { table } of BUNDLE_TABLES) {
        for (const row of bundleCase.tables[table] ?? []) {
          const columns = Object.keys(row);
          ctx.db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(fromBundleRow(row));
        }
      }
      ctx.emit({ type: 'cases.changed', id: bundleCase.id, origin: ctx.origin });
      const meetings = bundleCase.tables.meetings?.length ?? 0;
      ctx.audit?.({
        action: 'import',
        entity: 'case',
        entityId: bundleCase.id,
        caseId: bundleCase.id,
        fields: [],
        summary: bundleImportSummary(bundleRowCount(bundleCase), meetings, payload.exportedAt),
      });
    }
    const broken = ctx.db.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new KredsError('invalid_input', 'Sagspakken henviser til oplysninger, der ikke er med i filen. Intet er importeret.');
  } catch (error) {
    if (error instanceof KredsError) throw error;
    throw new KredsError('invalid_input', 'Sagspakken strider mod reglerne for data i Kreds og kan ikke importeres. Intet er importeret.');
  }
  return { cases: payload.cases.map((c) => ({ id: c.id, childName: c.childName })) };
}

export const bundleHandlers: HandlerMap<'bundle.export' | 'bundle.preview' | 'bundle.import'> = {
  'bundle.export': exportBundle,
  'bundle.preview': previewBundle,
  'bundle.import': importBundle,
};
