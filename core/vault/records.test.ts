import { describe, expect, it } from 'vitest';
import { DecryptError, importKey } from '../crypto';
import { DEFLATED_JSON_RECORD, JSON_RECORD, NewerVersionError, openRecord, sealRecord } from './records';

const key = () => importKey(new Uint8Array(32).fill(9));

describe('the one record codec', () => {
  it('opens what it sealed, in either format, and names the version', async () => {
    const k = await key();
    const value = { words: 'ticked', n: [1, 2, 3] };
    const plain = await sealRecord(k, 'plan', value);
    expect(plain.v).toBe(1);
    expect(await openRecord(k, 'plan', plain)).toEqual({ version: 1, value });
    const packed = await sealRecord(k, 'x:0', value, DEFLATED_JSON_RECORD);
    expect(packed.v).toBe(2);
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
});
