import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromBase64, toBase64, utf8 } from '../bytes';
import { importKey } from '../crypto';
import { StorageFullError } from '../vault/area';
import { loadDocument, saveDocument } from '../vault/documents';
import { appendEntries, loadDraft, openJournal, saveDraft, saveRevision, verifyChain, type EntryFields } from '../vault/journal';
import { exportBackup } from './export';
import { sealBackup, sealInner } from './v1';
import { sha256Hex } from '../crypto';
import { backupFileName, MAX_FILE_BYTES } from './format';
import { readBackup } from './read';
import { applyRestore, previewRestore } from './restore';

export const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 } as const;
const PASS = 'backup test passphrase';
const CANARY = 'CANARY-7f3a-kitchen-door';
const key = () => importKey(new Uint8Array(32).fill(7));
const fields = (what: string): EntryFields => ({ happenedAt: '2024-03-01T21:15', what, where: 'Kitchen', who: '', categories: ['threats'], felt: '', tags: [] });
const snapshot = async () => structuredClone(await fakeBrowser.storage.local.get(null));

async function writeJournal(k: CryptoKey) {
  await saveRevision(k, 'a', fields(`first ${CANARY}`), { now: new Date('2024-03-01T10:00:00Z') });
  await saveRevision(k, 'b', fields('second'), { now: new Date('2024-03-02T10:00:00Z') });
  await saveRevision(k, 'a', fields('first, edited'), { now: new Date('2024-03-03T10:00:00Z') });
  await saveDocument(k, 'plan', { done: ['money/cash'], notes: `plan ${CANARY}` });
  await saveDocument(k, 'reminders', ['It was not my fault']);
  await saveDraft(k, { entryId: null, fields: fields('half written'), savedAt: '2024-03-04T10:00:00.000Z' });
}

/** Export this device, then wipe it, as if restoring onto a new one. */
async function backupAndWipe(k: CryptoKey): Promise<Blob> {
  const { file } = await exportBackup(k, PASS, { kdf: FAST });
  await fakeBrowser.storage.local.clear();
  return file;
}

/** The file's bytes as Latin-1 text: every byte one character, to search and cut. */
const bytesAsText = async (file: Blob) => String.fromCharCode(...new Uint8Array(await file.arrayBuffer()));

beforeEach(() => fakeBrowser.reset());

