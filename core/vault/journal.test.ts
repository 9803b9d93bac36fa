import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromBase64, toBase64 } from '../bytes';
import { DecryptError, importKey, sealJson, type Envelope } from '../crypto';
import { StorageFullError } from './area';
import {
  appendEntries,
  CATEGORIES,
  clearDraft,
  DRAFT_KEY,
  ENTRY_PREFIX,
  fieldsDigest,
  HEAD_KEY,
  loadDraft,
  migrateEntry,
  migrations,
  newEntryId,
  openJournal,
  purgeEntry,
  removeJournalRecords,
  saveDraft,
  saveRevision,
  verifyChain,
  type Draft,
  type Entry,
  type EntryFields,
} from './journal';
import { shardKey } from './journal-index';
import { openRecord, sealRecord } from './records';
import { SPARE_STEP } from './spares';

const GENESIS = '0'.repeat(64);
const key = () => importKey(new Uint8Array(32).fill(7));
const otherKey = () => importKey(new Uint8Array(32).fill(8));

const fields = (patch: Partial<EntryFields> = {}): EntryFields => ({
  happenedAt: '2024-03-01T21:15',
  what: 'He read my messages again.',
  where: 'Kitchen',
  who: 'Partner',
  categories: ['monitoring'],
  felt: 'Scared',
  tags: ['phone'],
  ...patch,
});

/** A deep copy of everything in storage.local (fakeBrowser hands out its own objects). */
const snapshot = async () => structuredClone(await fakeBrowser.storage.local.get(null));

interface StoredRecord {
  v: number;
  env: Envelope;
}
const readRecord = async (storageKey: string) => structuredClone((await fakeBrowser.storage.local.get([storageKey]))[storageKey]) as StoredRecord;
const put = (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items);

const flipByte = (env: Envelope): Envelope => {
  const bytes = fromBase64(env.ct);
  bytes[bytes.length >> 1]! ^= 1;
  return { ...env, ct: toBase64(bytes) };
};

const byId = (entries: Entry[], id: string) => entries.find((entry) => entry.id === id)!;

/** Decrypt an entry record, let `change` edit it, and seal it back with the same key and AAD. */
async function rewriteEntry(k: CryptoKey, id: string, change: (entry: Entry) => void): Promise<void> {
  const storageKey = `${ENTRY_PREFIX}${id}`;
  const { value: entry } = await openRecord<Entry>(k, storageKey, await readRecord(storageKey));
  change(entry);
  await put({ [storageKey]: await sealRecord(k, storageKey, entry) });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  delete migrations[-1];
  delete migrations[0];
});

describe('saving and opening entries', () => {
  it('returns a new entry with one revision whose fields round-trip exactly (100 KB, emoji, RTL, future and 1999 dates)', async () => {
    const k = await key();
    const long = 'He shouted for an hour; I wrote it all down. '.repeat(2400).slice(0, 100 * 1024);
    expect(long).toHaveLength(102400);
    const now = new Date('2025-06-01T12:34:56.789Z');
    const cases: EntryFields[] = [
      fields({ what: long, happenedAt: '2099-12-31T23:59' }),
      fields({
        happenedAt: '1999-01-01T00:00',
        what: 'Family 👩‍👧 and flag 🏳️‍🌈, zero-width joiners and variation selectors intact',
        where: 'في المطبخ، بعد العشاء',
        who: 'בן הזוג שלי',
        felt: 'خائفة 😨 — ומבולבלת',
        categories: ['threats', 'isolation', 'false-hope'],
        tags: ['🏳️‍🌈', 'עברית', 'عربي', ''],
      }),
      fields({ what: '', where: '', who: '', felt: '', categories: [], tags: [] }),
    ];
    for (const input of cases) {
      fakeBrowser.reset();
      const id = newEntryId();
      const { entry: saved, changedElsewhere } = await saveRevision(k, id, input, { now });
      expect(changedElsewhere).toBe(false);

      const { entries, problems } = await openJournal(k);
      expect(problems).toEqual([]);
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry).toStrictEqual(saved);
      expect(entry!.id).toBe(id);
      expect(entry!.revisions).toHaveLength(1);
      const [revision] = entry!.revisions;
      expect(revision!.fields).toStrictEqual(input);
      expect(revision!.seq).toBe(1);
      expect(revision!.prev).toBe(GENESIS);
      expect(revision!.writtenAt).toBe(now.toISOString());
      expect(revision!.fieldsDigest).toBe(await fieldsDigest(input));
      expect(revision!.purged).toBeUndefined();
    }
  });

  it('round-trips text cut in the middle of an emoji (a lone surrogate) and keeps the chain intact', async () => {
    const k = await key();
    const input = fields({ what: 'cut here: \ud83d', felt: '\ude28 end' });
    await saveRevision(k, 'a', input);
    const { entries } = await openJournal(k);
    expect(entries[0]!.revisions[0]!.fields).toStrictEqual(input);
    expect((await verifyChain(entries)).intact).toBe(true);
  });

  it('opens an empty journal as no entries and no problems', async () => {
    expect(await openJournal(await key())).toEqual({ entries: [], notes: [], unlistedSpares: [], problems: [], head: { seq: 0, hash: GENESIS, shards: 0 }, end: 'absent', storedKeys: [] });
  });

  it('hands over every readable entry once, batch by batch, with how far it has come (search texts are made from the batches)', async () => {
    const k = await key();
    const ids = Array.from({ length: 260 }, newEntryId);
    await appendEntries(k, ids.map((id, n) => ({ id, fields: fields({ what: `entry ${n}` }) })));
    const damaged = `${ENTRY_PREFIX}${ids[3]}`;
    await put({ [damaged]: { ...(await readRecord(damaged)), env: flipByte((await readRecord(damaged)).env) } });
    const batches: { opened: number; total: number; ids: string[] }[] = [];
    const { entries } = await openJournal(k, (opened, total, batch) => batches.push({ opened, total, ids: batch.map((entry) => entry.id) }));
    expect(batches.map(({ opened, total }) => [opened, total])).toEqual([[250, 260], [260, 260]]);
    const handedOver = batches.flatMap((batch) => batch.ids);
    expect(new Set(handedOver).size).toBe(259);
    expect(handedOver.sort()).toEqual(entries.map((entry) => entry.id).sort());
    expect(handedOver).not.toContain(ids[3]);
  });

  it('makes a fresh random id each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newEntryId));
    expect(ids.size).toBe(50);
  });
});

