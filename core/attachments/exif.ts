/**
 * A photo's own date: EXIF's DateTimeOriginal (tag 0x9003 in the Exif IFD of a JPEG's APP1
 * segment), read from the file's first bytes. Shown beside the time the photo was added, never
 * instead of it: a camera's clock can be wrong, and anyone can write the tag. A few lines
 * rather than a dependency: Haven reads two tags, this one and the orientation (which a copy
 * without location keeps, core/attachments/without-location.ts). Pure, no browser API.
 */

/** `YYYY-MM-DDTHH:mm:ss` as the camera wrote it (its local time, no zone), or null. */
export function exifDateTaken(head: Uint8Array): string | null {
  if (head[0] !== 0xff || head[1] !== 0xd8) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let at = 2;
  while (at + 4 <= head.length && head[at] === 0xff) {
    const marker = head[at + 1]!;
    const length = view.getUint16(at + 2);
    if (marker === 0xda || marker === 0xd9) return null; // image data: no more metadata
    if (marker === 0xe1 && String.fromCharCode(...head.subarray(at + 4, at + 10)) === 'Exif\0\0') {
      return readTiff(view, at + 10, Math.min(head.length, at + 2 + length));
    }
    at += 2 + length;
  }
  return null;
}

/** The tags of a TIFF structure (EXIF's body) between `start` and `end` of `view`, bounds-checked. */
function tiffReader(view: DataView, start: number, end: number) {
  if (start + 8 > end) return null;
  const little = view.getUint16(start) === 0x4949;
  if (!little && view.getUint16(start) !== 0x4d4d) return null;
  const u16 = (at: number) => view.getUint16(start + at, little);
  const u32 = (at: number) => view.getUint32(start + at, little);
  /** The offset of `tag`'s 12-byte entry in the IFD at `ifd`, or null. */
  const findTag = (ifd: number, tag: number): number | null => {
    if (start + ifd + 2 > end) return null;
    const count = u16(ifd);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (start + entry + 12 > end) return null;
      if (u16(entry) === tag) return entry;
    }
    return null;
  };
  return { u16, u32, findTag, firstIfd: u32(4) };
}

function readTiff(view: DataView, start: number, end: number): string | null {
  const tiff = tiffReader(view, start, end);
  if (!tiff) return null;
  const { u16, u32, findTag } = tiff;
  const pointer = findTag(tiff.firstIfd, 0x8769);
  if (pointer === null) return null;
  const original = findTag(u32(pointer + 8), 0x9003);
  if (original === null || u16(original + 2) !== 2 || u32(original + 4) < 19) return null;
  const offset = start + u32(original + 8);
  if (offset + 19 > end) return null;
  const text = String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + offset, 19));
  const match = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match || match[1] === '0000') return null;
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
}

/** EXIF's Orientation (tag 0x0112 in IFD0, 1 to 8) from a TIFF body (what follows `Exif\0\0`), or null. */
export function exifOrientation(tiffBytes: Uint8Array): number | null {
  const tiff = tiffReader(new DataView(tiffBytes.buffer, tiffBytes.byteOffset, tiffBytes.byteLength), 0, tiffBytes.byteLength);
  const entry = tiff?.findTag(tiff.firstIfd, 0x0112) ?? null;
  if (!tiff || entry === null || tiff.u16(entry + 2) !== 3) return null;
  const value = tiff.u16(entry + 8);
  return value >= 1 && value <= 8 ? value : null;
}
