/**
 * Record sizes that say little (issue #21): every sealed record's plaintext is framed and padded
 * with zeros to a size from a short list, so an observer who reads storage sees that a record is
 * "about 3 KB", never its exact length (how long an entry is, how many revisions it has).
 *
 * The sizes are Padmé's (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and
 * Communication with PURBs", PETS 2019): a length L is rounded up so that only its top
 * ⌊log2 ⌊log2 L⌋⌋ + 1 bits vary, which costs at most 12 % (about 6 % at journal sizes) and
 * leaves O(log log L) bits of the length. Nothing below MIN_PADDED is written, so the small
 * records (the chain's end, an empty draft, a short entry) all look alike.
 */
export const MIN_PADDED = 512;

/** Padmé: the padded length for a plaintext of `length` bytes. */
export function padme(length: number): number {
  if (length <= 2) return length;
  const exponent = Math.floor(Math.log2(length));
  const bits = Math.floor(Math.log2(exponent)) + 1;
  const mask = 2 ** (exponent - bits) - 1;
  return Math.ceil(length / (mask + 1)) * (mask + 1);
}

/** The frame: one byte naming how the payload is encoded, its length (4 bytes), the payload. */
const HEADER = 5;

/**
 * `payload` framed and padded to a listed size, and to at least `atLeast` bytes (a record that
 * replaces another is made as long as it, so it is written over it: core/vault/scrub.ts).
 */
export function pad(encoding: number, payload: Uint8Array, atLeast = 0): Uint8Array {
  const size = Math.max(MIN_PADDED, padme(HEADER + payload.length), atLeast);
  const framed = new Uint8Array(size);
  framed[0] = encoding;
  new DataView(framed.buffer).setUint32(1, payload.length);
  framed.set(payload, HEADER);
  return framed;
}

/** The payload and its encoding back; null when the frame is not one `pad` made. */
export function unpad(framed: Uint8Array): { encoding: number; payload: Uint8Array } | null {
  if (framed.length < HEADER) return null;
  const length = new DataView(framed.buffer, framed.byteOffset, framed.byteLength).getUint32(1);
  if (HEADER + length > framed.length) return null;
  return { encoding: framed[0]!, payload: framed.subarray(HEADER, HEADER + length) };
}