describe('what storage holds', () => {
  it('holds no plaintext: no field, category or tag is readable, and every record is { v: 3, env }', async () => {
    const k = await key();
    const canaries = {
      happenedAt: '2031-07-19T04:37',
      what: 'CANARY-WHAT-4f1c9e',
      where: 'CANARY-WHERE-77aa01',
      who: 'CANARY-WHO-b3d2e8',
      felt: 'CANARY-FELT-0c9d55',
      tags: ['CANARY-TAG-one-9e31', 'CANARY-TAG-two-5a07'],
    };
    const input: EntryFields = { ...canaries, categories: [...CATEGORIES] };
    const id = newEntryId();
    await saveRevision(k, id, input);
    await saveRevision(k, id, { ...input, what: 'CANARY-EDIT-d18f2c' });
    const draft: Draft = { entryId: id, fields: { ...input, what: 'CANARY-DRAFT-62be4a' }, savedAt: '2031-07-19T05:00:00.000Z' };
    await saveDraft(k, draft);

    const all = await fakeBrowser.storage.local.get(null);
    const json = JSON.stringify(all);
    const secrets = [canaries.happenedAt, canaries.what, canaries.where, canaries.who, canaries.felt, ...canaries.tags, 'CANARY', ...CATEGORIES];
    for (const secret of secrets) expect(json).not.toContain(secret);

    // The entry, and spares beside it so that the history holds a multiple of SPARE_STEP records.
    const history = Object.keys(all).filter((name) => name.startsWith(ENTRY_PREFIX));
    expect(history).toHaveLength(SPARE_STEP);
    expect(history).toContain(`${ENTRY_PREFIX}${id}`);
    expect(Object.keys(all).filter((name) => !name.startsWith(ENTRY_PREFIX)).sort()).toEqual([DRAFT_KEY, HEAD_KEY, shardKey(0)].sort());
    const ivs = new Set<string>();
    for (const record of Object.values(all)) {
      // Every record, whatever its format inside (the shards are deflated), is padded: version 3.
      expect(record).toStrictEqual({ v: 3, env: { v: 1, alg: 'A256GCM', iv: expect.any(String), ct: expect.any(String) } });
      const { iv, ct } = (record as StoredRecord).env;
      expect(fromBase64(iv)).toHaveLength(12);
      expect(fromBase64(ct).length).toBeGreaterThan(16);
      ivs.add(iv);
    }
    expect(ivs.size).toBe(Object.keys(all).length);
  });
});

