/**
 * The case bundle's lines in the audit trail (written under the case): a bundle exported, with or without the
 * fortrolige parts, and imported; how much, never what. What may be written is audit.ts's rule.
 */
import type { CapabilityAudit } from './audit';
import { formatDate } from './dates';

export const bundleAudit: CapabilityAudit = { capability: 'bundle', entities: ['case'] };

export const bundleExportSummary = (withConfidential: boolean, rows: number) =>
  `Sagspakke eksporteret ${withConfidential ? 'MED' : 'uden'} fortrolige oplysninger (${rows} oplysninger i alt)`;

export const bundleImportSummary = (rows: number, meetings: number, exportedAt: string) =>
  `Sagspakke importeret: ${rows} oplysninger i alt (møder: ${meetings}), eksporteret ${formatDate(exportedAt)}`;
