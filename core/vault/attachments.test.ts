import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey, sha256Hex } from '../crypto';
import { StorageFullError } from './area';
import {
  addAttachment,
  AttachmentAlteredError,
  AttachmentMissingError,
  attachmentStream,
  CHUNK_BYTES,
  chunkCount,
  chunkKey,
  chunkKeysOf,
  eraseAttachments,
  readAttachment,
  removeOrphanChunks,
} from './attachments';
import { fieldsDigest, loadEntry, openJournal, purgeEntry, saveRevision, verifyChain, type EntryFields } from './journal';
import { CHUNK_PREFIX, isCurrentName, isDataRecordKey } from './layout';
import { plainLength, type StoredRecord } from './records';
import { wipeEverything } from './wipe';
import { bytesOf } from '@/tests/test-bytes';

const key = () => importKey(new Uint8Array(32).fill(7));
const otherKey = () => importKey(new Uint8Array(32).fill(8));
const fields = (patch: Partial<EntryFields> = {}): EntryFields => ({ happenedAt: '2024-03-01T21:15', what: 'The photo of the door.', where: '', who: '', categories: [], felt: '', tags: [], ...patch });

const stored = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const chunkNames = async () => Object.keys(await stored()).filter((name) => name.startsWith(CHUNK_PREFIX));

// Megabytes through Node's base64 (the browsers' native one is not in Node 20) on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('sealing a file in chunks', () => {
  it('keeps the original bytes exactly, with their SHA-256, size, names and times', async () => {
    const k = await key();
    const bytes = bytesOf(2 * CHUNK_BYTES + 1000);
    const attachment = await addAttachment(k, new Blob([bytes as BlobPart]), { name: 'door.jpg', claimedType: 'image/jpeg' }, { now: new Date('2024-03-02T08:00:00Z') });
    expect(attachment).toMatchObject({ sha256: await sha256Hex(bytes), size: bytes.length, name: 'door.jpg', claimedType: 'image/jpeg', addedAt: '2024-03-02T08:00:00.000Z' });
    expect(attachment.id).toMatch(/^[0-9a-f]{32}$/);
    const back = new Uint8Array(await (await readAttachment(k, attachment)).arrayBuffer());
    expect(back).toEqual(bytes);
  });

  it('splits at fixed sizes: every full chunk is 256 KiB sealed, the last one a padded size, names that do not group', async () => {
    const k = await key();
    const attachment = await addAttachment(k, new Blob([bytesOf(3 * CHUNK_BYTES + 10) as BlobPart]), { name: 'a.bin', claimedType: '' });
    expect(chunkCount(attachment.size)).toBe(4);
    const all = await stored();
    const names = await chunkKeysOf([attachment]);
    expect(names).toHaveLength(4);
    for (const name of names) {
      expect(name).toMatch(/^p:[0-9a-f]{32}$/);
      expect(isCurrentName(name)).toBe(true);
      expect(isDataRecordKey(name)).toBe(true);
      expect(name).not.toContain(attachment.id.slice(0, 8));
    }
    const sizes = names.map((name) => plainLength((all[name] as StoredRecord).env));
    expect(sizes.slice(0, 3)).toEqual([262144, 262144, 262144]);
    expect(sizes[3]).toBe(512);
  });

  it('binds each chunk to its name: one moved to another chunk\'s place does not open', async () => {
    const k = await key();
    const attachment = await addAttachment(k, new Blob([bytesOf(2 * CHUNK_BYTES) as BlobPart]), { name: 'a.bin', claimedType: '' });
    const [first, second] = await chunkKeysOf([attachment]);
    const all = await stored();
    await fakeBrowser.storage.local.set({ [first!]: all[second!], [second!]: all[first!] });
    await expect(readAttachment(k, attachment)).rejects.toThrow();
  });

  it('says when bytes are missing or are not the ones added', async () => {
    const k = await key();
    const attachment = await addAttachment(k, new Blob([bytesOf(CHUNK_BYTES + 5) as BlobPart]), { name: 'a.bin', claimedType: '' });
    await expect(readAttachment(k, { ...attachment, sha256: '0'.repeat(64) })).rejects.toBeInstanceOf(AttachmentAlteredError);
    await fakeBrowser.storage.local.remove(await chunkKey(attachment.id, 1));
    await expect(readAttachment(k, attachment)).rejects.toBeInstanceOf(AttachmentMissingError);
    await expect(readAttachment(await otherKey(), attachment)).rejects.toThrow();
  });

  it('streams the bytes a chunk at a time', async () => {
    const k = await key();
    const bytes = bytesOf(2 * CHUNK_BYTES + 7);
    const attachment = await addAttachment(k, new Blob([bytes as BlobPart]), { name: 'a.bin', claimedType: '' });
    const reader = attachmentStream(k, attachment).getReader();
    const parts: Uint8Array[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
    expect(parts.map((part) => part.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, 7]);
    expect(new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer())).toEqual(bytes);
  });

  it('removes what it wrote when the storage fills part-way, and throws the full storage', async () => {
    const k = await key();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls === 3) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const big = new Blob([bytesOf(20 * CHUNK_BYTES) as BlobPart]);
    await expect(addAttachment(k, big, { name: 'video.mp4', claimedType: 'video/mp4' })).rejects.toBeInstanceOf(StorageFullError);
    expect(await chunkNames()).toEqual([]);
  });
});