describe('revisions', () => {
  it('editing appends a revision, leaves earlier ones unchanged, and seq increases across the whole journal', async () => {
    const k = await key();
    const first = await saveRevision(k, 'a', fields({ what: 'first' }));
    await saveRevision(k, 'b', fields({ what: 'other entry' }));
    const edited = await saveRevision(k, 'a', fields({ what: 'first, corrected' }));

    expect(edited.entry.revisions).toHaveLength(2);
    expect(edited.entry.revisions[0]).toStrictEqual(first.entry.revisions[0]);

    const { entries } = await openJournal(k);
    const a = byId(entries, 'a');
    const b = byId(entries, 'b');
    expect(a.revisions.map((revision) => revision.seq)).toEqual([1, 3]);
    expect(b.revisions.map((revision) => revision.seq)).toEqual([2]);
    expect(a.revisions[0]).toStrictEqual(first.entry.revisions[0]);
    expect(a.revisions[1]!.fields!.what).toBe('first, corrected');
    expect(a.revisions[1]!.prev).toBe(b.revisions[0]!.hash);
  });

  it('deleting appends a revision with fields null and keeps the history', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields({ what: 'kept in history' }));
    const { entry } = await saveRevision(k, 'a', null);
    expect(entry.revisions).toHaveLength(2);
    expect(entry.revisions[1]!.fields).toBeNull();
    expect(entry.revisions[1]!.purged).toBeUndefined();
    expect(entry.revisions[1]!.fieldsDigest).toBe(await fieldsDigest(null));

    const { entries } = await openJournal(k);
    expect(entries[0]!.revisions[0]!.fields!.what).toBe('kept in history');
    expect(entries[0]!.revisions[1]!.fields).toBeNull();
    expect(await verifyChain(entries)).toMatchObject({ intact: true, length: 2 });
  });

  it('reports changedElsewhere when another save came in between, and keeps both revisions', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields({ what: 'v1' }));
    // View A opens the entry (1 revision); view B saves an edit meanwhile.
    const viewB = await saveRevision(k, 'a', fields({ what: 'from view B' }), { expectedRevisions: 1 });
    expect(viewB.changedElsewhere).toBe(false);
    const viewA = await saveRevision(k, 'a', fields({ what: 'from view A' }), { expectedRevisions: 1 });
    expect(viewA.changedElsewhere).toBe(true);

    const { entries } = await openJournal(k);
    expect(entries[0]!.revisions.map((revision) => revision.fields!.what)).toEqual(['v1', 'from view B', 'from view A']);
    expect((await verifyChain(entries)).intact).toBe(true);
  });

  it('does not report changedElsewhere when expectedRevisions is left out', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields());
    await saveRevision(k, 'a', fields());
    expect((await saveRevision(k, 'a', fields())).changedElsewhere).toBe(false);
    expect((await saveRevision(k, 'new', fields(), { expectedRevisions: 0 })).changedElsewhere).toBe(false);
  });

  // Regression (found by this suite, fixed): saveRevision reads the entry and the head, awaits crypto, then writes; nothing serialises
  // two saves, so both read the same entry and append to it, and the second write drops the first
  // revision ("a revision written meanwhile ... is kept, never overwritten" does not hold).
    it('keeps both revisions when two saves of the same entry run at the same time', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields({ what: 'v1' }));
    await Promise.all([saveRevision(k, 'a', fields({ what: 'tab 1' })), saveRevision(k, 'a', fields({ what: 'tab 2' }))]);
    const { entries } = await openJournal(k);
    expect(entries[0]!.revisions).toHaveLength(3);
  });

  // Regression (found by this suite, fixed): the same race on the head: two saves of different entries at the same time both read
  // head.seq = n and both write seq n + 1, so the chain is broken for good ("revision n+2 is missing").
  it('keeps the chain intact when two different entries are saved at the same time', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields());
    await Promise.all([saveRevision(k, 'b', fields()), saveRevision(k, 'c', fields())]);
    const { entries } = await openJournal(k);
    expect(await verifyChain(entries)).toMatchObject({ intact: true, length: 3 });
  });
});

describe('writes per save', () => {
  it('writes exactly the entry, its index shard and the head (3 keys, one call) in a journal of 200 entries, or 4 keys with clearDraft', async () => {
    const k = await key();
    const ids = Array.from({ length: 200 }, newEntryId);
    for (const id of ids) await saveRevision(k, id, fields({ what: `entry ${id}` }));

    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const fresh = newEntryId();
    await saveRevision(k, fresh, fields());
    expect(set).toHaveBeenCalledTimes(1);
    // 200 entries fill shard 0; the 201st starts shard 1.
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual([`${ENTRY_PREFIX}${fresh}`, HEAD_KEY, shardKey(1)].sort());

    set.mockClear();
    await saveRevision(k, ids[100]!, fields({ what: 'edited' }));
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual([`${ENTRY_PREFIX}${ids[100]}`, HEAD_KEY, shardKey(0)].sort());

    set.mockClear();
    await saveRevision(k, ids[7]!, fields({ what: 'edited from a draft' }), { clearDraft: true });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual([DRAFT_KEY, `${ENTRY_PREFIX}${ids[7]}`, HEAD_KEY, shardKey(0)].sort());

    const { entries, problems } = await openJournal(k);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(201);
    expect(await verifyChain(entries)).toMatchObject({ intact: true, length: 203 });
  });
});

