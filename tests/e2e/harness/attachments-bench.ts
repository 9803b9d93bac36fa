import { unwrapDataKey } from '@/core/data-key';
import { addAttachment, chunkKeysOf, readAttachmentChunks } from '@/core/vault/attachments';
import { removeLocal } from '@/core/vault/area';
import { loadKeyring } from '@/core/vault/keyring';
import { saveRevision } from '@/core/vault/journal';
import { emptyFields } from '@/features/journal/model';

/**
 * The attachments' benchmark helpers (bench/attachments-storage.bench.ts): the same bytes
 * stored the two ways the issue asks to compare, timed inside the extension.
 *
 * - storage.local: Haven's own code (core/vault/attachments.ts), padded sealed chunks.
 * - IndexedDB: the extension's own database, each chunk sealed with the same key (AES-GCM),
 *   stored as an ArrayBuffer (no base64), same chunk size and batch size.
 */

const CHUNK = 256 * 1024 - 5;
const BATCH = 8;

async function dataKey(passphrase: string): Promise<CryptoKey> {
  const keyring = await loadKeyring();
  if (!keyring) throw new Error('Set Haven up first');
  return unwrapDataKey(keyring, passphrase);
}

/** `megabytes` of random bytes, made 64 KiB at a time (the most getRandomValues gives). */
function randomBlob(megabytes: number): Blob {
  const parts: Uint8Array[] = [];
  for (let left = megabytes * 1_000_000; left > 0; left -= 1_048_576) {
    const part = new Uint8Array(Math.min(1_048_576, left));
    for (let at = 0; at < part.length; at += 65_536) crypto.getRandomValues(part.subarray(at, Math.min(part.length, at + 65_536)));
    parts.push(part);
  }
  return new Blob(parts as BlobPart[]);
}

/** The JS heap in use (Chromium only; null elsewhere). */
const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;

function heapWatch() {
  const start = heap();
  let peak = start ?? 0;
  return {
    sample: () => void (peak = Math.max(peak, heap() ?? 0)),
    peakMb: () => (start === null ? null : Math.round((peak - start) / 1e5) / 10),
  };
}

export interface StoreFigures {
  writeMs: number;
  readMs: number;
  /** Peak JS heap above the start while writing or reading (MB, Chromium only). */
  peakHeapMb: number | null;
}

function idb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('c', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('t');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = tx.onabort = () => reject(tx.error))));
const result = <T>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));

/** A photo-like JPEG of `px` × `px` pixels (random noise over a gradient: it compresses like a photo). */
async function photo(px: number, seed: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(px, px);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, px, px);
  gradient.addColorStop(0, `hsl(${seed * 37} 60% 40%)`);
  gradient.addColorStop(1, `hsl(${seed * 37 + 90} 60% 70%)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, px, px);
  const noise = context.getImageData(0, 0, px, px);
  for (let at = 0; at < noise.data.length; at += 4) noise.data[at] = (noise.data[at]! + Math.random() * 60) & 255;
  context.putImageData(noise, 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}

export const attachmentsBench = {
  /** One entry with `count` photos of `px` × `px` pixels, added through Haven's store; returns their total size. */
  async seedPhotos(passphrase: string, count: number, px: number): Promise<number> {
    const key = await dataKey(passphrase);
    const attachments = [];
    for (let index = 0; index < count; index++) {
      attachments.push(await addAttachment(key, await photo(px, index), { name: `photo-${index + 1}.jpg`, claimedType: 'image/jpeg' }));
    }
    await saveRevision(key, 'photos', { ...emptyFields(), happenedAt: '2026-03-01T21:00', what: 'Photos of the room.', attachments });
    return attachments.reduce((sum, attachment) => sum + attachment.size, 0);
  },

  /**
   * Entries holding `megabytes` of random files of 10 MB each (10 to an entry, within the
   * limits), added through Haven's store; returns how many files.
   */
  async seedFiles(passphrase: string, megabytes: number): Promise<number> {
    const key = await dataKey(passphrase);
    const count = Math.ceil(megabytes / 10);
    for (let first = 0; first < count; first += 10) {
      const attachments = [];
      for (let index = first; index < Math.min(count, first + 10); index++) attachments.push(await addAttachment(key, randomBlob(10), { name: `video-${index + 1}.mp4`, claimedType: 'video/mp4' }));
      await saveRevision(key, `files-${first}`, { ...emptyFields(), happenedAt: '2026-03-01T21:00', what: `Recordings ${first + 1} on.`, attachments });
    }
    return count;
  },

  /** Add a file of `megabytes` random MB through Haven's store, read it back, remove it (or keep it). */
  async timeStorageLocal(passphrase: string, megabytes: number, keep = false): Promise<StoreFigures> {
    const key = await dataKey(passphrase);
    const file = randomBlob(megabytes);
    const watch = heapWatch();
    let started = performance.now();
    const attachment = await addAttachment(key, file, { name: 'a.bin', claimedType: '' }, { onProgress: watch.sample });
    const writeMs = performance.now() - started;
    started = performance.now();
    for await (const chunk of readAttachmentChunks(key, attachment)) if (chunk.length) watch.sample();
    const readMs = performance.now() - started;
    if (!keep) await removeLocal(await chunkKeysOf([attachment]));
    return { writeMs, readMs, peakHeapMb: watch.peakMb() };
  },

  /** The same bytes, sealed the same way, in the extension's IndexedDB; the database is deleted after (unless kept). */
  async timeIndexedDb(passphrase: string, megabytes: number, keep = false): Promise<StoreFigures> {
    const key = await dataKey(passphrase);
    const file = randomBlob(megabytes);
    const watch = heapWatch();
    const db = await idb();
    const count = Math.ceil(file.size / CHUNK);
    let started = performance.now();
    for (let start = 0; start < count; start += BATCH) {
      const sealed: { iv: Uint8Array; ct: ArrayBuffer }[] = [];
      for (let index = start; index < Math.min(count, start + BATCH); index++) {
        const frame = new Uint8Array(CHUNK + 5);
        frame.set(new Uint8Array(await file.slice(index * CHUNK, (index + 1) * CHUNK).arrayBuffer()), 5);
        const iv = crypto.getRandomValues(new Uint8Array(12));
        sealed.push({ iv, ct: await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`t${index}`) }, key, frame) });
      }
      const tx = db.transaction('t', 'readwrite');
      sealed.forEach((value, i) => tx.objectStore('t').put(value, start + i));
      await done(tx);
      watch.sample();
    }
    const writeMs = performance.now() - started;
    started = performance.now();
    for (let start = 0; start < count; start += BATCH) {
      const tx = db.transaction('t', 'readonly');
      const values = await Promise.all(Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => result(tx.objectStore('t').get(start + i) as IDBRequest<{ iv: Uint8Array; ct: ArrayBuffer }>)));
      for (const [i, value] of values.entries()) await crypto.subtle.decrypt({ name: 'AES-GCM', iv: value.iv as BufferSource, additionalData: new TextEncoder().encode(`t${start + i}`) }, key, value.ct);
      watch.sample();
    }
    const readMs = performance.now() - started;
    db.close();
    if (!keep) await new Promise((resolve) => ((indexedDB.deleteDatabase('c').onsuccess = resolve)));
    return { writeMs, readMs, peakHeapMb: watch.peakMb() };
  },
};
