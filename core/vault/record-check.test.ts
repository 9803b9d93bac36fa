import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '../crypto';
import { ENTRY_PREFIX, HEAD_KEY, indexMatches, openJournal, openList, rebuildIndex, saveRevision, verifyChain, chainOf, type EntryFields } from './journal';
import { listedIds } from './record-check';
import { checkRecord } from './record-notes';
import { openRecord, sealRecord } from './records';
import type { Entry } from './entry';

/**
 * Issue #23: someone who can write into storage (devtools on the popup) but has no passphrase
 * removes, or puts back older copies of, the journal's records. Each move is found when the
 * journal opens, noted in the chain itself, never "repaired" by dropping anything, and saving
 * goes on soundly: the next opening finds nothing new.
 */

const key = () => importKey(new Uint8Array(32).fill(7));
const fields = (what: string): EntryFields => ({ happenedAt: '2026-03-01T21:15', what, where: '', who: '', categories: [], felt: '', tags: [] });
const snapshot = async () => structuredClone(await fakeBrowser.storage.local.get(null));
const local = () => fakeBrowser.storage.local;

/** What the journal's screen does on opening: the list index first, then every entry, then the check. */
async function openAndCheck(k: CryptoKey) {
  const list = await openList(k).catch(() => null);
  const opened = await openJournal(k);
  const result = await checkRecord(k, opened, listedIds(list));
  // As the screen does next: the index is derived data, written again when it differs.
  const after = await openJournal(k);
  if (after.head && !indexMatches(list?.summaries ?? null, after.entries)) await rebuildIndex(k, after.entries, after.head.seq);
  return { ...result, entries: after.entries };
}

async function soundAfterwards(k: CryptoKey) {
  const opened = await openJournal(k);
  return verifyChain(chainOf(opened), opened.head);
}

async function threeEntries(k: CryptoKey) {
  await saveRevision(k, 'a', fields('one'));
  await saveRevision(k, 'b', fields('two'));
  await saveRevision(k, 'c', fields('three'));
}

beforeEach(() => fakeBrowser.reset());