describe('the hash chain', () => {
  async function threeEntries(k: CryptoKey) {
    await saveRevision(k, 'a', fields({ what: 'one' }));
    await saveRevision(k, 'b', fields({ what: 'two' }));
    await saveRevision(k, 'a', fields({ what: 'one, edited' }));
    await saveRevision(k, 'c', fields({ what: 'three' }));
    await saveRevision(k, 'b', null);
    return (await openJournal(k)).entries;
  }

  it('is intact for a normal journal: length is the number of revisions, digest is 64 hex and changes with each revision', async () => {
    const k = await key();
    expect(await verifyChain([])).toEqual({ intact: true, sound: true, length: 0, digest: GENESIS, end: { seq: 0, hash: GENESIS }, notes: [] });

    const entries = await threeEntries(k);
    const check = await verifyChain(entries);
    expect(check).toEqual({ intact: true, sound: true, length: 5, digest: expect.stringMatching(/^[0-9a-f]{64}$/), end: expect.objectContaining({ seq: 5 }), notes: [] });
    expect(check.digest).toBe(byId(entries, 'b').revisions[1]!.hash);
    // The order of the entries passed in does not matter.
    expect(await verifyChain([...entries].reverse())).toEqual(check);

    await saveRevision(k, 'c', fields({ what: 'three, edited' }));
    const after = await verifyChain((await openJournal(k)).entries);
    expect(after.intact).toBe(true);
    expect(after.length).toBe(6);
    expect(after.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(after.digest).not.toBe(check.digest);
  });

  it('detects a field altered in storage (decrypted, changed and re-sealed with the same key and AAD)', async () => {
    const k = await key();
    await threeEntries(k);
    await rewriteEntry(k, 'a', (entry) => {
      entry.revisions[0]!.fields!.what = 'nothing happened';
    });
    const { entries, problems } = await openJournal(k);
    expect(problems).toEqual([]);
    const check = await verifyChain(entries);
    expect(check.intact).toBe(false);
    expect(check.problem).toEqual({ kind: 'altered', revision: 1 });
    expect(check.length).toBe(0);
  });

  it('detects an altered field, time or category in the Entry objects passed in', async () => {
    const k = await key();
    const tamper = async (change: (entries: Entry[]) => void) => {
      const entries = structuredClone(await threeEntries(k));
      fakeBrowser.reset();
      change(entries);
      return verifyChain(entries);
    };
    expect(await tamper((entries) => void (byId(entries, 'c').revisions[0]!.fields!.who = 'nobody'))).toMatchObject({ intact: false, problem: { kind: 'altered', revision: 4 }, length: 3 });
    expect(await tamper((entries) => void (byId(entries, 'a').revisions[1]!.fields!.categories = ['other']))).toMatchObject({ intact: false, problem: { kind: 'altered', revision: 3 } });
    expect(await tamper((entries) => void (byId(entries, 'b').revisions[0]!.writtenAt = '2020-01-01T00:00:00.000Z'))).toMatchObject({ intact: false, problem: { kind: 'altered', revision: 2 } });
    // A deleted entry shown again: the delete revision given back its text.
    expect(await tamper((entries) => void (byId(entries, 'b').revisions[1]!.fields = fields()))).toMatchObject({ intact: false, problem: { kind: 'altered', revision: 5 } });
    // A revision moved to another entry (the id is in the hash).
    expect(
      await tamper((entries) => {
        byId(entries, 'c').revisions.push(byId(entries, 'a').revisions.pop()!);
      }),
    ).toMatchObject({ intact: false, problem: { kind: 'altered', revision: 3 } });
  });

  it('detects an entry removed from the middle of the journal', async () => {
    const k = await key();
    await threeEntries(k);
    await fakeBrowser.storage.local.remove(`${ENTRY_PREFIX}b`);
    const check = await verifyChain((await openJournal(k)).entries);
    expect(check).toMatchObject({ intact: false, length: 1, problem: { kind: 'missing', revision: 2 } });
  });

  it('detects a single revision removed from an entry', async () => {
    const k = await key();
    await threeEntries(k);
    await rewriteEntry(k, 'a', (entry) => void entry.revisions.splice(0, 1));
    const check = await verifyChain((await openJournal(k)).entries);
    expect(check).toMatchObject({ intact: false, length: 0, problem: { kind: 'missing', revision: 1 } });
  });

  // Regression (found by this suite, fixed): verifyChain only sees the entries; it never compares the chain's end with the stored
  // `head`, so removing the most recently written entry (or rolling a record back to an older
  // copy of itself) leaves a shorter chain that still reports intact. The module's promise is
  // "an altered, removed or reordered revision shows".
  it('detects the most recently written entry removed from storage', async () => {
    const k = await key();
    await threeEntries(k);
    await saveRevision(k, 'd', fields({ what: 'the latest incident' }));
    await fakeBrowser.storage.local.remove(`${ENTRY_PREFIX}d`);
    const check = await verifyStored(k);
    expect(check).toMatchObject({ intact: false, problem: { kind: 'wrong-length', expected: 6, found: 5 } });
    expect(await verifyChain((await openJournal(k)).entries, null)).toMatchObject({ intact: false, problem: { kind: 'end-unreadable' } });
    const { entries, head } = await openJournal(k);
    expect(await verifyChain(entries, { ...head!, seq: 5, hash: 'f'.repeat(64) })).toMatchObject({ intact: false, length: 5, problem: { kind: 'wrong-end' } });
  });

  // Regression (found by this suite, fixed): the same gap: an older copy of an entry record, put back over the newer one, decrypts
  // fine (same key and AAD) and the chain still checks when its newer revisions were the last.
  it('detects an entry record rolled back to an older copy of itself', async () => {
    const k = await key();
    await threeEntries(k);
    const older = await readRecord(`${ENTRY_PREFIX}c`);
    await saveRevision(k, 'c', fields({ what: 'what really happened' }));
    await put({ [`${ENTRY_PREFIX}c`]: older });
    const check = await verifyStored(k);
    expect(check.intact).toBe(false);
  });

  it('detects a swapped order of revisions', async () => {
    const k = await key();
    const entries = structuredClone(await threeEntries(k));
    const first = byId(entries, 'a').revisions[0]!;
    const second = byId(entries, 'b').revisions[0]!;
    [first.seq, second.seq] = [second.seq, first.seq];
    const check = await verifyChain(entries);
    expect(check).toMatchObject({ intact: false, length: 0, problem: { kind: 'out-of-order', revision: 1 } });

    // The same, with the prev links swapped too, so each points where its new place expects.
    const relinked = structuredClone(await openJournal(k)).entries;
    const r1 = byId(relinked, 'a').revisions[0]!;
    const r2 = byId(relinked, 'b').revisions[0]!;
    [r1.seq, r2.seq] = [r2.seq, r1.seq];
    [r1.prev, r2.prev] = [r2.prev, r1.prev];
    expect((await verifyChain(relinked)).intact).toBe(false);
  });

  it('stays intact after purgeEntry, which erases the text and marks every revision purged', async () => {
    const k = await key();
    const canary = 'PURGE-CANARY-8c41e7';
    await saveRevision(k, 'a', fields({ what: 'stays' }));
    await saveRevision(k, 'p', fields({ what: canary, where: canary, who: canary, felt: canary, tags: [canary] }));
    await saveRevision(k, 'a', fields({ what: 'stays, edited' }));
    await saveRevision(k, 'p', fields({ what: `${canary} edited`, tags: [canary] }));
    const before = await verifyChain((await openJournal(k)).entries);

    const purged = await purgeEntry(k, 'p');
    expect(purged!.revisions).toHaveLength(2);
    for (const revision of purged!.revisions) {
      expect(revision.purged).toBe(true);
      expect(revision.fields).toBeNull();
    }
    expect(JSON.stringify(purged)).not.toContain(canary);

    const record = await readRecord(`${ENTRY_PREFIX}p`);
    const { value: decrypted } = await openRecord<Entry>(k, `${ENTRY_PREFIX}p`, record);
    expect(JSON.stringify(decrypted)).not.toContain(canary);
    expect(decrypted.revisions.every((revision) => revision.purged === true && revision.fields === null)).toBe(true);

    const { entries } = await openJournal(k);
    expect(byId(entries, 'a').revisions[1]!.fields!.what).toBe('stays, edited');
    expect(await verifyChain(entries)).toEqual(before);

    // And the chain goes on after it.
    await saveRevision(k, 'a', fields());
    expect(await verifyChain((await openJournal(k)).entries)).toMatchObject({ intact: true, length: 5 });
  });

  it('purgeEntry of an unknown id returns null and writes nothing', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields());
    const before = await snapshot();
    expect(await purgeEntry(k, 'nope')).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  // Regression (found by this suite, fixed): purgeEntry erases the entry's record but not a draft of that same entry, so the text the
  // user chose to erase "for good" is still stored, and loadDraft offers it again.
  it('purgeEntry also erases a draft of the purged entry', async () => {
    const k = await key();
    const canary = 'DRAFT-PURGE-CANARY-3b9f';
    await saveRevision(k, 'p', fields({ what: 'original' }));
    await saveDraft(k, { entryId: 'p', fields: fields({ what: canary }), savedAt: new Date().toISOString() });
    await purgeEntry(k, 'p');
    expect(JSON.stringify(await loadDraft(k))).not.toContain(canary);
  });
});

describe('records that cannot be opened', () => {
  it('are reported (unreadable or newer-version) while the good entries open, and nothing is deleted', async () => {
    const k = await key();
    const ids = ['good1', 'flipped', 'truncated', 'notobject', 'newer', 'good2', 'source'];
    for (const id of ids) await saveRevision(k, id, fields({ what: `text of ${id}` }));

    const flipped = await readRecord('h:flipped');
    const truncated = await readRecord('h:truncated');
    const newer = await readRecord('h:newer');
    const source = await readRecord('h:source');
    await put({
      'h:flipped': { ...flipped, env: flipByte(flipped.env) },
      'h:truncated': { ...truncated, env: { ...truncated.env, ct: truncated.env.ct.slice(0, 12) } },
      'h:notobject': 'this is not a record',
      'h:array': [1, 2, 3],
      'h:number': 42,
      'h:noenv': { v: 1 },
      // A newer schema, sealed as a newer version would seal it.
      'h:newer': { v: 2, env: await sealJson(k, { id: 'newer', revisions: [], extra: true }, 'h:newer|v2') },
      'h:newer-garbage': { ...newer, v: 4 },
      // An entry's ciphertext copied to another key.
      'h:other': source,
      // Sealed for its own key but holding another entry's id.
      'h:liar': { v: 1, env: await sealJson(k, { id: 'good1', revisions: [] }, 'h:liar|v1') },
      'h:norevisions': { v: 1, env: await sealJson(k, { id: 'norevisions' }, 'h:norevisions|v1') },
      // Sealed nothing: a spare (core/vault/spares.ts), skipped, not a problem.
      'h:null': { v: 1, env: await sealJson(k, null, 'h:null|v1') },
    });
    const before = await snapshot();

    const { entries, problems } = await openJournal(k);
    expect(problems).toEqual([
      { key: 'h:array', reason: 'unreadable' },
      { key: 'h:flipped', reason: 'unreadable' },
      { key: 'h:liar', reason: 'unreadable' },
      { key: 'h:newer', reason: 'newer-version' },
      { key: 'h:newer-garbage', reason: 'newer-version' },
      { key: 'h:noenv', reason: 'unreadable' },
      { key: 'h:norevisions', reason: 'unreadable' },
      { key: 'h:notobject', reason: 'unreadable' },
      { key: 'h:number', reason: 'unreadable' },
      { key: 'h:other', reason: 'unreadable' },
      { key: 'h:truncated', reason: 'unreadable' },
    ]);
    expect(entries.map((entry) => entry.id).sort()).toEqual(['good1', 'good2', 'source']);
    expect(byId(entries, 'good2').revisions[0]!.fields!.what).toBe('text of good2');
    expect(byId(entries, 'source').revisions[0]!.fields!.what).toBe('text of source');
    expect(await snapshot()).toEqual(before);
  });

  it('are not overwritten by a save or a purge of the same entry', async () => {
    const k = await key();
    await saveRevision(k, 'bad', fields());
    await saveRevision(k, 'newer', fields());
    const bad = await readRecord('h:bad');
    await put({ 'h:bad': { ...bad, env: flipByte(bad.env) }, 'h:newer': { v: 2, env: bad.env } });
    const before = await snapshot();

    await expect(saveRevision(k, 'bad', fields({ what: 'again' }))).rejects.toBeInstanceOf(DecryptError);
    await expect(saveRevision(k, 'newer', fields({ what: 'again' }))).rejects.toThrow();
    await expect(purgeEntry(k, 'bad')).rejects.toBeInstanceOf(DecryptError);
    expect(await snapshot()).toEqual(before);
  });

  it('a damaged head makes a save fail instead of restarting the chain, and is left alone', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields());
    const head = await readRecord(HEAD_KEY);
    await put({ [HEAD_KEY]: { ...head, env: flipByte(head.env) } });
    const before = await snapshot();
    await expect(saveRevision(k, 'b', fields())).rejects.toBeInstanceOf(DecryptError);
    expect(await snapshot()).toEqual(before);
  });

  it('ignores records that are not journal entries (head, draft, settings)', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields(), { clearDraft: true });
    await put({ settings: { cover: 'calculator' }, keyring: 'x', lock: 1 });
    const { entries, problems } = await openJournal(k);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.id)).toEqual(['a']);
  });
});

