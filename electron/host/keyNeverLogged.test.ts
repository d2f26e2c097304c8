import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KredsHost } from './core';

/**
 * The crash path: an unexpected internal error is logged with its stack. Neither that log line nor the answer the
 * renderer gets may carry the database key (the e2e test in security.spec.ts covers start-up failures and the page).
 */
describe('the database key in crash output', () => {
  it('is in no log line and no error answer when the host hits an internal error', async () => {
    const key = 'probe-key-crash-7d41c0';
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-keylog-'));
    const lines: string[] = [];
    const host = new KredsHost({ kind: 'browser', version: 'test', dataDir, key, openExternal: () => undefined, log: (line) => lines.push(line) });
    try {
      await host.call('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' });
      host.db!.exec('ALTER TABLE cases RENAME TO cases_gone'); // a database in a state no service expects
      const answers = [await host.call('cases.list', {}), await host.call('cases.create', { childName: 'Sofie', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' })];
      expect(answers.some((a) => !a.ok && a.error.code === 'internal')).toBe(true);
      expect(lines.some((l) => l.includes('intern fejl'))).toBe(true);
      for (const text of [...lines, JSON.stringify(answers)]) expect(text).not.toContain(key);
    } finally {
      host.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