describe('the check on opening', () => {
  it('finds nothing in a journal no one touched, and writes nothing', async () => {
    const k = await key();
    await threeEntries(k);
    const before = await snapshot();
    const result = await openAndCheck(k);
    expect(result.found).toEqual([]);
    expect(result.chain).toMatchObject({ intact: true, sound: true, length: 3, notes: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('a removed chain end: noted, every entry kept, and the next save continues the chain instead of starting it again', async () => {
    const k = await key();
    await threeEntries(k);
    await local().remove(HEAD_KEY);
    const result = await openAndCheck(k);
    expect(result.found).toEqual([{ kind: 'end-missing' }]);
    expect(result.entries.map((entry) => entry.id).sort()).toEqual(['a', 'b', 'c']);
    const saved = await saveRevision(k, 'd', fields('four'));
    // 1-3 the entries, 4 the note, 5 the new save: nothing numbered twice.
    expect(saved.entry.revisions[0]!.seq).toBe(5);
    const check = await soundAfterwards(k);
    expect(check).toMatchObject({ intact: true, sound: true, length: 5 });
    expect(check.notes).toEqual([expect.objectContaining({ seq: 4, findings: [{ kind: 'end-missing' }] })]);
    expect((await openAndCheck(k)).found).toEqual([]);
  });

  it('a removed chain end and a save before any opening: the save notes it first, and numbers nothing twice', async () => {
    const k = await key();
    await threeEntries(k);
    await local().remove(HEAD_KEY);
    const saved = await saveRevision(k, 'd', fields('four'));
    expect(saved.entry.revisions[0]!.seq).toBe(5);
    expect(await soundAfterwards(k)).toMatchObject({ intact: true, sound: true, length: 5, notes: [expect.objectContaining({ findings: [{ kind: 'end-missing' }] })] });
  });

  it('a removed entry: the missing places and the entry gone from the list are noted; later saves are sound', async () => {
    const k = await key();
    await threeEntries(k);
    await saveRevision(k, 'a', fields('one, edited'));
    await local().remove(`${ENTRY_PREFIX}b`);
    const result = await openAndCheck(k);
    expect(result.found).toEqual([{ kind: 'missing', revisions: [2] }, { kind: 'gone', count: 1 }]);
    expect(result.chain).toMatchObject({ intact: false, sound: false, problem: { kind: 'missing', revision: 2 } });
    await saveRevision(k, 'e', fields('five'));
    const check = await soundAfterwards(k);
    expect(check).toMatchObject({ intact: false, sound: true, checkedFrom: { seq: 5 } });
    expect(check.problem).toBeUndefined();
    expect((await openAndCheck(k)).found).toEqual([]);
  });

  it('the latest entry removed: the chain end counts more than is stored', async () => {
    const k = await key();
    await threeEntries(k);
    await local().remove(`${ENTRY_PREFIX}c`);
    const result = await openAndCheck(k);
    expect(result.found).toEqual([{ kind: 'end-ahead', end: 3, newest: 2 }, { kind: 'missing', revisions: [3] }, { kind: 'gone', count: 1 }]);
    // The note takes place 4, after the head's 3: place 3 stays the removed entry's.
    expect(result.head?.seq).toBe(4);
    expect(await soundAfterwards(k)).toMatchObject({ sound: true });
  });

  it('an older chain end put back: the head is behind the newest revision, and the note links after the newest', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields('one'));
    const old = await snapshot();
    await saveRevision(k, 'b', fields('two'));
    await saveRevision(k, 'a', fields('one, edited'));
    await local().set({ [HEAD_KEY]: old[HEAD_KEY] });
    const result = await openAndCheck(k);
    expect(result.found).toEqual([{ kind: 'end-behind', end: 1, newest: 3 }]);
    const saved = await saveRevision(k, 'c', fields('three'));
    expect(saved.entry.revisions[0]!.seq).toBe(5);
    expect(await soundAfterwards(k)).toMatchObject({ intact: true, sound: true, length: 5 });
  });

  it('an entry the list did not know (its record put back with an older list and head): noted as extra', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields('one'));
    const old = await snapshot();
    await saveRevision(k, 'b', fields('two'));
    const now = await snapshot();
    // Every record back to before "b", except b's own.
    await local().clear();
    await local().set({ ...old, [`${ENTRY_PREFIX}b`]: now[`${ENTRY_PREFIX}b`] });
    const result = await openAndCheck(k);
    expect(result.found).toEqual(expect.arrayContaining([{ kind: 'end-behind', end: 1, newest: 2 }, { kind: 'extra', count: 1 }]));
    expect(result.entries.map((entry) => entry.id).sort()).toEqual(['a', 'b']);
    expect((await openAndCheck(k)).found).toEqual([]);
  });

  it('a broken link (a revision re-linked elsewhere): noted as broken at its place', async () => {
    const k = await key();
    await threeEntries(k);
    const storageKey = `${ENTRY_PREFIX}b`;
    const entry = (await openRecord<Entry>(k, storageKey, (await local().get(storageKey))[storageKey])).value;
    entry.revisions[0]!.prev = 'f'.repeat(64);
    await local().set({ [storageKey]: await sealRecord(k, storageKey, entry) });
    const result = await openAndCheck(k);
    expect(result.found).toEqual([{ kind: 'broken', revision: 2 }]);
    expect(await soundAfterwards(k)).toMatchObject({ sound: true, intact: false });
  });

  it('a change below a note after it was written is a new finding', async () => {
    const k = await key();
    await threeEntries(k);
    await saveRevision(k, 'a', fields('one, edited'));
    await local().remove(`${ENTRY_PREFIX}c`);
    expect((await openAndCheck(k)).found).toEqual([{ kind: 'missing', revisions: [3] }, { kind: 'gone', count: 1 }]);
    // Now the other revision of "a" goes back to its first version: revision 4 disappears, below the note.
    const storageKey = `${ENTRY_PREFIX}a`;
    const entry = (await openRecord<Entry>(k, storageKey, (await local().get(storageKey))[storageKey])).value;
    await local().set({ [storageKey]: await sealRecord(k, storageKey, { ...entry, revisions: entry.revisions.slice(0, 1) }) });
    const again = await openAndCheck(k);
    expect(again.found).toEqual(expect.arrayContaining([{ kind: 'missing', revisions: [3, 4] }]));
    expect(await soundAfterwards(k)).toMatchObject({ sound: true });
    expect((await openAndCheck(k)).found).toEqual([]);
  });

  it('a list shard that cannot be opened is not taken for entries added or removed', async () => {
    const k = await key();
    await threeEntries(k);
    await local().set({ 'x:0': { v: 3, env: { v: 1, alg: 'A256GCM', iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } } });
    expect((await openAndCheck(k)).found).toEqual([]);
  });

  it('a chain end written by a newer Haven is left alone: found, but nothing written', async () => {
    const k = await key();
    await threeEntries(k);
    const newer = { ...((await local().get(HEAD_KEY))[HEAD_KEY] as object), v: 99 };
    await local().set({ [HEAD_KEY]: newer });
    const before = await snapshot();
    const opened = await openJournal(k);
    const result = await checkRecord(k, opened, null);
    expect(result.found).toEqual([{ kind: 'end-unreadable' }]);
    expect(result.head).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });
});