describe('a wrong key', () => {
  it('opens nothing: every record is reported unreadable, nothing is thrown or written', async () => {
    const k = await key();
    for (const id of ['a', 'b', 'c']) await saveRevision(k, id, fields());
    await saveDraft(k, { entryId: null, fields: fields(), savedAt: new Date().toISOString() });
    const before = await snapshot();

    const wrong = await otherKey();
    const { entries, problems } = await openJournal(wrong);
    expect(entries).toEqual([]);
    // The spares too: with the head unreadable nothing says which records they are.
    const records = Object.keys(before).filter((name) => name.startsWith(ENTRY_PREFIX) || name === HEAD_KEY);
    expect(records).toHaveLength(SPARE_STEP + 1);
    expect(problems).toEqual(records.sort().map((storageKey) => ({ key: storageKey, reason: 'unreadable' })));
    expect(await loadDraft(wrong)).toBeNull();
    // A save under the wrong key fails on the head rather than overwriting anything.
    await expect(saveRevision(wrong, 'a', fields())).rejects.toBeInstanceOf(DecryptError);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a failed write', () => {
  it('throws StorageFullError, leaves the saved entry and head exactly as they were, and a later save succeeds', async () => {
    const k = await key();
    const { entry } = await saveRevision(k, 'a', fields({ what: 'saved before' }));
    await saveDraft(k, { entryId: 'a', fields: fields({ what: 'draft' }), savedAt: new Date().toISOString() });
    const before = await snapshot();

    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveRevision(k, 'a', fields({ what: 'lost' }), { clearDraft: true })).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot()).toEqual(before);
    expect((await openJournal(k)).entries).toStrictEqual([entry]);
    expect((await loadDraft(k))!.fields.what).toBe('draft');

    const again = await saveRevision(k, 'a', fields({ what: 'saved after' }), { clearDraft: true });
    expect(again.entry.revisions.map((revision) => revision.seq)).toEqual([1, 2]);
    const { entries } = await openJournal(k);
    expect(entries[0]!.revisions.map((revision) => revision.fields!.what)).toEqual(['saved before', 'saved after']);
    expect(await verifyChain(entries)).toMatchObject({ intact: true, length: 2 });
    expect(await loadDraft(k)).toBeNull();
  });
});

