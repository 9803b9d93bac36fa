import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '../crypto';
import { chainOf, ENTRY_PREFIX, openJournal, saveRevision, verifyChain, type Entry, type EntryFields } from '../vault/journal';
import { provenanceOf } from '../vault/provenance';
import { openRecord, sealRecord } from '../vault/records';
import { exportBackup } from './export';
import { readBackup } from './read';
import { applyRestore } from './restore';

/**
 * Issue #23: a copy can carry revisions with any past date. Each revision added from one says
 * so, with when it was added and the copy's last hash, covered by the chain; one the copy dates
 * before the entry was first written on this device is flagged.
 */

const PASS = 'import marks passphrase';
const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 } as const;
const key = () => importKey(new Uint8Array(32).fill(7));
const fields = (what: string): EntryFields => ({ happenedAt: '2024-03-01T21:15', what, where: '', who: '', categories: [], felt: '', tags: [] });

beforeEach(() => fakeBrowser.reset());

describe('revisions added from a copy', { timeout: 30_000 }, () => {
  it('are marked with the copy and the time added, and one dated before the entry was first written here is flagged', async () => {
    const k = await key();
    // The copy: "a" as written elsewhere on 1 March, and "b".
    await saveRevision(k, 'a', fields('from the copy'), { now: new Date('2024-03-01T10:00:00Z') });
    await saveRevision(k, 'b', fields('only in the copy'), { now: new Date('2024-03-02T10:00:00Z') });
    const copyEnd = (await openJournal(k)).head!.hash;
    const { file } = await exportBackup(k, PASS, { kdf: FAST });
    await fakeBrowser.storage.local.clear();
    // This device wrote "a" first on 5 March.
    await saveRevision(k, 'a', fields('written here'), { now: new Date('2024-03-05T10:00:00Z') });
    const read = await readBackup(file, PASS);
    if (!read.ok) throw new Error(read.message);
    await applyRestore(k, read.payload);

    const journal = await openJournal(k);
    const a = journal.entries.find((entry) => entry.id === 'a')!;
    const b = journal.entries.find((entry) => entry.id === 'b')!;
    const imported = a.revisions.find((revision) => revision.fields?.what === 'from the copy')!;
    expect(imported.imported).toEqual({ at: expect.any(String), copy: copyEnd });
    expect(a.revisions.find((revision) => revision.fields?.what === 'written here')!.imported).toBeUndefined();
    expect(provenanceOf(a).find((place) => place.seq === imported.seq)).toMatchObject({ backdated: true });
    // Wholly from the copy: marked, and nothing here to be dated before.
    expect(b.revisions[0]!.imported?.copy).toBe(copyEnd);
    expect(provenanceOf(b)[0]).toMatchObject({ backdated: false });
    expect(await verifyChain(chainOf(journal), journal.head)).toMatchObject({ intact: true, sound: true });
  });

  it('the mark is covered by the chain: taken off, the revision reads as altered', async () => {
    const k = await key();
    await saveRevision(k, 'a', fields('one'), { now: new Date('2024-03-01T10:00:00Z') });
    const { file } = await exportBackup(k, PASS, { kdf: FAST });
    await fakeBrowser.storage.local.clear();
    const read = await readBackup(file, PASS);
    if (!read.ok) throw new Error(read.message);
    await applyRestore(k, read.payload);
    const storageKey = `${ENTRY_PREFIX}a`;
    const entry = (await openRecord<Entry>(k, storageKey, (await fakeBrowser.storage.local.get(storageKey))[storageKey])).value;
    const unmarked = { ...entry.revisions[0]! };
    delete unmarked.imported;
    await fakeBrowser.storage.local.set({ [storageKey]: await sealRecord(k, storageKey, { ...entry, revisions: [unmarked] }) });
    const journal = await openJournal(k);
    expect(await verifyChain(chainOf(journal), journal.head)).toMatchObject({ intact: false, problem: { kind: 'altered', revision: 1 } });
  });
});
