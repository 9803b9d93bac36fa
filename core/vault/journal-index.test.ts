import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '../crypto';
import { DEFLATED_JSON_RECORD, JSON_RECORD, openRecord, PADDED, sealRecord, type StoredRecord } from './records';
import { indexMatches, SHARD_FORMAT, SHARD_SIZE, shardKey, summarize, type EntrySummary } from './journal-index';
import {
  appendEntries,
  ENTRY_PREFIX,
  fieldsDigest,
  HEAD_KEY,
  mergeImported,
  newEntryId,
  openJournal,
  openList,
  purgeEntry,
  rebuildIndex,
  saveRevision,
  verifyChain,
  type EntryFields,
} from './journal';

const key = () => importKey(new Uint8Array(32).fill(7));

const fields = (what: string, patch: Partial<EntryFields> = {}): EntryFields => ({
  happenedAt: '2024-03-01T21:15',
  what,
  where: 'Kitchen',
  who: 'Partner',
  categories: ['monitoring'],
  felt: 'Scared',
  tags: ['phone'],
  ...patch,
});

const snapshot = async () => structuredClone(await fakeBrowser.storage.local.get(null));
const byId = (summaries: EntrySummary[] | null) => new Map((summaries ?? []).map((summary) => [summary.id, summary]));

/** What openList shows must be exactly what the entries say. */
async function expectIndexTrue(k: CryptoKey) {
  const list = await openList(k);
  const { entries, problems } = await openJournal(k);
  expect(problems).toEqual([]);
  expect(list.brokenShards).toEqual([]);
  expect(indexMatches(list.summaries, entries)).toBe(true);
  return list;
}

beforeEach(() => fakeBrowser.reset());