describe('drafts', () => {
  const draft = (patch: Partial<Draft> = {}): Draft => ({
    entryId: null,
    fields: fields({ what: 'half-written 👩‍👧 نص' }),
    savedAt: '2025-06-01T12:00:00.000Z',
    ...patch,
  });

  it('round-trip through saveDraft and loadDraft, and there is none at first', async () => {
    const k = await key();
    expect(await loadDraft(k)).toBeNull();
    await saveDraft(k, draft());
    expect(await loadDraft(k)).toStrictEqual(draft());
    await saveDraft(k, draft({ entryId: 'a', fields: fields({ what: 'newer' }) }));
    expect(await loadDraft(k)).toStrictEqual(draft({ entryId: 'a', fields: fields({ what: 'newer' }) }));
  });

  it('clearDraft makes loadDraft return null', async () => {
    const k = await key();
    await saveDraft(k, draft());
    await clearDraft(k);
    expect(await loadDraft(k)).toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('half-written');
  });

  it('saveRevision with clearDraft: true clears it in the same write', async () => {
    const k = await key();
    await saveDraft(k, draft());
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await saveRevision(k, 'a', draft().fields, { clearDraft: true });
    expect(set).toHaveBeenCalledTimes(1);
    expect(set.mock.calls[0]![0]).toHaveProperty(DRAFT_KEY);
    expect(await loadDraft(k)).toBeNull();

    // Without clearDraft, the draft stays.
    await saveDraft(k, draft());
    await saveRevision(k, 'b', fields());
    expect(await loadDraft(k)).toStrictEqual(draft());
  });

  it('a corrupted, foreign or newer draft yields null rather than throwing', async () => {
    const k = await key();
    await saveDraft(k, draft());
    await saveRevision(k, 'a', fields());
    const good = await readRecord(DRAFT_KEY);
    const entryRecord = await readRecord(`${ENTRY_PREFIX}a`);
    const bad: unknown[] = [
      { ...good, env: flipByte(good.env) },
      { ...good, env: { ...good.env, ct: good.env.ct.slice(0, 10) } },
      { ...good, env: { ...good.env, ct: '***not base64***' } },
      'not a record',
      null,
      7,
      { v: 1 },
      { ...good, v: 2 },
      entryRecord,
    ];
    for (const stored of bad) {
      await put({ [DRAFT_KEY]: stored });
      await expect(loadDraft(k)).resolves.toBeNull();
    }
  });
});