describe('a backup file', { timeout: 30_000 }, () => {
  it('holds no plain text of anything written, and no word that names the app', async () => {
    const k = await key();
    await writeJournal(k);
    const { file } = await exportBackup(k, PASS, { kdf: FAST });
    const text = await bytesAsText(file);
    expect(text).not.toContain(CANARY);
    // The words are looked for in the header line, outside the random salt; the rest is ciphertext.
    const headerLine = text.slice(0, text.indexOf('\n'));
    const outsideRandom = headerLine.replace(/"[A-Za-z0-9+/]{16,}={0,2}"/g, '"…"');
    expect(outsideRandom).toContain('"kind":"calc-memory","v":2');
    expect(outsideRandom).not.toMatch(/haven|journal|backup|first|plan/i);
    expect(backupFileName(new Date('2026-11-25T01:00:00Z'))).toBe('calc-memory-2026-11-25.calc');
  });

  it('reads back everything, with every revision, only with its passphrase', async () => {
    const k = await key();
    await writeJournal(k);
    const { file: text } = await exportBackup(k, PASS, { kdf: FAST });
    const read = await readBackup(text, PASS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.payload.entries.find((entry) => entry.id === 'a')!.revisions).toHaveLength(2);
    expect(read.payload.plan!.notes).toContain(CANARY);
    expect(read.payload.reminders).toEqual(['It was not my fault']);
    expect(read.payload.draft!.fields.what).toBe('half written');
    expect(read.payload.settings).not.toHaveProperty('unlock');
    expect(await readBackup(text, 'not it')).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
  });

  it('does not open when its header was changed (the header is bound to the ciphertext)', async () => {
    const k = await key();
    await writeJournal(k);
    const text = await bytesAsText((await exportBackup(k, PASS, { kdf: FAST })).file);
    const changed = text.replace('"iterations":1', '"iterations":2');
    expect(changed).not.toBe(text);
    expect(await readBackup(Uint8Array.from(changed, (c) => c.charCodeAt(0)), PASS)).toMatchObject({ reason: 'wrong-passphrase' });
    // The salt's last character: the same KDF, another key.
    const salt = text.replace(/"salt":"(.*?)(.)=="/, (_, rest: string, last: string) => `"salt":"${rest}${last === 'A' ? 'B' : 'A'}=="`);
    expect(await readBackup(Uint8Array.from(salt, (c) => c.charCodeAt(0)), PASS)).toMatchObject({ reason: 'wrong-passphrase' });
  });

  it('(version 1) is refused when its inner checksum does not match, even when the encryption is sound', async () => {
    const payload = JSON.stringify({ v: 1, createdAt: new Date().toISOString(), entrySchema: 1, entries: [], draft: null, plan: null, reminders: null, settings: null });
    expect((await readBackup(await sealInner({ digest: await sha256Hex(utf8.encode(payload)), payload }, PASS, FAST), PASS)).ok).toBe(true);
    expect(await readBackup(await sealInner({ digest: 'a'.repeat(64), payload }, PASS, FAST), PASS)).toMatchObject({ reason: 'damaged' });
  });

  it('is refused before parsing when empty or too big', async () => {
    expect(await readBackup(new Uint8Array(0), PASS)).toMatchObject({ reason: 'empty' });
    const huge = { byteLength: MAX_FILE_BYTES + 1 } as Uint8Array;
    expect(await readBackup(huge, PASS)).toMatchObject({ reason: 'too-big' });
  });

  it('from a newer version or another app says so', async () => {
    expect(await readBackup('{"kind":"calc-memory","v":3}', PASS)).toMatchObject({ reason: 'newer-file' });
    expect(await readBackup('{"kind":"calc-memory","v":3}\n', PASS)).toMatchObject({ reason: 'newer-file' });
    expect(await readBackup('{"kind":"calc-memory","v":2,"kdf":{}}\n', PASS)).toMatchObject({ reason: 'damaged' });
    expect(await readBackup('{"version":1,"items":[]}', PASS)).toMatchObject({ reason: 'not-ours' });
    expect(await readBackup('%PDF-1.4', PASS)).toMatchObject({ reason: 'not-ours' });
    const newerEntries = await sealBackup({ v: 1, createdAt: new Date().toISOString(), entrySchema: 99, entries: [], draft: null, plan: null, reminders: null, settings: null }, PASS, FAST);
    expect(await readBackup(newerEntries, PASS)).toMatchObject({ reason: 'newer-entries' });
  });
});

