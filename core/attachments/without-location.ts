import { concatBytes } from '../bytes';
import { exifOrientation } from './exif';

/**
 * A shareable copy of a photo without the data that can say where it was taken: EXIF (GPS
 * position, camera serial, its own thumbnail), XMP, IPTC (place names), comments and text chunks,
 * and anything after the picture's end (a phone's second image, which carries EXIF of its own).
 * The picture itself is copied byte for byte, never decoded or re-encoded, so it loses nothing;
 * what is kept is what drawing it needs (JFIF, the colour profile, Adobe's colour transform) and
 * the orientation, written back as the only EXIF tag, so the copy stands the way the photo did.
 * The original is never changed: this makes a new array. Pure, no browser API.
 */

/** The types a copy can be made of (others are said to have none). */
export const SHAREABLE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** The copy, or null when the bytes are not the type said or their structure is broken. */
export function withoutLocation(bytes: Uint8Array, type: string): Uint8Array | null {
  if (type === 'image/jpeg') return jpegWithout(bytes);
  if (type === 'image/png') return pngWithout(bytes);
  if (type === 'image/webp') return webpWithout(bytes);
  return null;
}

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

/** Which JPEG segments a decoder needs: every non-APP segment, JFIF, the ICC profile, Adobe's. */
function keepJpegSegment(marker: number, body: Uint8Array): boolean {
  if (marker === COM) return false;
  if (marker < APP0 || marker > 0xef) return true;
  if (marker === APP0 || marker === APP14) return true;
  return marker === APP2 && ascii(body, 0, 12) === 'ICC_PROFILE\0';
}

function jpegWithout(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let orientation: number | null = null;
  let afterApp0 = 1;
  let at = 2;
  for (;;) {
    if (at + 2 > bytes.length || bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // a fill byte before a marker
      continue;
    }
    if (marker === EOI) {
      parts.push(bytes.subarray(at, at + 2));
      break; // whatever follows the picture's end (a second image, its EXIF) stays out
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) return null;
    const end = at + 2 + view.getUint16(at + 2);
    if (end > bytes.length || end < at + 4) return null;
    const body = bytes.subarray(at + 4, end);
    if (marker === APP1 && ascii(body, 0, 6) === 'Exif\0\0') orientation ??= exifOrientation(body.subarray(6));
    if (keepJpegSegment(marker, body)) {
      parts.push(bytes.subarray(at, end));
      if (marker === APP0 && parts.length === 2) afterApp0 = 2;
    }
    at = end;
    if (marker === SOS) {
      // The scan's coded data runs to the next marker: 0xFF then anything but a stuffed 0x00 or a restart.
      let scan = at;
      while (scan + 1 < bytes.length && !(bytes[scan] === 0xff && bytes[scan + 1] !== 0x00 && (bytes[scan + 1]! < 0xd0 || bytes[scan + 1]! > 0xd7))) scan++;
      if (scan + 1 >= bytes.length) return null;
      parts.push(bytes.subarray(at, scan));
      at = scan;
    }
  }
  if (orientation !== null && orientation !== 1) parts.splice(afterApp0, 0, orientationSegment(orientation));
  return concatBytes(parts);
}

/** An APP1 segment holding one EXIF tag, Orientation (0x0112), big-endian TIFF. */
function orientationSegment(orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const body = [...'Exif\0\0'].map((char) => char.charCodeAt(0)).concat(tiff);
  const length = body.length + 2;
  return new Uint8Array([0xff, APP1, length >> 8, length & 0xff, ...body]);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Chunks that carry words or EXIF (a position, a place, XMP inside iTXt); none is needed to draw. */
const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

function pngWithout(bytes: Uint8Array): Uint8Array | null {
  if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  for (let at = 8; ; ) {
    if (at + 12 > bytes.length) return null;
    const end = at + 12 + view.getUint32(at);
    if (end > bytes.length) return null;
    const type = ascii(bytes, at + 4, 4);
    if (!PNG_DROPPED.has(type)) parts.push(bytes.subarray(at, end));
    if (type === 'IEND') return concatBytes(parts);
    at = end;
  }
}

/** WebP's extended header flags for the EXIF and XMP chunks (cleared with the chunks). */
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function webpWithout(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 12 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffEnd = Math.min(bytes.length, 8 + view.getUint32(4, true));
  const parts: Uint8Array[] = [bytes.slice(0, 12)];
  for (let at = 12; at < riffEnd; ) {
    if (at + 8 > riffEnd) return null;
    const size = view.getUint32(at + 4, true);
    const end = at + 8 + size + (size & 1);
    if (at + 8 + size > riffEnd) return null;
    const type = ascii(bytes, at, 4);
    if (type === 'VP8X') {
      const chunk = bytes.slice(at, Math.min(end, riffEnd));
      chunk[8] = chunk[8]! & ~(VP8X_EXIF | VP8X_XMP);
      parts.push(chunk);
    } else if (type !== 'EXIF' && type !== 'XMP ') {
      parts.push(bytes.subarray(at, Math.min(end, riffEnd)));
    }
    at = end;
  }
  const out = concatBytes(parts);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}
