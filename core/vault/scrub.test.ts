import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromBase64 } from '../bytes';
import { importKey } from '../crypto';
import { createDataKey } from '../data-key';
import { clearDraft, DRAFT_KEY, ENTRY_PREFIX, loadDraft, loadEntry, purgeEntry, saveDraft, saveRevision, type EntryFields } from './journal';
import { KEYRING_KEY, saveKeyring } from './keyring';
import { hashCode, LOCK_KEY, saveLock } from './lock';
import { openRecord, sealRecord, sealRecordLike, type StoredRecord } from './records';
import { fillerLike, SCRUB_WRITE_BYTES, scrubLeftovers } from './scrub';
import { saveWipeRecord, WIPE_KEY, wipeEverything } from './wipe';

const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 } as const;
const key = () => importKey(new Uint8Array(32).fill(7));
const fields = (what: string): EntryFields => ({ happenedAt: '2024-03-01T21:15', what, where: 'Kitchen', who: '', categories: ['other'], felt: '', tags: [] });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** Every storage call the code makes, in order: ['set', keys] or ['remove', keys] or ['clear']. */
function recordCalls(): string[][] {
  const calls: string[][] = [];
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  const remove = local.remove.bind(local);
  const clear = local.clear.bind(local);
  vi.spyOn(local, 'set').mockImplementation(async (items) => (calls.push(['set', ...Object.keys(items)]), set(items)));
  vi.spyOn(local, 'remove').mockImplementation(async (keys) => (calls.push(['remove', ...[keys].flat()]), remove(keys)));
  vi.spyOn(local, 'clear').mockImplementation(async () => (calls.push(['clear']), clear()));
  return calls;
}

const isFiller = (storageKey: string) => /^.tape\d+$/.test(storageKey);

describe('filler of the same shape', () => {
  it('keeps every key, number and string length, keeps base64 valid, and keeps none of the secret text', () => {
    const record = { v: 1, salt: 'q1w2e3r4t5y6u7i8o9p0aA==', kdf: { alg: 'argon2id', memoryKiB: 65536 }, wrapped: { iv: 'AAECAwQFBgcICQoL', ct: 'c2VjcmV0IGtleSBieXRlcyBoZXJlIGFuZCBtb3Jl' } };
    const filler = fillerLike(record) as typeof record;
    expect(Object.keys(filler)).toEqual(Object.keys(record));
    expect(filler.v).toBe(1);
    expect(filler.kdf.memoryKiB).toBe(65536);
    for (const [made, was] of [[filler.salt, record.salt], [filler.wrapped.ct, record.wrapped.ct], [filler.wrapped.iv, record.wrapped.iv], [filler.kdf.alg, record.kdf.alg]] as const) {
      expect(made).toHaveLength(was.length);
      expect(made).not.toBe(was);
    }
    expect(fromBase64(filler.wrapped.ct)).toHaveLength(fromBase64(record.wrapped.ct).length);
    expect(filler.salt.endsWith('==')).toBe(true);
    expect(JSON.stringify(filler)).not.toContain('argon2id');
  });
});

describe('scrubbing what storage left behind', () => {
  it('writes more filler than LevelDB needs to compact, then removes every bit of it and touches nothing else', async () => {
    await fakeBrowser.storage.local.set({ settings: { cover: 'calculator' } });
    const calls = recordCalls();
    await scrubLeftovers();
    const written = calls.filter(([kind]) => kind === 'set');
    expect(written.length * 4 * 256 * 1024).toBeGreaterThanOrEqual(SCRUB_WRITE_BYTES);
    expect(written.every(([, ...keys]) => keys.every(isFiller))).toBe(true);
    expect(calls.at(-1)![0]).toBe('remove');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { cover: 'calculator' } });
  });

  it('stops at a full storage and still removes its filler', async () => {
    const local = fakeBrowser.storage.local;
    const set = local.set.bind(local);
    let writes = 0;
    vi.spyOn(local, 'set').mockImplementation(async (items) => {
      if (++writes > 3) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await scrubLeftovers();
    expect(await local.get(null)).toEqual({});
  });
});

describe('the scrub where Haven erases', () => {
  it('the wipe overwrites the keyring and removes it, alone, before touching anything else, then clears, scrubs and clears again', async () => {
    const { stored } = await createDataKey('maple river', FAST);
    await saveKeyring(stored);
    await saveLock(await hashCode('4711', FAST));
    await saveWipeRecord(await hashCode('9090', FAST));
    const calls = recordCalls();
    await wipeEverything();
    expect(calls[0]).toEqual(['set', KEYRING_KEY]);
    expect(calls[1]).toEqual(['remove', KEYRING_KEY]);
    expect(calls[2]).toEqual(['set', LOCK_KEY, WIPE_KEY]);
    expect(calls[3]).toEqual(['clear']);
    expect(calls.filter(([kind, ...keys]) => kind === 'set' && keys.every(isFiller)).length).toBeGreaterThan(10);
    expect(calls.at(-1)).toEqual(['clear']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('"Delete for good" writes the purged entry as long as the one it replaces, then scrubs; the entry still opens, purged', async () => {
    const k = await key();
    await saveRevision(k, 'p', fields('Something long enough to be longer than a purged revision, with many words in it.'));
    const before = (await fakeBrowser.storage.local.get(`${ENTRY_PREFIX}p`))[`${ENTRY_PREFIX}p`] as StoredRecord;
    const calls = recordCalls();
    await purgeEntry(k, 'p');
    const after = (await fakeBrowser.storage.local.get(`${ENTRY_PREFIX}p`))[`${ENTRY_PREFIX}p`] as StoredRecord;
    expect(after.env.ct).toHaveLength(before.env.ct.length);
    expect(after.env.ct).not.toBe(before.env.ct);
    expect((await loadEntry(k, 'p'))?.revisions.every((revision) => revision.purged && revision.fields === null)).toBe(true);
    expect(calls.filter(([kind, ...keys]) => kind === 'set' && keys.every(isFiller)).length).toBeGreaterThan(10);
  });

  it('a discarded draft is written over by sealed nothing of its size, then scrubbed', async () => {
    const k = await key();
    await saveDraft(k, { entryId: null, fields: fields('A draft that is thrown away, every word of it.'), savedAt: '2024-03-01T21:20:00.000Z' });
    const before = (await fakeBrowser.storage.local.get(DRAFT_KEY))[DRAFT_KEY] as StoredRecord;
    const calls = recordCalls();
    await clearDraft(k);
    const after = (await fakeBrowser.storage.local.get(DRAFT_KEY))[DRAFT_KEY] as StoredRecord;
    expect(after.env.ct).toHaveLength(before.env.ct.length);
    expect(await loadDraft(k)).toBeNull();
    expect(calls.filter(([kind, ...keys]) => kind === 'set' && keys.every(isFiller)).length).toBeGreaterThan(10);
  });

  it('a padded record opens to the same value; a longer value than the one replaced is sealed as usual', async () => {
    const k = await key();
    const long = await sealRecord(k, 'draft', { words: 'x'.repeat(300) });
    const padded = await sealRecordLike(k, 'draft', null, long);
    expect(padded.env.ct).toHaveLength(long.env.ct.length);
    expect((await openRecord(k, 'draft', padded)).value).toBeNull();
    const short = await sealRecord(k, 'draft', null);
    const longer = await sealRecordLike(k, 'draft', { words: 'y'.repeat(300) }, short);
    expect((await openRecord(k, 'draft', longer)).value).toEqual({ words: 'y'.repeat(300) });
  });
});