describe('restoring', { timeout: 30_000 }, () => {
  it('brings back every entry with its history, the plan, reminders and draft, on a fresh device', async () => {
    const k = await key();
    await writeJournal(k);
    const text = await backupAndWipe(k);
    const read = await readBackup(text, PASS);
    if (!read.ok) throw new Error(read.message);
    expect(await previewRestore(k, read.payload)).toMatchObject({ total: 2, new: 2, identical: 0, conflicting: 0, revisionsToAdd: 3, plan: 'added', reminders: 'added', draft: 'added', range: { from: '2024-03-01T10:00:00.000Z', to: '2024-03-03T10:00:00.000Z' } });
    await applyRestore(k, read.payload);
    const journal = await openJournal(k);
    expect(journal.entries.find((entry) => entry.id === 'a')!.revisions.map((revision) => revision.fields!.what)).toEqual([`first ${CANARY}`, 'first, edited']);
    expect((await verifyChain(journal.entries, journal.head)).intact).toBe(true);
    expect(await loadDocument(k, 'reminders')).toEqual(['It was not my fault']);
    expect((await loadDraft(k))!.fields.what).toBe('half written');
  });

  it('adds nothing the second time', async () => {
    const k = await key();
    await writeJournal(k);
    const { file } = await exportBackup(k, PASS, { kdf: FAST });
    const read = await readBackup(file, PASS);
    if (!read.ok) throw new Error(read.message);
    const before = await snapshot();
    expect(await previewRestore(k, read.payload)).toMatchObject({ identical: 2, revisionsToAdd: 0, plan: 'same', reminders: 'same', draft: 'same' });
    expect((await applyRestore(k, read.payload)).revisionsAdded).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps both versions of an entry that differs, and the device’s plan notes and ticks', async () => {
    const k = await key();
    await writeJournal(k);
    const text = await backupAndWipe(k);
    await saveRevision(k, 'a', fields('written on this device'), { now: new Date('2024-03-05T10:00:00Z') });
    await saveDocument(k, 'plan', { done: ['bag/keys'], notes: 'device notes' });
    await saveDocument(k, 'reminders', ['Mine']);
    await saveDraft(k, { entryId: null, fields: fields('device draft'), savedAt: '2024-03-05T10:00:00.000Z' });
    const read = await readBackup(text, PASS);
    if (!read.ok) throw new Error(read.message);
    expect(await previewRestore(k, read.payload)).toMatchObject({ new: 1, conflicting: 1, plan: 'merged', reminders: 'merged', draft: 'kept-device' });
    await applyRestore(k, read.payload);
    const journal = await openJournal(k);
    // Ordered by when written: the device's later edit stays the entry's current text.
    expect(journal.entries.find((entry) => entry.id === 'a')!.revisions.map((revision) => revision.fields!.what)).toEqual([`first ${CANARY}`, 'first, edited', 'written on this device']);
    expect((await verifyChain(journal.entries, journal.head)).intact).toBe(true);
    expect(await loadDocument(k, 'plan')).toEqual({ done: ['bag/keys', 'money/cash'], notes: `device notes\n\nplan ${CANARY}` });
    expect(await loadDocument(k, 'reminders')).toEqual(['Mine', 'It was not my fault']);
    expect((await loadDraft(k))!.fields.what).toBe('device draft');
  });

  it('never writes over a record this device cannot open', async () => {
    const k = await key();
    await writeJournal(k);
    const text = await backupAndWipe(k);
    await saveRevision(k, 'a', fields('here'));
    const damaged = structuredClone((await fakeBrowser.storage.local.get(['h:a']))['h:a']) as { env: { ct: string } };
    const bytes = fromBase64(damaged.env.ct);
    bytes[3]! ^= 1;
    damaged.env.ct = toBase64(bytes);
    await fakeBrowser.storage.local.set({ 'h:a': damaged });
    const read = await readBackup(text, PASS);
    if (!read.ok) throw new Error(read.message);
    expect(await previewRestore(k, read.payload)).toMatchObject({ skipped: 1, new: 1 });
    await applyRestore(k, read.payload);
    expect((await fakeBrowser.storage.local.get(['h:a']))['h:a']).toEqual(damaged);
  });

  it('on a full storage throws StorageFullError, keeps the journal consistent, and a second run completes it', async () => {
    const k = await key();
    await writeJournal(k);
    const text = await backupAndWipe(k);
    const read = await readBackup(text, PASS);
    if (!read.ok) throw new Error(read.message);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(applyRestore(k, read.payload)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot()).toEqual({});
    await applyRestore(k, read.payload);
    const journal = await openJournal(k);
    expect(journal.entries).toHaveLength(2);
    expect((await verifyChain(journal.entries, journal.head)).intact).toBe(true);
  });

  it('of several batches, cut short by a full storage in the middle, completes on a second run and adds nothing on a third', async () => {
    const k = await key();
    await appendEntries(k, Array.from({ length: 450 }, (_, i) => ({ id: `e${i}`, fields: fields(`entry ${i}`), writtenAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString() })));
    await saveRevision(k, 'e7', fields('entry 7, edited'), { now: new Date('2024-02-01T00:00:00Z') });
    const file = await backupAndWipe(k);
    await saveRevision(k, 'e3', fields('written here first'), { now: new Date('2024-03-01T00:00:00Z') });
    const read = await readBackup(file, PASS);
    if (!read.ok) throw new Error(read.message);
    vi.restoreAllMocks();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    // The second batch's write fails, as a full storage does.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      writes++;
      if (writes === 2) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(applyRestore(k, read.payload)).rejects.toBeInstanceOf(StorageFullError);
    const partway = await openJournal(k);
    expect(partway.entries.length).toBeGreaterThan(1);
    expect(partway.entries.length).toBeLessThan(450);
    expect((await verifyChain(partway.entries, partway.head)).intact).toBe(true);
    vi.restoreAllMocks();
    await applyRestore(k, read.payload);
    const journal = await openJournal(k);
    expect(journal.entries).toHaveLength(450);
    expect((await verifyChain(journal.entries, journal.head)).intact).toBe(true);
    const text = (id: string) => journal.entries.find((entry) => entry.id === id)!.revisions.map((revision) => revision.fields!.what);
    expect(text('e7')).toEqual(['entry 7', 'entry 7, edited']);
    expect(text('e3')).toEqual(['entry 3', 'written here first']);
    const before = await snapshot();
    expect((await applyRestore(k, read.payload)).revisionsAdded).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
