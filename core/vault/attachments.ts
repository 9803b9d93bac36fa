import { inPiecesOf, randomBytes, toHex } from '../bytes';
import { DecryptError, sha256Hex } from '../crypto';
import { exifDateTaken } from '../attachments/exif';
import { sniffType } from '../attachments/sniff';
import { listLocalKeys, readLocal, removeLocal, writeLocal } from './area';
import type { Attachment, Entry, Draft } from './entry';
import { CHUNK_PREFIX } from './layout';
import { openRecord, sealRecord, type RecordFormat, type StoredRecord } from './records';
import { overwriteInBatches, scrubLeftovers } from './scrub';

/**
 * The bytes of files kept with entries, and the one API the other features use for them (the
 * editor, the viewer, the backup, the report, the erase):
 *
 *   addAttachment        original bytes in, sealed chunks written, metadata out (to put in the fields)
 *   readAttachmentChunks the original bytes back, a chunk at a time, checked against their SHA-256
 *   readAttachment       the same as one Blob (to show it)
 *   attachmentStream     the same as a ReadableStream (to copy it out)
 *   eraseAttachments     delete for good: overwritten, removed, and (unless told not to) scrubbed
 *
 * Where: `storage.local`, like every other record (measured against the extension's IndexedDB
 * in bench/attachments-storage.bench.ts; docs/design.md, "Attached files"), so the erase, the
 * scrub, the re-key and the storage rules reach them with no second store to forget.
 *
 * How: the bytes exactly as added (never re-encoded), split into chunks of one fixed size,
 * each one padded record (records.ts, version 3) sealed with the data key under its own name.
 * Every full chunk is 256 KiB as sealed, the last one a Padmé size, so the stored sizes say
 * about how many bytes there are in all, not how many files or how large each one is; the
 * names are derived from the file's secret id (kept only inside the sealed entry), so nothing
 * outside it groups chunks into files.
 *
 * Order: the chunks are written first, then the caller writes the draft or the revision that
 * names them. A close part-way leaves chunks that nothing names, which `removeOrphanChunks`
 * clears later; never a revision naming bytes that are not there.
 */

/** The padded frame's header (padding.ts): a full chunk's frame is exactly 256 KiB. */
const FRAME_HEADER = 5;
export const CHUNK_BYTES = 256 * 1024 - FRAME_HEADER;
/** Chunks per storage write or read: about 2 MiB, few enough for any quota check. */
const CHUNKS_PER_CALL = 8;

/** A chunk's payload is the bytes themselves (no JSON, no base64 inside the envelope). */
export const RAW_BYTES: RecordFormat = {
  version: 3,
  encode: async (value) => value as Uint8Array,
  decode: async (bytes) => bytes.slice(),
};

/** The bytes are not all there (a chunk missing: deleted for good, or not carried here). */
export class AttachmentMissingError extends Error {}
/** The bytes read back are not the ones added (their SHA-256 differs). */
export class AttachmentAlteredError extends Error {}

export function chunkCount(size: number): number {
  return Math.ceil(size / CHUNK_BYTES);
}

/** The storage name of chunk `index` of the file with this secret id. */
export async function chunkKey(id: string, index: number): Promise<string> {
  return `${CHUNK_PREFIX}${(await sha256Hex(`${id}/${index}`)).slice(0, 32)}`;
}

export async function chunkKeysOf(attachments: Attachment[]): Promise<string[]> {
  const keys: string[] = [];
  for (const attachment of attachments) {
    for (let index = 0; index < chunkCount(attachment.size); index++) keys.push(await chunkKey(attachment.id, index));
  }
  return keys;
}

/** Every attachment any revision of these entries names (earlier versions too), once each. */
export function attachmentsOf(entries: Entry[]): Attachment[] {
  const byId = new Map<string, Attachment>();
  for (const entry of entries) for (const revision of entry.revisions) for (const attachment of revision.fields?.attachments ?? []) byId.set(attachment.id, attachment);
  return [...byId.values()];
}

export interface AddedFile {
  name: string;
  /** The type the file claimed (a File's `type`); '' for none. */
  claimedType: string;
  capture?: Attachment['capture'];
}

