import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '../crypto';
import { openJournal, saveRevision, type EntryFields } from '../vault/journal';
import { exportBackup } from './export';
import { readBackup } from './read';
import { applyRestore } from './restore';

/** An entry with attached files keeps their details through a copy, and its digest with them. */
const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 } as const;
const PASS = 'attachment fields passphrase';
const key = () => importKey(new Uint8Array(32).fill(7));
const withFile: EntryFields = {
  happenedAt: '2026-03-01T21:15',
  what: 'A photo of the door',
  where: '',
  who: '',
  categories: [],
  felt: '',
  tags: [],
  attachments: [
    { id: 'a'.repeat(32), sha256: 'b'.repeat(64), size: 1234, name: 'door.jpg', type: 'image/jpeg', claimedType: 'image/jpeg', addedAt: '2026-03-01T21:20:00.000Z', fileDate: '2026:03:01 21:10:00' },
  ],
};

beforeEach(() => fakeBrowser.reset());

describe('attached files in a copy', { timeout: 30_000 }, () => {
  it('keep their details, and the same copy added again adds nothing', async () => {
    const k = await key();
    await saveRevision(k, 'a', withFile);
    const { file } = await exportBackup(k, PASS, { kdf: FAST });
    const read = await readBackup(file, PASS);
    if (!read.ok) throw new Error(read.message);
    expect((await applyRestore(k, read.payload)).revisionsAdded).toBe(0);
    await fakeBrowser.storage.local.clear();
    await applyRestore(k, read.payload);
    const [entry] = (await openJournal(k)).entries;
    expect(entry!.revisions[0]!.fields).toEqual(withFile);
  });
});
