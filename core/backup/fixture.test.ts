import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey, sha256Hex } from '../crypto';
import { loadDocument } from '../vault/documents';
import { loadDraft, openJournal, verifyChain } from '../vault/journal';
import { readBackup } from './read';
import { applyRestore } from './restore';

/**
 * A real backup made by version 1 (2026-11-25, with the passphrase below and the KDF setting of
 * that day), checked in and never regenerated: every later version must still read it. When the
 * file format or entry schema changes, add a new fixture beside it and keep this test.
 */
const FIXTURE = readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url));
const PASSPHRASE = 'fixture passphrase v1';
const ID = (n: number) => `0b6f6a3e-1111-4c1a-9d5e-00000000000${n}`;

beforeEach(() => fakeBrowser.reset());

describe('the version 1 backup fixture', () => {
  it('always imports, with every revision, the deletions, the plan, reminders and draft', async () => {
    const read = await readBackup(new Uint8Array(FIXTURE), PASSPHRASE);
    if (!read.ok) throw new Error(read.message);
    const key = await importKey(new Uint8Array(32).fill(3));
    await applyRestore(key, read.payload);
    const journal = await openJournal(key);
    const text = (n: number) => journal.entries.find((entry) => entry.id === ID(n))!.revisions.map((revision) => revision.fields?.what ?? null);
    expect(text(1)).toEqual(['He said nobody else would put up with me.', 'He said nobody else would put up with me. Then he laughed.']);
    expect(text(2)).toEqual(['He took the car keys so I could not go out.']);
    expect(text(3)).toEqual(['Deleted later.', null]);
    expect(text(4)).toEqual([null]);
    expect((await verifyChain(journal.entries, journal.head)).intact).toBe(true);
    expect(await loadDocument(key, 'plan')).toEqual({ done: ['money/cash', 'people/trusted'], notes: 'Ask Ana about the spare room.' });
    expect(await loadDocument(key, 'reminders')).toEqual(['It is not my fault.', 'I remember what happened.']);
    expect((await loadDraft(key))!.fields.what).toBe('Half-written note');
  }, 20_000);

  it('holds none of its text in plain', () => {
    expect(FIXTURE.toString('utf8')).not.toMatch(/car keys|spare room|not my fault/);
  });
});

/**
 * A version 2 file (2026-12-02: the same journal, and two blob sections, one over a chunk long),
 * checked in and never regenerated, like the one above.
 */
const FIXTURE_V2 = readFileSync(new URL('./fixtures/backup-v2.calc', import.meta.url));
const BLOBS_V2 = [
  { sha256: '7d3ebb09cf57413edd21578ad7022b5ffa72b53d13f027369eb8d07dd28af80b', size: 1024 * 1024 + 100 },
  { sha256: '342c7903a276a2d86d99e111e0b115bc8e8e171f12f9f70f07da2f83a6bbecaa', size: 30 },
];

describe('the version 2 backup fixture', () => {
  it('always imports, with every revision, and gives back its blobs byte for byte', async () => {
    const read = await readBackup(new Blob([new Uint8Array(FIXTURE_V2)]), 'fixture passphrase v2');
    if (!read.ok) throw new Error(read.message);
    expect(read.blobs.map(({ sha256, size }) => ({ sha256, size }))).toEqual(BLOBS_V2);
    for (const [index, blob] of read.blobs.entries()) {
      const pieces: Uint8Array[] = [];
      for await (const piece of blob.bytes()) pieces.push(piece);
      expect(await sha256Hex(new Uint8Array(await new Blob(pieces as BlobPart[]).arrayBuffer()))).toBe(BLOBS_V2[index]!.sha256);
    }
    const key = await importKey(new Uint8Array(32).fill(3));
    await applyRestore(key, read.payload);
    const journal = await openJournal(key);
    expect(journal.entries.find((entry) => entry.id === ID(1))!.revisions.map((revision) => revision.fields?.what)).toHaveLength(2);
    expect((await verifyChain(journal.entries, journal.head)).intact).toBe(true);
    expect(await loadDocument(key, 'reminders')).toEqual(['It is not my fault.', 'I remember what happened.']);
  }, 20_000);

  it('holds none of its text in plain', () => {
    expect(FIXTURE_V2.toString('latin1')).not.toMatch(/car keys|spare room|not my fault|cut from nothing/);
  });
});
