import { inPiecesOf, utf8 } from '../bytes';

/**
 * The body of a version 2 backup file: a run of sealed sections, each a run of chunks, written
 * and read one chunk at a time so that a file of any size needs only a chunk's worth of memory
 * at once (a Blob built from parts on save, `Blob.slice` on read).
 *
 *   chunk = flags (1 byte) | length (4 bytes, big-endian) | AES-GCM-256 ciphertext (length bytes)
 *
 * Each chunk holds up to CHUNK_BYTES of plaintext. Its nonce is its place (section number, chunk
 * number), unique under the file's key, which is new for every file (a fresh salt). The
 * additional data is the file's header line, the place and the flags, so a chunk that is
 * altered, moved, dropped, repeated or relabelled fails to open, and a file cut short is seen by
 * the missing LAST_OF_FILE flag. Nothing in a chunk's outside but its length and two bits.
 */
export const CHUNK_BYTES = 1 << 20;
const TAG_BYTES = 16;
const FRAME_BYTES = 5;

/** The chunk ends its section. */
export const LAST_OF_SECTION = 1;
/** The chunk ends the file (and so its section too). */
export const LAST_OF_FILE = 2;

/** Why the sections could not be read: the first chunk failing means the key is wrong. */
export class SectionError extends Error {
  constructor(readonly reason: 'wrong-key' | 'damaged') {
    super(reason);
    this.name = 'SectionError';
  }
}

function nonce(section: number, index: number): Uint8Array {
  const bytes = new Uint8Array(12);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, section);
  view.setUint32(4, index);
  return bytes;
}

const additionalData = (header: Uint8Array, section: number, index: number, flags: number) => {
  const place = utf8.encode(`|${section}|${index}|${flags}`);
  const data = new Uint8Array(header.byteLength + place.byteLength);
  data.set(header);
  data.set(place, header.byteLength);
  return data;
};

/** A section to write: its plaintext, in pieces of any size (they are cut into chunks here). */
export type SectionSource = () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * Blob parts are folded into one Blob every so often: the browser then holds the bytes (Chromium
 * keeps large blobs outside the page's heap) and the parts can be collected.
 */
const FOLD_BYTES = 16 * CHUNK_BYTES;

/**
 * Seal every section, in order, after `header` (the file's first line, written as is), into a
 * Blob. Reads one section piece at a time; at most one chunk of plaintext is held here.
 */
export async function writeSections(key: CryptoKey, header: Uint8Array, sections: SectionSource[]): Promise<Blob> {
  let blob = new Blob([header as BlobPart]);
  let parts: BlobPart[] = [];
  let held = 0;
  const emit = async (section: number, index: number, flags: number, plain: Uint8Array) => {
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce(section, index) as BufferSource, additionalData: additionalData(header, section, index, flags) as BufferSource }, key, plain as BufferSource),
    );
    const frame = new Uint8Array(FRAME_BYTES);
    frame[0] = flags;
    new DataView(frame.buffer).setUint32(1, sealed.byteLength);
    parts.push(frame as BlobPart, sealed as BlobPart);
    held += sealed.byteLength;
    if (held >= FOLD_BYTES) {
      blob = new Blob([blob, ...parts]);
      parts = [];
      held = 0;
    }
  };
  for (const [section, source] of sections.entries()) {
    const lastSection = section === sections.length - 1;
    let index = 0;
    // A chunk is sealed once the next piece shows whether it is the section's last.
    let pending: Uint8Array | null = null;
    for await (const piece of inPiecesOf(CHUNK_BYTES, source())) {
      if (pending) await emit(section, index++, 0, pending);
      pending = piece;
    }
    await emit(section, index, lastSection ? LAST_OF_SECTION | LAST_OF_FILE : LAST_OF_SECTION, pending ?? new Uint8Array(0));
  }
  return new Blob([blob, ...parts]);
}

/** Where a section starts in the file, found by reading it through once. */
export interface SectionPlace {
  offset: number;
  chunks: number;
}

/**
 * Reads the sections of a file after its header line (which ends at `start`). Every chunk is
 * authenticated before its plaintext is handed out.
 */
export class SectionReader {
  constructor(
    private readonly file: Blob,
    private readonly start: number,
    private readonly key: CryptoKey,
    private readonly header: Uint8Array,
  ) {}

  /**
   * Every section once, in order, each chunk's plaintext handed to `onChunk` (section, plaintext)
   * as it is opened. Returns where each section starts. Throws SectionError: 'wrong-key' when
   * the first chunk does not open, 'damaged' for anything after it, a file cut short or with
   * bytes after its end.
   */
  async readAll(onChunk: (section: number, plain: Uint8Array) => void | Promise<void>): Promise<SectionPlace[]> {
    const places: SectionPlace[] = [];
    let offset = this.start;
    let section = 0;
    let index = 0;
    let sectionStart = offset;
    for (;;) {
      const { flags, plain, next } = await this.chunkAt(offset, section, index);
      await onChunk(section, plain);
      offset = next;
      index++;
      if (flags & LAST_OF_SECTION) {
        places.push({ offset: sectionStart, chunks: index });
        if (flags & LAST_OF_FILE) break;
        section++;
        index = 0;
        sectionStart = offset;
      }
    }
    if (offset !== this.file.size) throw new SectionError('damaged');
    return places;
  }

  /** One section's plaintext again, chunk by chunk (an attachment's bytes, when they are stored). */
  async *section(section: number, place: SectionPlace): AsyncIterable<Uint8Array> {
    let offset = place.offset;
    for (let index = 0; index < place.chunks; index++) {
      const { flags, plain, next } = await this.chunkAt(offset, section, index);
      const last = (flags & LAST_OF_SECTION) !== 0;
      if (last !== (index === place.chunks - 1)) throw new SectionError('damaged');
      yield plain;
      offset = next;
    }
  }

  private async chunkAt(offset: number, section: number, index: number): Promise<{ flags: number; plain: Uint8Array; next: number }> {
    const frame = new Uint8Array(await this.file.slice(offset, offset + FRAME_BYTES).arrayBuffer());
    if (frame.byteLength < FRAME_BYTES) throw new SectionError('damaged');
    const flags = frame[0]!;
    const length = new DataView(frame.buffer).getUint32(1);
    if (flags > (LAST_OF_SECTION | LAST_OF_FILE) || flags === LAST_OF_FILE || length < TAG_BYTES || length > CHUNK_BYTES + TAG_BYTES) throw new SectionError('damaged');
    const body = offset + FRAME_BYTES;
    const sealed = await this.file.slice(body, body + length).arrayBuffer();
    if (sealed.byteLength < length) throw new SectionError('damaged');
    try {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: nonce(section, index) as BufferSource, additionalData: additionalData(this.header, section, index, flags) as BufferSource },
        this.key,
        sealed,
      );
      return { flags, plain: new Uint8Array(plain), next: body + length };
    } catch {
      // Only the very first chunk tells a wrong passphrase from damage: the rest opened before it.
      throw new SectionError(section === 0 && index === 0 ? 'wrong-key' : 'damaged');
    }
  }
}