describe('migrations', () => {
  it('migrateEntry applies the steps in order from an older version and leaves a current one alone', () => {
    const calls: string[] = [];
    migrations[-1] = (entry) => {
      calls.push('-1 → 0');
      return { ...(entry as object), step1: true };
    };
    migrations[0] = (entry) => {
      calls.push('0 → 1');
      const { legacyId, ...rest } = entry as { legacyId: string; step1: boolean };
      return { id: legacyId, revisions: [], sawStep1: rest.step1 };
    };
    expect(migrateEntry(-1, { legacyId: 'x' })).toEqual({ id: 'x', revisions: [], sawStep1: true });
    expect(calls).toEqual(['-1 → 0', '0 → 1']);

    calls.length = 0;
    const current = { id: 'y', revisions: [] };
    expect(migrateEntry(1, current)).toBe(current);
    expect(calls).toEqual([]);
  });

  it('migrateEntry throws for a version with no migration', () => {
    expect(() => migrateEntry(0, { id: 'x', revisions: [] })).toThrow('No migration from entry schema 0');
    migrations[0] = (entry) => entry;
    expect(() => migrateEntry(-1, { id: 'x', revisions: [] })).toThrow('No migration from entry schema -1');
  });

  it('a stored v: 0 record opens through migrations[0], and with no migration is reported, not thrown', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields({ what: 'current' }));
    const old = { entryId: 'old', history: [] };
    await put({ 'h:old': { v: 0, env: await sealJson(k, old, 'h:old|v0') } });

    const without = await openJournal(k);
    expect(without.problems).toEqual([{ key: 'h:old', reason: 'unreadable' }]);
    expect(without.entries.map((entry) => entry.id)).toEqual(['a']);

    migrations[0] = (entry) => {
      const { entryId, history } = entry as typeof old;
      return { id: entryId, revisions: history };
    };
    const withMigration = await openJournal(k);
    expect(withMigration.problems).toEqual([]);
    expect(byId(withMigration.entries, 'old')).toEqual({ id: 'old', revisions: [] });
  });
});

