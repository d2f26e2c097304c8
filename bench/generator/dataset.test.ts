import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../electron/services/audit';
import { openDatabase } from '../../electron/db/connection';
import { generateDataset, scaledOptions, type DatasetManifest } from './dataset';

const KEY = 'generator-test-key';
const dirs: string[] = [];

function generate(seed: number, factor: number): { manifest: DatasetManifest; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-gen-'));
  dirs.push(dir);
  return { manifest: generateDataset(dir, KEY, scaledOptions(seed, factor)), dir };
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the bench data set generator (0.5 % and 1 % of municipal scale)', () => {
  const first = generate(7, 0.005);

  it('writes the asked-for shape through the services: cases, meetings, twelve people per case, agreements, goals', () => {
    const { counts, options } = first.manifest;
    expect(counts.cases).toBe(options.cases);
    expect(counts.meetings).toBe(options.meetings);
    expect(counts.participants).toBe(12 * options.cases);
    expect(counts.goals).toBe(options.goalsPerCase * options.cases);
    expect(counts.agreements).toBeGreaterThan(options.agreements * 0.85);
    expect(counts.agreements).toBeLessThan(options.agreements * 1.15);
    expect(counts.heldMeetings).toBeLessThan(counts.meetings);
    expect(counts.noteWords).toBeGreaterThan(options.noteWords * 0.9);
    // The FTS triggers indexed it and every call is in the audit trail, with an intact hash chain.
    expect(counts.searchDocs).toBeGreaterThan(counts.mapItems);
    expect(counts.auditEntries).toBeGreaterThan(counts.meetings * 10);
    const { db } = openDatabase(first.dir, KEY);
    try {
      expect(verifyAudit(db).ok).toBe(true);
      const largest = db.prepare('SELECT count(*) FROM meetings WHERE case_id = ?').pluck().get(first.manifest.largestCaseId);
      expect(largest).toBe(first.manifest.options.largestCaseMeetings);
      const confidential = db.prepare(`SELECT count(*) FROM meeting_notes WHERE kind = 'confidential'`).pluck().get() as number;
      expect(confidential).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  }, 120_000);

  it('gives the same counts and the same content for the same seed, and different content for another seed', () => {
    const again = generate(7, 0.005);
    expect(again.manifest.counts).toEqual(first.manifest.counts);
    expect(again.manifest.contentHash).toBe(first.manifest.contentHash);
    expect(generate(8, 0.005).manifest.contentHash).not.toBe(first.manifest.contentHash);
  }, 120_000);

  it('scales: twice the factor gives twice the cases and meetings and about twice the words', () => {
    const double = generate(7, 0.01).manifest;
    expect(double.counts.cases).toBe(2 * first.manifest.counts.cases);
    expect(double.counts.meetings).toBe(2 * first.manifest.counts.meetings);
    expect(double.counts.noteWords / first.manifest.counts.noteWords).toBeGreaterThan(1.7);
    expect(double.counts.noteWords / first.manifest.counts.noteWords).toBeLessThan(2.3);
  }, 120_000);
});