const FIRST_BYTES = 128 * 1024;

/** SHA-256 a chunk at a time (WebCrypto has no incremental digest); loaded only when used. */
async function incrementalSha256() {
  const { createSHA256 } = await import('hash-wasm');
  const hasher = await createSHA256();
  hasher.init();
  return hasher;
}

/**
 * Seal and write a file's bytes, a chunk at a time (a large file never needs a second copy in
 * memory), and return what the revision should say about it. On any failure (a full storage,
 * a refused write) the chunks written so far are removed again and the error is thrown: nothing
 * half-added stays named. Limits are the caller's (core/attachments/limits.ts).
 */
export async function addAttachment(
  key: CryptoKey,
  file: Blob,
  about: AddedFile,
  options: { now?: Date; onProgress?: (written: number, total: number) => void } = {},
): Promise<Attachment> {
  const id = toHex(randomBytes(16));
  const head = new Uint8Array(await file.slice(0, FIRST_BYTES).arrayBuffer());
  const { sha256 } = await writeChunks(key, id, slicesOf(file), (written) => options.onProgress?.(written, file.size));
  const fileDate = exifDateTaken(head);
  return {
    id,
    sha256,
    size: file.size,
    name: about.name,
    type: sniffType(head),
    claimedType: about.claimedType,
    addedAt: (options.now ?? new Date()).toISOString(),
    ...(fileDate ? { fileDate } : {}),
    ...(about.capture ? { capture: about.capture } : {}),
  };
}

async function* slicesOf(file: Blob): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < file.size; at += CHUNK_BYTES) yield new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer());
}

/**
 * The one way a file's bytes are stored: `pieces` (of any size) sealed as the chunks of the file
 * with this secret id, written a few at a time, hashed as they go. Used by the editor's add and
 * by a restore from a copy (which keeps the file's id, so the revisions naming it find it). On
 * any failure what was written is removed again and the error thrown.
 */
export async function writeChunks(
  key: CryptoKey,
  id: string,
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onProgress?: (written: number) => void,
): Promise<{ sha256: string; size: number }> {
  const hasher = await incrementalSha256();
  const written: string[] = [];
  let size = 0;
  let index = 0;
  let batch: Record<string, StoredRecord> = {};
  // One write in flight while the next batch is sealed: the browser stores on its own thread.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const items = batch;
    const through = size;
    batch = {};
    await writing;
    written.push(...Object.keys(items));
    writing = writeLocal(items).then(() => onProgress?.(through));
    // Handled here too: a refusal is thrown at the next wait, not reported as unhandled meanwhile.
    writing.catch(() => undefined);
  };
  try {
    for await (const bytes of inPiecesOf(CHUNK_BYTES, pieces)) {
      hasher.update(bytes);
      size += bytes.byteLength;
      const name = await chunkKey(id, index++);
      batch[name] = await sealRecord(key, name, bytes, RAW_BYTES);
      if (Object.keys(batch).length === CHUNKS_PER_CALL) await flush();
    }
    if (Object.keys(batch).length) await flush();
    await writing;
  } catch (error) {
    await writing.catch(() => undefined);
    await removeLocal(written).catch(() => undefined);
    throw error;
  }
  return { sha256: hasher.digest('hex'), size };
}

/** Whether every chunk of each file is in storage (`present`: the storage names there are). */
export async function bytesPresent(attachment: Attachment, present: ReadonlySet<string>): Promise<boolean> {
  for (let index = 0; index < chunkCount(attachment.size); index++) if (!present.has(await chunkKey(attachment.id, index))) return false;
  return true;
}

/**
 * The original bytes, a chunk at a time, in order. Each chunk's envelope proves it was sealed
 * with this key under this name; the SHA-256 of the whole, checked after the last chunk, that
 * they are the bytes added (AttachmentAlteredError otherwise). AttachmentMissingError when a
 * chunk is not in storage; DecryptError when one does not open.
 */
