import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '../crypto';
import { StorageFullError } from '../vault/area';
import { addAttachment, chunkKey, chunkKeysOf, readAttachment } from '../vault/attachments';
import type { Attachment } from '../vault/entry';
import { openJournal, purgeEntry, saveDraft, saveRevision, type EntryFields } from '../vault/journal';
import { CHUNK_PREFIX } from '../vault/layout';
import { exportBackup } from './export';
import { readBackup } from './read';
import { applyRestore, previewRestore } from './restore';
import { bytesOf } from '@/tests/test-bytes';

/** The attached files' bytes in a copy: carried once per SHA-256, merged by hash, never half-added. */
const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 } as const;
const PASS = 'files in a copy passphrase';
const key = () => importKey(new Uint8Array(32).fill(7));
const fields = (what: string, attachments: Attachment[]): EntryFields => ({ happenedAt: '2024-03-01T21:15', what, where: '', who: '', categories: [], felt: '', tags: [], attachments });
const snapshot = async () => structuredClone(await fakeBrowser.storage.local.get(null));
const chunkNames = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((name) => name.startsWith(CHUNK_PREFIX)).sort();

const PHOTO = bytesOf(2_500_000, 1);
const RECORDING = bytesOf(300_000, 2);
const SKETCH = bytesOf(40_000, 3);

const add = (k: CryptoKey, bytes: Uint8Array, name: string) => addAttachment(k, new Blob([bytes as BlobPart]), { name, claimedType: '' }, { now: new Date('2024-03-01T21:20:00Z') });
/** Whether the file reads back as exactly these bytes (toEqual walks megabytes one element at a time). */
const readsAs = async (k: CryptoKey, attachment: Attachment, bytes: Uint8Array) => Buffer.from(await (await readAttachment(k, attachment)).arrayBuffer()).equals(bytes);

/** Two entries naming the same photo (added twice), one a recording, and a draft with a sketch. */
async function journalWithFiles(k: CryptoKey) {
  const photo = await add(k, PHOTO, 'door.jpg');
  const samePhoto = await add(k, PHOTO, 'door again.jpg');
  const recording = await add(k, RECORDING, 'call.m4a');
  const sketch = await add(k, SKETCH, 'sketch.png');
  await saveRevision(k, 'a', fields('The door', [photo, recording]), { now: new Date('2024-03-01T22:00:00Z') });
  await saveRevision(k, 'b', fields('The door, again', [samePhoto]), { now: new Date('2024-03-02T22:00:00Z') });
  await saveDraft(k, { entryId: null, fields: fields('half written', [sketch]), savedAt: '2024-03-04T10:00:00.000Z' });
  return { photo, samePhoto, recording, sketch };
}

async function readOk(file: Blob) {
  const read = await readBackup(file, PASS);
  if (!read.ok) throw new Error(read.message);
  return read;
}

beforeEach(() => fakeBrowser.reset());

