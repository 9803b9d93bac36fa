import { randomBytes, toBase64 } from '../bytes';
import { readLocal, removeLocal, writeLocal } from './area';

/**
 * Erasing that reaches the disk. `storage.local.remove` and overwrites only mark old values
 * dead: Chromium's LevelDB keeps them in its `.log` and `.ldb` files until a compaction
 * rewrites them, Firefox's IndexedDB (SQLite) in freed space of its pages. Measured in
 * tests/e2e/specs/erase-disk.spec.ts (figures in docs/threat-model.md): after "Delete for
 * good" Chromium still held every earlier version of the entry, its drafts and its summary;
 * after an erase Firefox still held the keyring's salt and wrapped key, the code hashes and the
 * entries.
 *
 * The scrub does three things, each for what the measurements showed:
 * 1. every record to erase is first overwritten with filler of exactly its shape and size
 *    (Firefox then writes the new cell where the old one was);
 * 2. then removed;
 * 3. then filler is written and removed again, more than LevelDB's write buffer several times
 *    over (Chromium: 4 MiB; its level-0 compaction, which drops every dead value, started at
 *    the sixth flushed table, after about 24 MiB), and more than the space that was freed
 *    (Firefox: freed pages are reused, and whole overflow pages overwritten).
 *
 * What no extension can reach (copies made before, the operating system's own disk blocks of
 * the files LevelDB and SQLite deleted, an SSD's remapped cells) is said on the erase screen
 * and in docs/threat-model.md.
 */

/** One filler value: 256 KiB of random base64 text (as incompressible as ciphertext). */
const FILLER_CHARS = 256 * 1024;
/**
 * Filler written in all, at least: in Chromium, enough for LevelDB's level-0 compaction, with a
 * margin (see above). Firefox has no compaction to reach; SQLite reuses the pages that were
 * freed, so there the live filler below (at least 16 MiB, more than was freed) is the whole
 * scrub: a third of the writes, measured as enough by erase-disk.spec.ts.
 */
export const SCRUB_WRITE_BYTES = import.meta.env.FIREFOX ? 0 : 48 * 1024 * 1024;
/** The most filler alive at once, at least; more when more was freed (Firefox reuses it). */
const MIN_LIVE_BYTES = 16 * 1024 * 1024;
/** Values per write: about 1 MiB a write. */
const PER_WRITE = 4;

/**
 * The filler's keys, spread over the whole range of key names (their first characters run from
 * `!` to `~`), so that every LevelDB table written during the scrub spans all of Haven's keys
 * and each compaction takes in the tables that hold Haven's old values. Named like a
 * calculator's paper tape.
 */
const fillerKey = (slot: number) => `${String.fromCharCode(0x21 + ((slot * 37) % 94))}tape${slot}`;

/** Random bytes, any number of them (getRandomValues gives at most 64 KiB a call). */
function manyRandomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65_536) bytes.set(randomBytes(Math.min(65_536, length - at)), at);
  return bytes;
}

/** Random base64 text of exactly `length` characters. */
function randomText(length: number): string {
  return toBase64(manyRandomBytes(Math.ceil((length * 3) / 4) + 3)).slice(0, length);
}

/**
 * A value of the same shape and, as stored, the same size: every string replaced by random
 * text of its length (base64 strings by base64 made the way Haven makes them, so each browser
 * stores them the same way), numbers and booleans kept.
 */
export function fillerLike(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.length >= 8 && value.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
      const padding = value.length - value.replace(/=+$/, '').length;
      return toBase64(manyRandomBytes((value.length / 4) * 3 - padding));
    }
    return randomText(value.length).replace(/[+/]/g, 'a');
  }
  if (Array.isArray(value)) return value.map(fillerLike);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fillerLike(inner)]));
  return value;
}

/** Overwrite these records with filler of their own shape and size (they must exist). */
export async function overwriteWithFiller(values: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(values);
  for (let start = 0; start < keys.length; start += 200) {
    await writeLocal(Object.fromEntries(keys.slice(start, start + 200).map((key) => [key, fillerLike(values[key])])));
  }
}

/**
 * Write filler and remove it again (step 3 above), so what earlier writes and removals left
 * behind is rewritten or reused. `freedBytes`: about how much was just removed or replaced.
 * A refusal (storage full) stops the filling, and the filler is removed all the same: the scrub
 * does what room allows, and never leaves storage full.
 */
export async function scrubLeftovers(freedBytes = 0): Promise<void> {
  const liveSlots = Math.max(Math.ceil(MIN_LIVE_BYTES / FILLER_CHARS), Math.ceil((freedBytes * 1.25) / FILLER_CHARS));
  const writes = Math.ceil(Math.max(SCRUB_WRITE_BYTES, liveSlots * FILLER_CHARS) / (FILLER_CHARS * PER_WRITE));
  const filler = randomText(FILLER_CHARS);
  const used = new Set<string>();
  try {
    for (let write = 0; write < writes; write++) {
      const items: Record<string, string> = {};
      for (let i = 0; i < PER_WRITE; i++) {
        const key = fillerKey((write * PER_WRITE + i) % liveSlots);
        // The same random text in every value: no compressor sees it twice (each value is
        // compressed on its own, in blocks far smaller than it), and it costs no time to make.
        items[key] = `${write}${filler}`.slice(0, FILLER_CHARS);
        used.add(key);
      }
      await writeLocal(items);
    }
  } catch {
    // Full storage: stop filling, remove what was written.
  } finally {
    await removeLocal([...used]);
  }
}

/**
 * The one scrub: overwrite these records with filler of their size, remove them (unless
 * `keep`, when the caller has already written their new values... see purgeEntry), then scrub
 * what is left behind. Returns once the filler is gone again.
 */
export async function scrubRecords(keys: string[]): Promise<void> {
  const stored = await readLocal(keys);
  const present = Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined));
  await overwriteWithFiller(present);
  await removeLocal(Object.keys(present));
  await scrubLeftovers(byteSize(present));
}

/**
 * Overwrite these records with filler of their size and remove them, a few at a time (the
 * chunks of attached files: 200 MB must never sit in memory at once); returns about how many
 * bytes that freed, for one `scrubLeftovers` after. Keys not in storage are skipped.
 */
export async function overwriteInBatches(keys: string[], perCall = 8): Promise<number> {
  let freed = 0;
  for (let start = 0; start < keys.length; start += perCall) {
    const stored = await readLocal(keys.slice(start, start + perCall));
    const present = Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined));
    if (Object.keys(present).length === 0) continue;
    await overwriteWithFiller(present);
    await removeLocal(Object.keys(present));
    freed += byteSize(present);
  }
  return freed;
}

/** About how many bytes these values take as stored. */
export function byteSize(values: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(values)) total += key.length + (JSON.stringify(value) ?? '').length;
  return total;
}
