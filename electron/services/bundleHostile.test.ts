import { afterAll, describe, expect, it } from 'vitest';
import { createTestHost } from '../testing';
import crypto from 'node:crypto';
import { encryptBundle, MAX_UNPACKED_BYTES, MESSAGES } from './bundleCrypto';

/** Bundles made to hurt the host: they cost nothing, change nothing and get a Danish message. */
const PASSPHRASE = 'grøn hest ved åen';
const t = createTestHost();
const colleague = createTestHost();
afterAll(() => {
  t.close();
  colleague.close();
});

async function exported(): Promise<string> {
  const created = await colleague.host.call('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' });
  const out = await colleague.host.call('bundle.export', { caseId: (created as { value: { id: string } }).value.id, passphrase: PASSPHRASE });
  return (out as { value: { content: string } }).value.content;
}

function withKdf(file: string, kdf: Record<string, number>): string {
  const envelope = JSON.parse(file) as { kdf: object };
  return JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, ...kdf } });
}

const caseCount = () => (t.host.db!.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;

describe('hostile case bundles', () => {
  it.each([
    ['scrypt settings that block for seconds (N=2^17, r=15, p=4)', { N: 2 ** 17, r: 15, p: 4 }],
    ['scrypt settings beyond its memory limit (r=16)', { r: 16 }],
    ['a cheaper setting than Kreds writes (N=2)', { N: 2 }],
  ])('refuses %s at once, before deriving any key', async (_label, kdf) => {
    const file = withKdf(await exported(), kdf);
    const before = caseCount();
    const started = performance.now();
    const answer = await t.host.call('bundle.import', { file, passphrase: PASSPHRASE });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(answer).toEqual({ ok: false, error: { code: 'invalid_input', message: MESSAGES.unknownKdf } });
    expect(caseCount()).toBe(before);
  });

  it('stops unpacking a bundle that grows past the limit (a small file that unpacks to tens of MB)', async () => {
    const bomb = encryptBundle({ format: 'kreds-case-bundle', padding: '0'.repeat(MAX_UNPACKED_BYTES + 1024) }, PASSPHRASE);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = caseCount();
    for (const channel of ['bundle.preview', 'bundle.import']) {
      expect(await t.host.call(channel, { file: bomb, passphrase: PASSPHRASE })).toEqual({ ok: false, error: { code: 'invalid_input', message: MESSAGES.tooLargeUnpacked } });
    }
    expect(caseCount()).toBe(before);
  });

  it('derives the key off the main thread: the host keeps answering timers while four bundles are opened', async () => {
    const file = await exported();
    // One key derivation with Kreds's settings, on this machine under its present load.
    const one = performance.now();
    crypto.scryptSync('x', Buffer.alloc(16), 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const derivation = performance.now() - one;
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    last = performance.now();
    const answers = await Promise.all([1, 2, 3, 4].map(() => t.host.call('bundle.preview', { file, passphrase: PASSPHRASE })));
    clearInterval(ticker);
    longest = Math.max(longest, performance.now() - last);
    expect(answers.every((a) => a.ok)).toBe(true);
    // Four derivations on the main thread would stall it for four derivations in a row.
    expect(longest).toBeLessThan(2 * derivation);
  });
});
