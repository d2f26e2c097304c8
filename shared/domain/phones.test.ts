import { describe, expect, it } from 'vitest';
import { boxKeyPair, meetingKey, open, openFrom, seal, sealTo, toBase64 } from './phoneCrypto';
import { CODE_ALPHABET, codeFromBytes, groupCode, normalizeCode } from './phones';

describe('the meeting code', () => {
  it('is 16 letters from an alphabet without 0/O or 1/I, typed any way', () => {
    const code = codeFromBytes(new Uint8Array(16).map((_, i) => i * 37));
    expect(code).toMatch(/^[A-Z2-9]{16}$/);
    expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    expect(normalizeCode(groupCode(code).toLowerCase())).toBe(code);
    expect(normalizeCode(` ${groupCode(code)} `)).toBe(code);
    expect(normalizeCode(code.slice(1))).toBeNull();
    expect(normalizeCode('O'.repeat(16))).toBeNull();
  });
});

describe('sealed messages', () => {
  const key = meetingKey('ABCDEFGHJKLMNPQR');

  it('open only with the same key, and not after a single changed character', () => {
    const sealed = seal({ type: 'sync', seq: 1 }, key);
    expect(open(sealed, key)).toEqual({ type: 'sync', seq: 1 });
    expect(open(sealed, meetingKey('ABCDEFGHJKLMNPQS'))).toBeNull();
    const flipped = { ...sealed, c: (sealed.c[0] === 'A' ? 'B' : 'A') + sealed.c.slice(1) };
    expect(open(flipped, key)).toBeNull();
    expect(open({ n: 'ikke base64!', c: sealed.c }, key)).toBeNull();
    expect(open({}, key)).toBeNull();
  });

  it('never repeat a nonce, so the same message looks different each time', () => {
    expect(seal('x', key).c).not.toBe(seal('x', key).c);
  });

  it('box a device key to one phone only', () => {
    const phone = boxKeyPair();
    const other = boxKeyPair();
    const boxed = sealTo({ key: toBase64(new Uint8Array(32).fill(7)) }, phone.publicKey, boxKeyPair());
    expect(openFrom(boxed, phone)).toEqual({ key: toBase64(new Uint8Array(32).fill(7)) });
    expect(openFrom(boxed, other)).toBeNull();
  });
});
