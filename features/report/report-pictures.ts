import { openFile } from '@/features/attachments/decrypt-queue';
import type { Attachment } from '@/core/vault/entry';

/** A picture ready for the PDF: JPEG or PNG bytes (a scaled copy, or as given in tests). */
export interface ReportPicture {
  bytes: Uint8Array;
  format: 'jpg' | 'png';
}

/** The picture for an image block, or null when it cannot be shown (missing, altered, not decodable). */
export type PictureSource = (attachment: Attachment) => Promise<ReportPicture | null>;

/** A report's picture is at most this many pixels on its longer side: sharp in print, small in the file. */
const LONG_SIDE_PX = 1400;

/**
 * The pictures of a report, made in memory from the sealed originals, one at a time: decoded,
 * scaled, drawn on white (a transparent PNG would turn black) and encoded as JPEG. The copy
 * carries none of the original's metadata (its EXIF location among it); the original is never
 * changed, and its hash is printed beside the copy. Null when the file is missing, altered or
 * does not decode: the report says so in words.
 */
export function picturesFrom(key: CryptoKey): PictureSource {
  return async (attachment: Attachment) => {
    const opened = await openFile(key, attachment);
    if (opened.status !== 'ready') return null;
    const bitmap = await createImageBitmap(opened.blob).catch(() => null);
    if (!bitmap) return null;
    try {
      const scale = Math.min(1, LONG_SIDE_PX / Math.max(bitmap.width, bitmap.height));
      const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
      return { bytes: new Uint8Array(await jpeg.arrayBuffer()), format: 'jpg' };
    } finally {
      bitmap.close();
    }
  };
}
