import { describe, expect, it } from 'vitest';
import { fromBase64, toHex, utf8 } from './bytes';
import { DecryptError, deriveBytes, hkdfKey, importKey, open, seal, type Envelope } from './crypto';

const hex = (text: string) => Uint8Array.from(text.match(/../g)!.map((pair) => parseInt(pair, 16)));
const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 } as const;

describe('Argon2id (known answers from the reference implementation, phc-winner-argon2 src/test.c)', () => {
  it('m=64 MiB, t=2, p=1, "password" / "somesalt"', async () => {
    const tag = await deriveBytes('password', utf8.encode('somesalt'), { alg: 'argon2id', memoryKiB: 65536, iterations: 2, parallelism: 1 });
    expect(toHex(tag)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('m=256 KiB, t=2, p=1 and p=2', async () => {
    expect(toHex(await deriveBytes('password', utf8.encode('somesalt'), FAST))).toBe('9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe');
    expect(toHex(await deriveBytes('password', utf8.encode('somesalt'), { ...FAST, parallelism: 2 }))).toBe('6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037');
  });
});

describe('AES-GCM-256 (known answers, McGrew & Viega test cases 13 and 14)', () => {
  const zeroIv = new Uint8Array(12);
  const encrypt = async (plaintext: Uint8Array) => {
    const key = await importKey(new Uint8Array(32));
    return toHex(new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: zeroIv }, key, plaintext as BufferSource)));
  };
  it('empty plaintext gives only the tag', async () => {
    expect(await encrypt(new Uint8Array(0))).toBe('530f8afbc74536b9a963b4f1c4cb738b');
  });
  it('one zero block', async () => {
    expect(await encrypt(new Uint8Array(16))).toBe('cea7403d4d606b6e074ec5d3baf39d18' + 'd0d1c8a799996bf0265b98b5d48ab919');
  });
});

describe('record envelopes', () => {
  const key = () => importKey(hex('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'));

  it('round-trips and uses a fresh IV each time', async () => {
    const k = await key();
    const a = await seal(k, utf8.encode('hello'), 'entry:1|v1');
    const b = await seal(k, utf8.encode('hello'), 'entry:1|v1');
    expect(a.iv).not.toBe(b.iv);
    expect(fromBase64(a.iv)).toHaveLength(12);
    expect(utf8.decode(await open(k, a, 'entry:1|v1'))).toBe('hello');
  });

  it('refuses a ciphertext moved to another record or schema version', async () => {
    const k = await key();
    const sealed = await seal(k, utf8.encode('hello'), 'entry:1|v1');
    await expect(open(k, sealed, 'entry:2|v1')).rejects.toBeInstanceOf(DecryptError);
    await expect(open(k, sealed, 'entry:1|v2')).rejects.toBeInstanceOf(DecryptError);
  });

  it('detects any flipped bit and any truncation', async () => {
    const k = await key();
    const sealed = await seal(k, utf8.encode('a longer secret text'), 'r');
    const bytes = fromBase64(sealed.ct);
    for (let i = 0; i < bytes.length; i += 3) {
      const tampered = bytes.slice();
      tampered[i]! ^= 1;
      const envelope: Envelope = { ...sealed, ct: btoa(String.fromCharCode(...tampered)) };
      await expect(open(k, envelope, 'r')).rejects.toBeInstanceOf(DecryptError);
    }
    await expect(open(k, { ...sealed, ct: sealed.ct.slice(0, 8) }, 'r')).rejects.toBeInstanceOf(DecryptError);
    await expect(open(k, { ...sealed, v: 2 } as unknown as Envelope, 'r')).rejects.toBeInstanceOf(DecryptError);
  });
});

describe('hkdfKey', () => {
  it('opens what a key from deriveKey (the way the notes and the tape were first sealed) sealed, and the info keeps purposes apart', async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    const earlier = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: new TextEncoder().encode('memo') },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    const iv = new Uint8Array(12);
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, earlier, new TextEncoder().encode('milk, eggs'));
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, await hkdfKey(secret, 'memo'), sealed);
    expect(new TextDecoder().decode(opened)).toBe('milk, eggs');
    await expect(crypto.subtle.decrypt({ name: 'AES-GCM', iv }, await hkdfKey(secret, 'tape'), sealed)).rejects.toThrow();
    expect(secret.some((byte) => byte !== 0), 'the secret is left to its owner').toBe(true);
  });
});
