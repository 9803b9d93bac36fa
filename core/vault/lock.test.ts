import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromBase64, toBase64 } from '../bytes';
import { deriveBytes } from '../crypto';
import { checkValue, codeMatches, dummyCodeRecord, hashCode, matchCode, newCodeRecord, upgradeRecord, type LockRecord } from './lock';
import { prefsKeyBytes } from './prefs-key';

const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 } as const;

beforeEach(() => fakeBrowser.reset());

/** A record as 0.1.0 wrote it: the Argon2id output itself. */
async function v1Record(code: string): Promise<LockRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { v: 1, kdf: FAST, salt: toBase64(salt), hash: toBase64(await deriveBytes(code, salt, FAST)) };
}

describe('a code record (v2)', () => {
  it('stores a MAC of the Argon2id hash H, never H, and only the right code matches', async () => {
    const { record, derived: secret } = await newCodeRecord('4711', FAST);
    expect(record.v).toBe(2);
    expect(fromBase64(record.hash)).not.toEqual(secret);
    expect(fromBase64(record.hash)).toEqual(await checkValue(secret));
    expect(secret).toEqual(await deriveBytes('4711', fromBase64(record.salt), FAST));
    expect(await matchCode('4711', record)).toEqual(secret);
    expect(await matchCode('4712', record)).toBeNull();
  });

  it('gives the settings key K = HKDF(H), which is neither H nor anything stored', async () => {
    const { record, derived: secret } = await newCodeRecord('4711', FAST);
    const key = await prefsKeyBytes(secret);
    expect(key).toHaveLength(32);
    expect(key).not.toEqual(secret);
    expect(toBase64(key)).not.toBe(record.hash);
    expect(await prefsKeyBytes((await matchCode('4711', record))!)).toEqual(key);
    // Another salt, another key: a record written again gives a new K.
    expect(await prefsKeyBytes((await newCodeRecord('4711', FAST)).derived)).not.toEqual(key);
  });

  it('still matches a 0.1.0 record (v1) by H itself', async () => {
    const old = await v1Record('4711');
    expect(await codeMatches('4711', old)).toBe(true);
    expect(await codeMatches('4712', old)).toBe(false);
    const upgraded = await upgradeRecord(old);
    expect(upgraded).toMatchObject({ v: 2, salt: old.salt, kdf: FAST });
    expect(await codeMatches('4711', upgraded)).toBe(true);
    expect(await codeMatches('4712', upgraded)).toBe(false);
  });

  it('has a dummy of exactly the same shape that no code matches', async () => {
    const real = await hashCode('4711', FAST);
    const dummy = dummyCodeRecord(FAST);
    const shape = (record: LockRecord) => ({ ...record, salt: record.salt.length, hash: record.hash.length });
    expect(shape(dummy)).toEqual(shape(real));
    expect(Object.keys(dummy)).toEqual(Object.keys(real));
    expect(await codeMatches('4711', dummy)).toBe(false);
  });
});
