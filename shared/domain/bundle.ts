/**
 * The case bundle (sagspakke): one case, everything in it, as versioned JSON that moves between colleagues'
 * installations. The bundle carries rows table by table, so it follows the database the slices define; the
 * encryption (scrypt + AES-256-GCM) lives in the Node service, not here.
 */
import { z } from 'zod';
import { MAX_IMAGE_BASE64 } from './images';

export const BUNDLE_FORMAT = 'kreds-case-bundle';
/** Raised when the bundle's shape changes; an installation refuses bundles newer than it knows. */
export const BUNDLE_SCHEMA_VERSION = 1;
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;
export const MIN_PASSPHRASE_LENGTH = 10;
export const BUNDLE_FILE_EXTENSION = '.kreds';

/** How a table's rows belong to a case: directly by case id, or through a parent table's id. */
export type TableLink = { column: string } | { column: string; parent: string };

/**
 * Every table that holds a case's data, parents before children. Search index rows are not carried: the
 * receiving database's triggers rebuild them. Tables missing on either side are simply absent from the bundle.
 */
export const BUNDLE_TABLES: { table: string; link: TableLink }[] = [
  { table: 'cases', link: { column: 'id' } },
  { table: 'participants', link: { column: 'case_id' } },
  { table: 'contact_person_history', link: { column: 'case_id' } },
  { table: 'consents', link: { column: 'case_id' } },
  { table: 'network_map_nodes', link: { column: 'case_id' } },
  { table: 'network_map_versions', link: { column: 'case_id' } },
  { table: 'meetings', link: { column: 'case_id' } },
  { table: 'meeting_phases', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'meeting_attendance', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'meeting_notes', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'meeting_task_drafts', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'meeting_edits', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'map_starts', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'map_items', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'scaling_questions', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'scaling_scores', link: { column: 'question_id', parent: 'scaling_questions' } },
  { table: 'house_items', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'meeting_wellbeing', link: { column: 'meeting_id', parent: 'meetings' } },
  { table: 'case_map_wording', link: { column: 'case_id' } },
  { table: 'goals', link: { column: 'case_id' } },
  { table: 'goal_progress', link: { column: 'goal_id', parent: 'goals' } },
  { table: 'plans', link: { column: 'case_id' } },
  { table: 'agreements', link: { column: 'case_id' } },
  { table: 'agreement_reviews', link: { column: 'agreement_id', parent: 'agreements' } },
  { table: 'case_cadences', link: { column: 'case_id' } },
  { table: 'followups', link: { column: 'case_id' } },
  { table: 'followup_reminders', link: { column: 'followup_id', parent: 'followups' } },
  { table: 'safety_network_members', link: { column: 'case_id' } },
  { table: 'safety_plans', link: { column: 'case_id' } },
  { table: 'safety_plan_stages', link: { column: 'case_id' } },
  { table: 'safety_plan_rules', link: { column: 'case_id' } },
  { table: 'safety_plan_reviews', link: { column: 'rule_id', parent: 'safety_plan_rules' } },
  { table: 'safety_plan_versions', link: { column: 'case_id' } },
  { table: 'child_stories', link: { column: 'case_id' } },
  { table: 'child_story_images', link: { column: 'case_id' } },
  { table: 'child_story_pages', link: { column: 'case_id' } },
  { table: 'child_story_versions', link: { column: 'case_id' } },
  { table: 'shared_screen_pages', link: { column: 'case_id' } },
];

const KNOWN_TABLES = BUNDLE_TABLES.map((t) => t.table) as [string, ...string[]];

/** A BLOB (Barnets bog's pictures) travels as base64 in an object of its own, so it is never mistaken for text. */
const blobCell = z.object({ blob: z.string().max(MAX_IMAGE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict();
const cell = z.union([z.string().max(5_000_000), z.number(), z.null(), blobCell]);
const row = z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/).max(64), cell);

export const bundleCaseSchema = z
  .object({
    id: z.string().min(1).max(64),
    childName: z.string().max(200),
    tables: z.partialRecord(z.enum(KNOWN_TABLES), z.array(row).max(200_000)),
  })
  .strict();

export const bundlePayloadSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
    exportedAt: z.string().max(40),
    appVersion: z.string().max(40),
    cases: z.array(bundleCaseSchema).min(1).max(500),
  })
  .strict();