describe('the chain covers attachments', () => {
  it('leaves an entry without attachments exactly as before (same JSON, same digest)', async () => {
    const plain = fields();
    expect(JSON.stringify(plain)).not.toContain('attachments');
    expect(await fieldsDigest(plain)).toBe(await sha256Hex(JSON.stringify(plain)));
  });

  it('shows a changed hash, name or address in a saved revision as an altered revision', async () => {
    const k = await key();
    const attachment = await addAttachment(k, new Blob([bytesOf(1000) as BlobPart]), { name: 'page.png', claimedType: 'image/png', capture: { url: 'http://127.0.0.1/page', title: 'Messages', at: '2024-03-02T08:00:00.000Z' } });
    const { entry } = await saveRevision(k, 'e1', fields({ attachments: [attachment] }));
    expect((await verifyChain([entry])).intact).toBe(true);
    for (const change of [{ sha256: 'f'.repeat(64) }, { name: 'other.png' }, { capture: { ...attachment.capture!, url: 'http://elsewhere/' } }]) {
      const altered = { ...entry, revisions: entry.revisions.map((revision) => ({ ...revision, fields: { ...revision.fields!, attachments: [{ ...attachment, ...change }] } })) };
      expect((await verifyChain([altered])).problem).toEqual({ kind: 'altered', revision: 1 });
    }
    expect((await loadEntry(k, 'e1'))?.revisions[0]?.fields?.attachments).toEqual([attachment]);
  });
});

describe('deleting for good', () => {
  it('erases an attachment\'s chunks and leaves others', async () => {
    const k = await key();
    const kept = await addAttachment(k, new Blob([bytesOf(CHUNK_BYTES + 1, 2) as BlobPart]), { name: 'a', claimedType: '' });
    const gone = await addAttachment(k, new Blob([bytesOf(CHUNK_BYTES + 1, 3) as BlobPart]), { name: 'b', claimedType: '' });
    await eraseAttachments([gone]);
    expect((await chunkNames()).sort()).toEqual((await chunkKeysOf([kept])).sort());
    expect(Object.keys(await stored()).some((name) => /tape/.test(name))).toBe(false);
  });

  it('purging an entry erases the bytes of every attachment any of its versions named', async () => {
    const k = await key();
    const first = await addAttachment(k, new Blob([bytesOf(500, 4) as BlobPart]), { name: 'a', claimedType: '' });
    await saveRevision(k, 'e1', fields({ attachments: [first] }));
    const second = await addAttachment(k, new Blob([bytesOf(500, 5) as BlobPart]), { name: 'b', claimedType: '' });
    await saveRevision(k, 'e1', fields({ attachments: [second] }));
    const other = await addAttachment(k, new Blob([bytesOf(500, 6) as BlobPart]), { name: 'c', claimedType: '' });
    await saveRevision(k, 'e2', fields({ attachments: [other] }));
    await purgeEntry(k, 'e1');
    expect(await chunkNames()).toEqual(await chunkKeysOf([other]));
  });

  it('the emergency erase removes every chunk', async () => {
    const k = await key();
    await addAttachment(k, new Blob([bytesOf(3 * CHUNK_BYTES) as BlobPart]), { name: 'a', claimedType: '' });
    await wipeEverything();
    expect(await stored()).toEqual({});
  });
});

describe('chunks nothing names', () => {
  it('are removed once every entry is open; named ones (entries, earlier versions, the draft) stay', async () => {
    const k = await key();
    const inEntry = await addAttachment(k, new Blob([bytesOf(100, 7) as BlobPart]), { name: 'a', claimedType: '' });
    await saveRevision(k, 'e1', fields({ attachments: [inEntry] }));
    await saveRevision(k, 'e1', fields());
    const inDraft = await addAttachment(k, new Blob([bytesOf(100, 8) as BlobPart]), { name: 'b', claimedType: '' });
    const orphan = await addAttachment(k, new Blob([bytesOf(100, 9) as BlobPart]), { name: 'c', claimedType: '' });
    const { entries } = await openJournal(k);
    const draft = { entryId: null, fields: fields({ attachments: [inDraft] }), savedAt: '' };
    // A save since the entries were read: nothing is removed (the next open tries again).
    expect(await removeOrphanChunks(entries, async () => ({ unchanged: false, draft }))).toBe(0);
    expect(await chunkNames()).toHaveLength(3);
    const removed = await removeOrphanChunks(entries, async () => ({ unchanged: true, draft }));
    expect(removed).toBe(1);
    const left = await chunkNames();
    expect(left).not.toContain((await chunkKeysOf([orphan]))[0]);
    expect(left.sort()).toEqual((await chunkKeysOf([inEntry, inDraft])).sort());
  });
});
