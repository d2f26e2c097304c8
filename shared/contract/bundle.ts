import { z } from 'zod';
import type { BundlePreview } from '../domain/bundle';
import { channel } from './define';

/** The file travels as text (the bundle is a JSON envelope); a little over 50 MB so the service gives the Danish message. */
const file = z.string().max(60 * 1024 * 1024);
const passphrase = z.string().max(500);

export interface BundleExport {
  fileName: string;
  content: string;
  bytes: number;
}

export interface BundleImportResult {
  cases: { id: string; childName: string }[];
}

export const bundleContract = {
  /** includeConfidential: the fortroligt notes and map items travel only when the user ticks the box (default off). */
  'bundle.export': channel<BundleExport>()(z.object({ caseId: z.string().uuid(), passphrase, includeConfidential: z.boolean().optional() }).strict()),
  'bundle.preview': channel<BundlePreview>()(z.object({ file, passphrase }).strict()),
  'bundle.import': channel<BundleImportResult>()(z.object({ file, passphrase }).strict()),
};
