import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sha256Hex } from '../crypto';
import { writeBackup, type BlobToSave } from './export';
import { readBackup, type BackupBlob } from './read';
import { CHUNK_BYTES } from './sections';

/**
 * The version 2 file's sealed sections, with synthetic blobs standing in for attachments: they
 * are written and read back a chunk at a time, byte for byte, and a file cut short, altered,
 * reordered or with a blob that is not what the contents list is refused before it is accepted.
 */
const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 1, parallelism: 1 } as const;
const PASS = 'sections passphrase';
const payload = { v: 1, createdAt: '2026-01-01T00:00:00.000Z', entrySchema: 1, entries: [], draft: null, plan: null, reminders: null, settings: null };

/** Bytes that differ at every position (a pattern, not zeros, so a misplaced chunk shows). */
function synthetic(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 7 + (i >> 10)) & 0xff;
  return bytes;
}

/** A blob handed to the writer in uneven pieces, as a stored attachment's chunks would be. */
async function blobOf(bytes: Uint8Array): Promise<BlobToSave> {
  return {
    sha256: await sha256Hex(bytes),
    size: bytes.byteLength,
    *bytes() {
      for (let at = 0; at < bytes.byteLength; at += 300_001) yield bytes.subarray(at, at + 300_001);
    },
  };
}

async function collect(blob: BackupBlob): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of blob.bytes()) {
    expect(piece.byteLength).toBeLessThanOrEqual(CHUNK_BYTES);
    pieces.push(piece);
  }
  return new Uint8Array(await new Blob(pieces as BlobPart[]).arrayBuffer());
}

const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());

beforeEach(() => fakeBrowser.reset());

describe('a version 2 file with blob sections', { timeout: 60_000 }, () => {
  const originals = [synthetic(CHUNK_BYTES * 2 + 12_345, 1), synthetic(0, 2), synthetic(CHUNK_BYTES, 3), synthetic(17, 4)];

  it('gives every blob back byte for byte, with its SHA-256 and size, a chunk at a time', async () => {
    const file = await writeBackup(payload, PASS, { kdf: FAST, blobs: await Promise.all(originals.map(blobOf)) });
    const read = await readBackup(file, PASS);
    if (!read.ok) throw new Error(read.message);
    expect(read.blobs).toHaveLength(originals.length);
    for (const [index, original] of originals.entries()) {
      expect(read.blobs[index]).toMatchObject({ sha256: await sha256Hex(original), size: original.byteLength });
      expect(await sha256Hex(await collect(read.blobs[index]!))).toBe(await sha256Hex(original));
    }
    // Nothing of a blob in plain: a run of its bytes is nowhere in the file.
    expect(indexOf(await bytesOf(file), originals[0]!.subarray(5_000, 5_064))).toBe(-1);
    expect(indexOf(originals[0]!, originals[0]!.subarray(5_000, 5_064))).toBeGreaterThanOrEqual(0);
  });

  it('is refused, with nothing accepted, when cut short anywhere or when any byte is changed', async () => {
    const file = await bytesOf(await writeBackup(payload, PASS, { kdf: FAST, blobs: await Promise.all(originals.map(blobOf)) }));
    const header = file.indexOf(0x0a) + 1;
    // Cut: in the first chunk's frame, inside a blob's chunk, exactly between two chunks, one byte short.
    for (const length of [header + 3, header + 900, Math.floor(file.byteLength / 2), file.byteLength - CHUNK_BYTES - 16 - 5 - 17 - 16 - 5, file.byteLength - 1]) {
      expect(await readBackup(file.slice(0, length), PASS), `cut at ${length}`).toMatchObject({ ok: false, reason: 'damaged' });
    }
    // Changed: a frame's flags, a frame's length, a byte of each blob's ciphertext, the last byte.
    for (const at of [header + 0, header + 2, file.byteLength - 20, Math.floor(file.byteLength / 3), file.byteLength - 1]) {
      const changed = file.slice();
      changed[at]! ^= 0x01;
      expect(await readBackup(changed, PASS), `changed at ${at}`).toMatchObject({ ok: false });
    }
    const longer = new Uint8Array(file.byteLength + 1);
    longer.set(file);
    expect(await readBackup(longer, PASS)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('is refused when two chunks change places (each is sealed to its place)', async () => {
    const small = [synthetic(100, 5), synthetic(100, 6)];
    const file = await bytesOf(await writeBackup(payload, PASS, { kdf: FAST, blobs: await Promise.all(small.map(blobOf)) }));
    // The last two chunks are the two blobs, each 5 + 100 + 16 bytes: swapping them keeps the
    // frames' flags where they were only if the flags are ignored, which they are not.
    const size = 5 + 100 + 16;
    const swapped = file.slice();
    swapped.set(file.subarray(file.byteLength - size), file.byteLength - 2 * size);
    swapped.set(file.subarray(file.byteLength - 2 * size, file.byteLength - size), file.byteLength - size);
    expect(await readBackup(swapped, PASS)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('says the passphrase is wrong when the first chunk does not open', async () => {
    const file = await writeBackup(payload, PASS, { kdf: FAST, blobs: [await blobOf(synthetic(10, 7))] });
    expect(await readBackup(file, 'another one')).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
  });

  it('is never written with a blob that is not what it says', async () => {
    const blob = await blobOf(synthetic(1000, 8));
    await expect(writeBackup(payload, PASS, { kdf: FAST, blobs: [{ ...blob, sha256: 'a'.repeat(64) }] })).rejects.toThrow(/SHA-256/);
    await expect(writeBackup(payload, PASS, { kdf: FAST, blobs: [{ ...blob, size: 999 }] })).rejects.toThrow(/SHA-256/);
  });

  it('is refused when a blob section is missing, or is one more than the contents list', async () => {
    const blobs = await Promise.all([synthetic(10, 9), synthetic(20, 10)].map(blobOf));
    const info = blobs.map(({ sha256, size }) => ({ sha256, size }));
    expect((await readBackup(await fileWith(info, blobs), PASS)).ok).toBe(true);
    expect(await readBackup(await fileWith(info, blobs.slice(0, 1)), PASS)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await readBackup(await fileWith(info.slice(0, 1), blobs), PASS)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await readBackup(await fileWith(info.slice().reverse(), blobs), PASS)).toMatchObject({ ok: false, reason: 'damaged', detail: { kind: 'checksum' } });
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.byteLength <= haystack.byteLength; i++) {
    for (let j = 0; j < needle.byteLength; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A file whose contents list `listed` and which carries `carried` (a writer bug, or a crafted file: the writer checks its blobs). */
async function fileWith(listed: { sha256: string; size: number }[], carried: BlobToSave[]): Promise<Blob> {
  const { writeSections } = await import('./sections');
  const { deriveBytes, importKey } = await import('../crypto');
  const { deflate } = await import('../deflate');
  const { toBase64, utf8 } = await import('../bytes');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const header = utf8.encode(`${JSON.stringify({ kind: 'calc-memory', v: 2, kdf: FAST, salt: toBase64(salt) })}\n`);
  const key = await importKey(await deriveBytes(PASS, salt, FAST));
  const contents = await deflate(utf8.encode(JSON.stringify({ payload, blobs: listed })));
  return writeSections(key, header, [() => [contents], ...carried.map((blob) => blob.bytes)]);
}
