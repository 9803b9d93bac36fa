import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '../crypto';
import { fromBase64, randomBytes } from '../bytes';
import { bound, foldAttempts, forgetFold, markSeen, openSlot, recordAttempt, sealSlot, startRecord, TAPE_SLOTS, type AttemptRecord } from './attempts';
import { ATTEMPTS_KEY, TAPE_KEY } from './layout';

const newKey = () => importKey(randomBytes(32));
const local = async () => fakeBrowser.storage.local.get(null);
const tape = async () => (await local())[TAPE_KEY] as { k: string; t: string[] };

beforeEach(() => {
  fakeBrowser.reset();
  forgetFold();
});

async function started(): Promise<CryptoKey> {
  const key = await newKey();
  await fakeBrowser.storage.local.set((await startRecord(key, [], 1_000)).writes);
  return key;
}

describe('the record of attempts', () => {
  it('seals events while locked, with only the public key in storage, and opens them at unlock with the data key', async () => {
    const key = await started();
    const before = await tape();
    await recordAttempt('wrong', 2_000);
    await recordAttempt('wrong', 3_000);
    await recordAttempt('memo', 4_000);
    const after = await tape();
    // The same size whatever was recorded: a fixed number of slots, each of one length.
    expect(after.t).toHaveLength(TAPE_SLOTS);
    expect(new Set([...before.t, ...after.t].map((slot) => `${slot.length}:${fromBase64(slot).length}`))).toEqual(new Set(['148:109']));
    expect(after.t.slice(0, TAPE_SLOTS - 3)).toEqual(before.t.slice(3));
    // Nothing in plain: neither the kinds nor the times.
    expect(JSON.stringify(await local())).not.toMatch(/wrong|decoy|2000|3000/);

    const record = await foldAttempts(key, 5_000);
    expect(record?.events).toEqual([
      { kind: 'wrong', at: 2_000 },
      { kind: 'wrong', at: 3_000 },
      { kind: 'memo', at: 4_000 },
    ]);
    // The tape is refilled with "nothing", so the same events are not counted twice.
    expect((await tape()).t).not.toEqual(after.t);
    forgetFold();
    expect((await foldAttempts(key, 6_000))?.events).toHaveLength(3);
  });

  it('seals a slot that only the private key opens, the same size whatever its kind', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const other = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const slots = await Promise.all([sealSlot(pair.publicKey, 'open', 7), sealSlot(pair.publicKey, 'wrong', 8), sealSlot(pair.publicKey, null, 0)]);
    expect(new Set(slots.map((slot) => fromBase64(slot).length))).toEqual(new Set([109]));
    expect(await Promise.all(slots.map((slot) => openSlot(pair.privateKey, slot)))).toEqual([{ kind: 'open', at: 7 }, { kind: 'wrong', at: 8 }, null]);
    expect(await openSlot(other.privateKey, slots[0]!)).toBe('unreadable');
    expect(await openSlot(pair.privateKey, 'AAAA')).toBe('unreadable');
  });

  it('records nothing, and throws nothing, before there is a tape (not set up) or on a full storage', async () => {
    await recordAttempt('wrong');
    expect(await local()).toEqual({});
    await started();
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(recordAttempt('wrong')).resolves.toBeUndefined();
    fakeBrowser.storage.local.set = set;
  });

  it('keeps the newest events and sums up the older ones per kind', () => {
    const events = Array.from({ length: 250 }, (_, i) => ({ kind: i % 2 ? ('wrong' as const) : ('open' as const), at: i }));
    const record: AttemptRecord = { events, older: { wrong: { count: 10, first: -100, last: -1 } }, findings: [], seen: 0 };
    const bounded = bound(record, 200);
    expect(bounded.events).toHaveLength(200);
    expect(bounded.events[0]!.at).toBe(50);
    expect(bounded.older).toEqual({ open: { count: 25, first: 0, last: 48 }, wrong: { count: 35, first: -100, last: 49 } });
  });

  it('stays bounded after years: a fold never grows it past the bound, and the tape keeps only its slots', async () => {
    const key = await started();
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < TAPE_SLOTS + 4; i++) await recordAttempt('open', round * 1_000 + i);
      forgetFold();
      await foldAttempts(key, round * 1_000 + 999);
    }
    forgetFold();
    const record = (await foldAttempts(key))!;
    // 8 rounds of 32 kept (the tape holds the newest 32 of each 36): 256 events, 200 kept, 56 summed up.
    expect(record.events).toHaveLength(200);
    expect(record.older.open?.count).toBe(56);
    expect(JSON.stringify((await local())[ATTEMPTS_KEY]).length).toBeLessThan(16_000);
  });

  it('says when the tape was removed or replaced, and keeps recording afterwards', async () => {
    const key = await started();
    await fakeBrowser.storage.local.remove(TAPE_KEY);
    expect((await foldAttempts(key, 5_000))?.findings).toEqual([{ what: 'tape-missing', at: 5_000 }]);
    forgetFold();
    await recordAttempt('wrong', 6_000);
    expect((await foldAttempts(key, 7_000))?.events).toEqual([{ kind: 'wrong', at: 6_000 }]);

    // Someone's own tape (a public key whose private half they have): what it holds is not read.
    const planted = await startRecord(await newKey());
    await fakeBrowser.storage.local.set({ [TAPE_KEY]: planted.writes[TAPE_KEY] });
    await recordAttempt('memo', 8_000);
    forgetFold();
    const after = (await foldAttempts(key, 9_000))!;
    expect(after.findings.at(-1)).toEqual({ what: 'tape-replaced', at: 9_000 });
    expect(after.events.map((event) => event.kind)).toEqual(['wrong']);
  });

  it('says when slots that are not its own were planted', async () => {
    const key = await started();
    const planted = await tape();
    await fakeBrowser.storage.local.set({ [TAPE_KEY]: { ...planted, t: [...planted.t.slice(2), 'A'.repeat(148), 'B'.repeat(148)] } });
    expect((await foldAttempts(key, 5_000))?.findings).toEqual([{ what: 'unreadable', at: 5_000, count: 2 }]);
  });

  it('reports a damaged record and starts again, and the data key still opens everything else', async () => {
    const key = await started();
    const stored = (await local())[ATTEMPTS_KEY] as { v: number; env: { ct: string } };
    await fakeBrowser.storage.local.set({ [ATTEMPTS_KEY]: { ...stored, env: { ...stored.env, ct: `AAAA${stored.env.ct.slice(4)}` } } });
    const record = await foldAttempts(key, 5_000);
    expect(record?.findings).toEqual([{ what: 'record-damaged', at: 5_000 }]);
    forgetFold();
    await recordAttempt('wrong', 6_000);
    expect((await foldAttempts(key, 7_000))?.events).toEqual([{ kind: 'wrong', at: 6_000 }]);
  });

  it('starts a record at the first unlock of a storage from before it', async () => {
    const key = await newKey();
    const record = await foldAttempts(key, 5_000);
    expect(record).toEqual({ events: [], older: {}, findings: [], seen: 5_000 });
    expect(Object.keys(await local()).sort()).toEqual([TAPE_KEY, ATTEMPTS_KEY].sort());
  });

  it('remembers her last look, so the home line tells only of what came after', async () => {
    const key = await started();
    await recordAttempt('wrong', 2_000);
    await foldAttempts(key, 3_000);
    await markSeen(key, 3_500);
    await recordAttempt('memo', 4_000);
    const record = (await foldAttempts(key, 5_000))!;
    expect(record.seen).toBe(3_500);
    expect(record.events.filter((event) => event.at > record.seen)).toEqual([{ kind: 'memo', at: 4_000 }]);
  });
});