describe('attached files in a copy', { timeout: 60_000 }, () => {
  it('travel once per SHA-256 and come back byte for byte, under the ids the revisions name', async () => {
    const k = await key();
    const files = await journalWithFiles(k);
    const saved = await exportBackup(k, PASS, { kdf: FAST });
    expect(saved).toMatchObject({ files: 3, fileBytes: PHOTO.length + RECORDING.length + SKETCH.length, filesLeftOut: 0 });
    const read = await readOk(saved.file);
    expect(read.blobs.map((blob) => blob.sha256).sort()).toEqual([files.photo.sha256, files.recording.sha256, files.sketch.sha256].sort());

    await fakeBrowser.storage.local.clear();
    expect((await previewRestore(k, read.payload, read.blobs)).files).toEqual({ inCopy: 3, toAdd: 4, bytesToAdd: 2 * PHOTO.length + RECORDING.length + SKETCH.length, notInCopy: 0 });
    await applyRestore(k, read.payload, read.blobs);
    expect(await readsAs(k, files.photo, PHOTO)).toBe(true);
    expect(await readsAs(k, files.samePhoto, PHOTO)).toBe(true);
    expect(await readsAs(k, files.recording, RECORDING)).toBe(true);
    expect(await readsAs(k, files.sketch, SKETCH)).toBe(true);
  });

  it('added twice, add nothing the second time', async () => {
    const k = await key();
    await journalWithFiles(k);
    const read = await readOk((await exportBackup(k, PASS, { kdf: FAST })).file);
    expect((await previewRestore(k, read.payload, read.blobs)).files).toMatchObject({ toAdd: 0, bytesToAdd: 0 });
    const before = await snapshot();
    expect((await applyRestore(k, read.payload, read.blobs)).revisionsAdded).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('fill in bytes this device lost, and never bring back a file deleted for good here', async () => {
    const k = await key();
    const files = await journalWithFiles(k);
    const read = await readOk((await exportBackup(k, PASS, { kdf: FAST })).file);
    await fakeBrowser.storage.local.remove(await chunkKeysOf([files.recording]));
    await purgeEntry(k, 'b');
    await applyRestore(k, read.payload, read.blobs);
    expect(await readsAs(k, files.recording, RECORDING)).toBe(true);
    // Entry b's photo (its own id) stays gone: the copy's version of b is the one purged here.
    expect(await chunkNames()).toEqual((await chunkKeysOf([files.photo, files.recording, files.sketch])).sort());
  });

  it('whose bytes are not on the device when saving are counted and left out; the rest travel', async () => {
    const k = await key();
    const files = await journalWithFiles(k);
    await fakeBrowser.storage.local.remove([await chunkKey(files.recording.id, 0)]);
    const saved = await exportBackup(k, PASS, { kdf: FAST });
    expect(saved).toMatchObject({ files: 2, filesLeftOut: 1 });
    const read = await readOk(saved.file);
    await fakeBrowser.storage.local.clear();
    expect((await previewRestore(k, read.payload, read.blobs)).files).toMatchObject({ inCopy: 2, notInCopy: 1 });
    await applyRestore(k, read.payload, read.blobs);
    expect(await readsAs(k, files.photo, PHOTO)).toBe(true);
    expect((await openJournal(k)).entries.find((entry) => entry.id === 'a')!.revisions[0]!.fields!.attachments).toEqual([files.photo, files.recording]);
  });

  it('whose bytes were altered on the device are left out once read, and the copy is made with the rest', async () => {
    const k = await key();
    const files = await journalWithFiles(k);
    // A chunk of the photo swapped for one of the recording: it opens under no other name.
    const [photoChunk, recordingChunk] = [await chunkKey(files.photo.id, 1), await chunkKey(files.recording.id, 0)];
    await fakeBrowser.storage.local.set({ [photoChunk]: (await fakeBrowser.storage.local.get(recordingChunk))[recordingChunk] });
    const saved = await exportBackup(k, PASS, { kdf: FAST });
    expect(saved).toMatchObject({ files: 2, filesLeftOut: 1 });
    expect((await readOk(saved.file)).blobs.map((blob) => blob.sha256)).not.toContain(files.photo.sha256);
  });

  it('in a copy cut short or altered in a file section are refused, and nothing changes here', async () => {
    const k = await key();
    await journalWithFiles(k);
    const { file } = await exportBackup(k, PASS, { kdf: FAST });
    await fakeBrowser.storage.local.clear();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const altered = bytes.slice();
    altered[bytes.length - 100] = altered[bytes.length - 100]! ^ 1;
    for (const bad of [bytes.slice(0, bytes.length - 300_000), altered]) {
      expect(await readBackup(new Blob([bad as BlobPart]), PASS)).toMatchObject({ ok: false, reason: 'damaged' });
    }
    expect(await snapshot()).toEqual({});
  });

  it('on a full storage part-way leave no chunk behind and keep the journal as it was; a second run adds it all', async () => {
    const k = await key();
    const files = await journalWithFiles(k);
    const read = await readOk((await exportBackup(k, PASS, { kdf: FAST })).file);
    await fakeBrowser.storage.local.clear();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (++writes === 3) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(applyRestore(k, read.payload, read.blobs)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot()).toEqual({});
    vi.restoreAllMocks();
    await applyRestore(k, read.payload, read.blobs);
    expect(await readsAs(k, files.photo, PHOTO)).toBe(true);
    expect((await openJournal(k)).entries).toHaveLength(2);
  });
});