describe('removeJournalRecords', () => {
  it('removes exactly the keys given', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields());
    await saveRevision(k, 'b', fields());
    await put({ settings: { cover: 'calculator' } });
    await removeJournalRecords([`${ENTRY_PREFIX}a`, HEAD_KEY]);
    const left = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(left.filter((name) => !name.startsWith(ENTRY_PREFIX) || name === `${ENTRY_PREFIX}b`).sort()).toEqual([`${ENTRY_PREFIX}b`, 'settings', shardKey(0)]);
    expect(left).not.toContain(`${ENTRY_PREFIX}a`);
  });
});

/** The chain as stored: every entry plus the recorded head. */
async function verifyStored(k: CryptoKey) {
  const opened = await openJournal(k);
  return verifyChain(opened.entries, opened.head);
}

describe('appendEntries (bulk add)', () => {
  it('continues the chain from the stored head and refuses ids that exist', async () => {
    const k = await importKey(new Uint8Array(32).fill(7));
    await saveRevision(k, 'first', fields({ what: 'one' }));
    const items = Array.from({ length: 450 }, (_, i) => ({ id: `bulk-${i}`, fields: fields({ what: `entry ${i}` }) }));
    expect(await appendEntries(k, items)).toBe(451);
    await saveRevision(k, 'last', fields({ what: 'after' }));
    const opened = await openJournal(k);
    expect(opened.entries).toHaveLength(452);
    expect(await verifyChain(opened.entries, opened.head)).toMatchObject({ intact: true, length: 452 });
    const before = await snapshot();
    await expect(appendEntries(k, [{ id: 'first', fields: fields() }])).rejects.toThrow(/already exist/);
    expect(await snapshot()).toEqual(before);
  });
});