export type BundlePayload = z.infer<typeof bundlePayloadSchema>;
export type BundleCase = z.infer<typeof bundleCaseSchema>;
export type BundleCell = string | number | null | { blob: string };
export type BundleRow = Record<string, BundleCell>;

/** What the import dialog shows before anything is written. */
export interface BundlePreview {
  exportedAt: string;
  cases: { id: string; childName: string; counts: { table: string; rows: number }[] }[];
}

export function previewOf(payload: BundlePayload): BundlePreview {
  return {
    exportedAt: payload.exportedAt,
    cases: payload.cases.map((c) => ({
      id: c.id,
      childName: c.childName,
      counts: Object.entries(c.tables).map(([table, rows]) => ({ table, rows: rows?.length ?? 0 })),
    })),
  };
}

/**
 * Structural problems the schema cannot see: every row must belong to its case (directly or through a parent row
 * in the same bundle), the case row must be there, and no case id may appear twice. Returns Danish messages.
 */
export function bundleProblems(payload: BundlePayload): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const bundleCase of payload.cases) {
    if (seen.has(bundleCase.id)) problems.push(`Sagen ${bundleCase.childName} findes to gange i filen`);
    seen.add(bundleCase.id);
    const caseRows = bundleCase.tables.cases ?? [];
    if (caseRows.length !== 1 || caseRows[0]!.id !== bundleCase.id) problems.push(`Sagen ${bundleCase.childName} mangler sine grundoplysninger`);
    const idsByTable = new Map<string, Set<unknown>>([['cases', new Set([bundleCase.id])]]);
    for (const { table, link } of BUNDLE_TABLES) {
      const rows = bundleCase.tables[table];
      if (!rows) continue;
      const parentIds = 'parent' in link ? idsByTable.get(link.parent) ?? new Set() : new Set([bundleCase.id]);
      const stray = rows.filter((r) => !parentIds.has(r[link.column]));
      if (table !== 'cases' && stray.length) problems.push(`${stray.length} rækker i ${table} hører ikke til sagen ${bundleCase.childName}`);
      idsByTable.set(table, new Set(rows.map((r) => r.id)));
    }
  }
  return problems;
}

/**
 * The case without its fortroligt content (the default export): confidential notes and map items are left out,
 * links to a left-out item (a pairing, an agreement, goal or safety-plan rule made from it) are cleared, and the
 * safety plan's professional notes on rules and reviews are emptied (the rule itself is the family's).
 */
export function withoutConfidential(bundleCase: BundleCase): BundleCase {
  const tables = { ...bundleCase.tables };
  if (tables.meeting_notes) tables.meeting_notes = tables.meeting_notes.filter((r) => r.kind !== 'confidential');
  const left = new Set((tables.map_items ?? []).filter((r) => r.confidential === 1).map((r) => r.id));
  // Links to a left-out item are cleared: an id alone says nothing, but a dangling one would puzzle the receiver.
  const unlink = (rows: BundleRow[] | undefined, column: string) => rows?.map((r) => (left.has(r[column] as string) ? { ...r, [column]: null } : r));
  if (tables.map_items) tables.map_items = unlink(tables.map_items.filter((r) => !left.has(r.id as string)), 'paired_goal_id');
  if (tables.agreements) tables.agreements = unlink(tables.agreements, 'map_item_id');
  if (tables.goals) tables.goals = unlink(tables.goals, 'safety_goal_id');
  if (tables.safety_plan_rules) tables.safety_plan_rules = unlink(tables.safety_plan_rules, 'map_item_id')!.map((r) => ({ ...r, professional_note: '' }));
  if (tables.safety_plan_reviews) tables.safety_plan_reviews = tables.safety_plan_reviews.map((r) => ({ ...r, professional_note: '' }));
  return { ...bundleCase, tables };
}

/** How many rows a bundle adds, for the audit entry of an import (a count, never the content). */
export function bundleRowCount(bundleCase: BundleCase): number {
  return Object.values(bundleCase.tables).reduce((sum, rows) => sum + (rows?.length ?? 0), 0);
}