export async function* readAttachmentChunks(key: CryptoKey, attachment: Attachment): AsyncGenerator<Uint8Array> {
  const hasher = await incrementalSha256();
  const count = chunkCount(attachment.size);
  let size = 0;
  const fetchBatch = async (start: number) => {
    const names: string[] = [];
    for (let index = start; index < Math.min(count, start + CHUNKS_PER_CALL); index++) names.push(await chunkKey(attachment.id, index));
    return { names, stored: await readLocal(names) };
  };
  // The next batch is read from storage while this one is opened (the browser reads on its own thread).
  let next = count > 0 ? fetchBatch(0) : null;
  for (let start = 0; start < count; start += CHUNKS_PER_CALL) {
    const { names, stored } = await next!;
    next = start + CHUNKS_PER_CALL < count ? fetchBatch(start + CHUNKS_PER_CALL) : null;
    next?.catch(() => undefined);
    for (const name of names) {
      if (stored[name] === undefined) throw new AttachmentMissingError(`A part of ${attachment.name} is not on this device`);
      const { value } = await openRecord<Uint8Array>(key, name, stored[name], [RAW_BYTES]);
      if (!(value instanceof Uint8Array)) throw new DecryptError();
      hasher.update(value);
      size += value.length;
      yield value;
    }
  }
  if (size !== attachment.size || hasher.digest('hex') !== attachment.sha256) throw new AttachmentAlteredError(`${attachment.name} is not the file that was added`);
}

/** The whole file as one Blob of its sniffed type (to show it: a picture, a player). */
export async function readAttachment(key: CryptoKey, attachment: Attachment): Promise<Blob> {
  const parts: Uint8Array[] = [];
  for await (const chunk of readAttachmentChunks(key, attachment)) parts.push(chunk);
  return new Blob(parts as BlobPart[], { type: attachment.type || 'application/octet-stream' });
}

/** The original bytes as a stream (a copy being written out pulls one chunk at a time). */
export function attachmentStream(key: CryptoKey, attachment: Attachment): ReadableStream<Uint8Array> {
  const chunks = readAttachmentChunks(key, attachment);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** Delete these files' bytes for good, with the erase's disk guarantees (core/vault/scrub.ts). */
export async function eraseAttachments(attachments: Attachment[]): Promise<void> {
  const freed = await overwriteInBatches(await chunkKeysOf(attachments));
  await scrubLeftovers(freed);
}

const ADDING_LOCK = 'calc-tape';

/**
 * Run `task` (an add and the draft write that names it) while no orphan collection may run in
 * any view: the Web Locks API is shared by all of the extension's pages.
 */
export function whileAdding<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(ADDING_LOCK, { mode: 'shared' }, task) as Promise<T>) : task();
}

/**
 * Remove chunks that nothing names: left by a close in the middle of an add, or by a draft
 * thrown away. `entries`: every entry (all their revisions), as opened; call it only when every
 * entry opened (a record that did not open may name chunks). `now` is asked inside the hold
 * (no add in any view meanwhile): whether the journal is still as opened (false: a save came
 * in since, the next open tries again) and the draft as stored now. Returns how many went.
 */
export async function removeOrphanChunks(entries: Entry[], now: () => Promise<{ unchanged: boolean; draft: Draft | null }>): Promise<number> {
  const run = async () => {
    const { unchanged, draft } = await now();
    if (!unchanged) return 0;
    const named = new Set(await chunkKeysOf([...attachmentsOf(entries), ...(draft?.fields.attachments ?? [])]));
    const { keys } = await listLocalKeys();
    const orphans = keys.filter((name) => name.startsWith(CHUNK_PREFIX) && !named.has(name));
    if (orphans.length) await removeLocal(orphans);
    return orphans.length;
  };
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return run();
  return locks.request(ADDING_LOCK, { mode: 'exclusive', ifAvailable: true }, (lock) => (lock ? run() : 0)) as Promise<number>;
}

/** About how many bytes this device can still store for Haven; null when the browser does not say. */
export async function roomLeft(): Promise<number | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota || estimate.usage === undefined) return null;
  return Math.max(0, estimate.quota - estimate.usage);
}