describe('the list index', () => {
  it('lists every entry from the shards alone, one summary each, and stays true through edits and deletes', async () => {
    const k = await key();
    const ids = Array.from({ length: SHARD_SIZE * 2 + 3 }, newEntryId);
    await appendEntries(k, ids.map((id, n) => ({ id, fields: fields(`entry ${n}`, { happenedAt: `2024-01-${String((n % 28) + 1).padStart(2, '0')}T10:00` }) })));
    await saveRevision(k, ids[3]!, fields('entry 3, written again', { categories: ['threats', 'isolation'] }));
    await saveRevision(k, ids[60]!, null);

    const list = await expectIndexTrue(k);
    expect(list.head.shards).toBe(3);
    expect(list.summaries).toHaveLength(ids.length);
    const summaries = byId(list.summaries);
    expect(summaries.get(ids[3]!)).toMatchObject({ snippet: 'entry 3, written again', edited: true, deleted: false, categories: ['threats', 'isolation'] });
    expect(summaries.get(ids[60]!)).toMatchObject({ deleted: true, happenedAt: '', snippet: '' });
    expect(summaries.get(ids[0]!)).toMatchObject({ snippet: 'entry 0', edited: false, happenedAt: '2024-01-01T10:00' });
  });

  it('keeps only the first words of "what happened" and nothing of the other fields', () => {
    const long = 'w'.repeat(500);
    const summary = summarize({ id: 'a', revisions: [{ seq: 1, writtenAt: '2024-01-01T00:00:00.000Z', fields: fields(long), fieldsDigest: '', prev: '', hash: '' }] });
    expect(summary.snippet).toHaveLength(120);
    expect(JSON.stringify(summary)).not.toMatch(/Kitchen|Partner|Scared|phone/);
  });

  it('saving one entry writes the same few records, of about the same size, at 60 and at 600 entries', async () => {
    const k = await key();
    const bytesOfOneSave = async () => {
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      await saveRevision(k, newEntryId(), fields('one more'));
      const written = set.mock.calls[0]![0] as Record<string, unknown>;
      set.mockRestore();
      return { keys: Object.keys(written).length, bytes: JSON.stringify(written).length };
    };
    await appendEntries(k, Array.from({ length: 59 }, (_, n) => ({ id: newEntryId(), fields: fields(`seed ${n}`) })));
    const small = await bytesOfOneSave();
    await appendEntries(k, Array.from({ length: 540 }, (_, n) => ({ id: newEntryId(), fields: fields(`seed ${n}`) })));
    const large = await bytesOfOneSave();
    expect(small.keys).toBe(3);
    expect(large.keys).toBe(3);
    // One shard holds at most SHARD_SIZE summaries, whatever the journal's size.
    expect(large.bytes).toBeLessThan(small.bytes * 2);
    await expectIndexTrue(k);
  });

  it('appendEntries fills the last shard, then opens new ones, and the list shows them all', async () => {
    const k = await key();
    await saveRevision(k, newEntryId(), fields('first'));
    await appendEntries(k, Array.from({ length: 130 }, (_, n) => ({ id: newEntryId(), fields: fields(`bulk ${n}`) })));
    const list = await expectIndexTrue(k);
    expect(list.summaries).toHaveLength(131);
    expect(list.head.shards).toBe(Math.ceil(131 / SHARD_SIZE));
  });

  it('an import (mergeImported) of new entries and of new versions of existing ones keeps the index true', async () => {
    const k = await key();
    const existing = Array.from({ length: SHARD_SIZE + 2 }, newEntryId);
    for (const id of existing) await saveRevision(k, id, fields(`mine ${id}`));
    const imported = async (what: string) => ({ writtenAt: '2023-05-05T10:00:00.000Z', fields: fields(what), fieldsDigest: await fieldsDigest(fields(what)) });
    const fresh = Array.from({ length: 60 }, newEntryId);
    await mergeImported(k, [
      ...(await Promise.all(fresh.map(async (id) => ({ id, revisions: [await imported(`from the file ${id}`)] })))),
      { id: existing[1]!, revisions: [await imported('an older version from the file')] },
      { id: existing[SHARD_SIZE + 1]!, revisions: [{ ...(await imported('a later version from the file')), writtenAt: '2099-01-01T00:00:00.000Z' }] },
    ]);
    const list = await expectIndexTrue(k);
    expect(list.summaries).toHaveLength(existing.length + fresh.length);
    const summaries = byId(list.summaries);
    expect(summaries.get(existing[1]!)).toMatchObject({ snippet: `mine ${existing[1]}`, edited: true });
    expect(summaries.get(existing[SHARD_SIZE + 1]!)).toMatchObject({ snippet: 'a later version from the file', edited: true });
  });

  it('a permanent delete erases the first words from the index too', async () => {
    const k = await key();
    const id = newEntryId();
    await saveRevision(k, id, fields('CANARY-SNIPPET words'));
    await purgeEntry(k, id);
    const { summaries } = await openList(k);
    expect(JSON.stringify(summaries)).not.toContain('CANARY');
    expect(summaries).toEqual([expect.objectContaining({ id, deleted: true, snippet: '' })]);
  });

  it('stores shards compact and deflated (a third of the bytes or less for ordinary text), and still reads the first format', async () => {
    const k = await key();
    const words = 'she said I was too sensitive and that it never happened the way I remember it'.split(' ');
    const text = (n: number) => Array.from({ length: 30 }, (_, i) => words[(n * 7 + i * 3) % words.length]).join(' ');
    for (let n = 0; n < SHARD_SIZE; n++) await saveRevision(k, newEntryId(), fields(text(n), { categories: n % 2 ? ['gaslighting'] : ['isolation', 'threats'] }));
    const { summaries } = await openList(k);
    const stored = (await fakeBrowser.storage.local.get([shardKey(0)]))[shardKey(0)] as StoredRecord;
    const first = await sealRecord(k, shardKey(0), summaries);
    expect(stored.v).toBe(PADDED);
    expect((await openRecord(k, shardKey(0), stored, [JSON_RECORD, DEFLATED_JSON_RECORD])).version).toBe(SHARD_FORMAT);
    expect(stored.env.ct.length).toBeLessThan(first.env.ct.length / 3);
    // A shard written by the first format (summaries as objects, sealed as a record) still opens.
    await fakeBrowser.storage.local.set({ [shardKey(0)]: first });
    expect((await openList(k)).summaries).toEqual(summaries);
  });
});

