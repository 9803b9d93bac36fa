import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../bytes';
import { DecryptError, importKey, sealJson } from '../crypto';
import { MIN_PADDED, pad, padme, unpad } from './padding';
import { DEFLATED_JSON_RECORD, JSON_RECORD, NewerVersionError, openRecord, PADDED, sealRecord, sealRecordLike, type StoredRecord } from './records';

const key = () => importKey(new Uint8Array(32).fill(9));

describe('the one record codec', () => {
  it('opens what it sealed, in either format, and names the version', async () => {
    const k = await key();
    const value = { words: 'ticked', n: [1, 2, 3] };
    const plain = await sealRecord(k, 'plan', value);
    expect(plain.v).toBe(PADDED);
    expect(await openRecord(k, 'plan', plain)).toEqual({ version: 1, value });
    const packed = await sealRecord(k, 'x:0', value, DEFLATED_JSON_RECORD);
    expect(packed.v).toBe(PADDED);
    expect(await openRecord(k, 'x:0', packed, [JSON_RECORD, DEFLATED_JSON_RECORD])).toEqual({ version: 2, value });
  });

  it('refuses a record moved to another key or relabelled with another version', async () => {
    const k = await key();
    const sealed = await sealRecord(k, 'plan', { a: 1 });
    await expect(openRecord(k, 'reminders', sealed)).rejects.toBeInstanceOf(DecryptError);
    const packed = await sealRecord(k, 'x:0', [1], DEFLATED_JSON_RECORD);
    await expect(openRecord(k, 'x:0', { ...packed, v: 1 }, [JSON_RECORD, DEFLATED_JSON_RECORD])).rejects.toBeInstanceOf(DecryptError);
  });

  it('tells a newer version apart from damage, and reads an older schema for its migration', async () => {
    const k = await key();
    const sealed = await sealRecord(k, 'e:a', { id: 'a' });
    await expect(openRecord(k, 'e:a', { ...sealed, v: 7 })).rejects.toBeInstanceOf(NewerVersionError);
    await expect(openRecord(k, 'e:a', { v: 1, env: { ...sealed.env, ct: sealed.env.ct.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) } })).rejects.toBeInstanceOf(DecryptError);
    await expect(openRecord(k, 'e:a', 'not a record')).rejects.toBeInstanceOf(DecryptError);
    const older = { v: 0, env: (await sealRecord(k, 'e:a', { old: true })).env };
    // Sealed under v1's additional data, so relabelled as v0 it must not open.
    await expect(openRecord(k, 'e:a', older)).rejects.toBeInstanceOf(DecryptError);
  });

  it('pads what it seals to a listed size, so the stored length says little, and still opens 0.1.0\'s unpadded records', async () => {
    const k = await key();
    const length = (record: StoredRecord) => fromBase64(record.env.ct).length - 16;
    // Every small record is as long as every other.
    const small = await Promise.all([null, { seq: 1 }, 'x'.repeat(400)].map((value) => sealRecord(k, 'r0', value)));
    expect(new Set(small.map(length))).toEqual(new Set([MIN_PADDED]));
    // Longer ones take Padmé's sizes: 3,000 and 3,050 characters are one size.
    const [a, b] = await Promise.all(['a'.repeat(3000), 'b'.repeat(3050)].map((text) => sealRecord(k, 'r0', text)));
    expect(length(a!)).toBe(length(b!));
    expect(length(a!)).toBe(padme(length(a!)));
    // 0.1.0 wrote the JSON alone (v1) or deflated (v2), under additional data `<key>|v<n>`.
    const old = { v: 1, env: await sealJson(k, { id: 'a' }, 'e:a|v1') };
    expect(await openRecord(k, 'e:a', old)).toEqual({ version: 1, value: { id: 'a' } });
  });

  it('makes a replacement at least as long as the record it replaces (so it is written over it)', async () => {
    const k = await key();
    const long = await sealRecord(k, 'r1', 'w'.repeat(5000));
    const replacement = await sealRecordLike(k, 'r1', null, long);
    expect(fromBase64(replacement.env.ct).length).toBe(fromBase64(long.env.ct).length);
    expect((await openRecord(k, 'r1', replacement)).value).toBeNull();
  });
});

describe('Padmé', () => {
  it('rounds up by at most 12 %, and leaves few lengths', () => {
    for (let n = 3; n < 200_000; n += 97) {
      expect(padme(n)).toBeGreaterThanOrEqual(n);
      expect(padme(n) / n).toBeLessThanOrEqual(1.12);
    }
    const sizes = new Set(Array.from({ length: 4096 }, (_, i) => padme(4096 + i)));
    expect(sizes.size).toBeLessThanOrEqual(17);
  });

  it('frames and unframes any payload, and refuses a frame that lies about its length', () => {
    const payload = new Uint8Array([0, 0, 1, 2, 0]);
    const framed = pad(2, payload);
    expect(framed.length).toBe(MIN_PADDED);
    expect(unpad(framed)).toEqual({ encoding: 2, payload });
    new DataView(framed.buffer).setUint32(1, MIN_PADDED);
    expect(unpad(framed)).toBeNull();
  });
});