describe('a journal without a usable index', () => {
  it('a journal from before the index has none; rebuildIndex writes it, touching no entry, and saves keep it true', async () => {
    const k = await key();
    const ids = Array.from({ length: 70 }, newEntryId);
    for (const id of ids) await saveRevision(k, id, fields(`old ${id}`));
    // What the previous version stored: no shards, and a head that names none.
    const old = await snapshot();
    const { head } = await openList(k);
    await fakeBrowser.storage.local.remove([shardKey(0), shardKey(1)]);
    await fakeBrowser.storage.local.set({ [HEAD_KEY]: await sealRecord(k, HEAD_KEY, { seq: head.seq, hash: head.hash }) });

    expect((await openList(k)).summaries).toBeNull();
    const { entries, head: seen } = await openJournal(k);
    expect(await rebuildIndex(k, entries, seen!.seq)).toBe(true);
    const after = await snapshot();
    for (const id of ids) expect(after[`${ENTRY_PREFIX}${id}`]).toEqual(old[`${ENTRY_PREFIX}${id}`]);
    await expectIndexTrue(k);

    // Entries remember the shard they were in before; a save finds where the rebuild put them.
    await saveRevision(k, ids[5]!, fields('edited after the rebuild'));
    const list = await expectIndexTrue(k);
    expect(byId(list.summaries).get(ids[5]!)?.snippet).toBe('edited after the rebuild');
    const reopened = await openJournal(k);
    expect((await verifyChain(reopened.entries, reopened.head)).intact).toBe(true);
  });

  it('a damaged shard is reported, every entry still opens, and a rebuild repairs the list', async () => {
    const k = await key();
    const total = SHARD_SIZE * 2 + 20;
    await appendEntries(k, Array.from({ length: total }, (_, n) => ({ id: newEntryId(), fields: fields(`entry ${n}`) })));
    await fakeBrowser.storage.local.set({ [shardKey(1)]: { v: 1, env: { v: 1, alg: 'A256GCM', iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAAAA' } } });

    const broken = await openList(k);
    expect(broken.brokenShards).toEqual([1]);
    expect(broken.summaries).toHaveLength(total - SHARD_SIZE);
    const { entries, problems, head } = await openJournal(k);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(total);
    expect(indexMatches(broken.summaries, entries)).toBe(false);

    expect(await rebuildIndex(k, entries, head!.seq)).toBe(true);
    expect((await expectIndexTrue(k)).summaries).toHaveLength(total);
  });

  it('a rebuild gives way to a save that came in after the entries were read', async () => {
    const k = await key();
    await saveRevision(k, newEntryId(), fields('one'));
    const { entries, head } = await openJournal(k);
    await saveRevision(k, newEntryId(), fields('two, saved meanwhile'));
    const before = await snapshot();
    expect(await rebuildIndex(k, entries, head!.seq)).toBe(false);
    expect(await snapshot()).toEqual(before);
    await expectIndexTrue(k);
  });

  it('opens the journal where the browser cannot list keys alone (reads everything once instead)', async () => {
    const k = await key();
    for (let n = 0; n < 5; n++) await saveRevision(k, newEntryId(), fields(`entry ${n}`));
    const local = fakeBrowser.storage.local as { getKeys?: unknown };
    const getKeys = local.getKeys;
    delete local.getKeys;
    try {
      const progress: number[] = [];
      const { entries, problems } = await openJournal(k, (opened) => progress.push(opened));
      expect(entries).toHaveLength(5);
      expect(problems).toEqual([]);
      expect(progress).toEqual([5]);
    } finally {
      local.getKeys = getKeys;
    }
  });
});
