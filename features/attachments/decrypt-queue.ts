import { kindOf } from '@/core/attachments/sniff';
import { AttachmentAlteredError, AttachmentMissingError, readAttachment } from '@/core/vault/attachments';
import type { Attachment } from '@/core/vault/entry';

/**
 * Decrypting files to show them, one at a time across the page: thumbnails of an entry with
 * twenty photos open in turn, never all at once (each needs its file whole in memory for a
 * moment); the file the user opens takes its turn after them.
 */
let queue: Promise<unknown> = Promise.resolve();

function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export type Shown =
  | { status: 'ready'; blob: Blob }
  /** An image whose bytes do not decode: shown as a file. */
  | { status: 'not-shown' }
  | { status: 'missing' | 'altered' | 'unreadable' };

const THUMB_PX = 192;

/** The file, decrypted and checked, or the reason it cannot be. */
export async function openFile(key: CryptoKey, attachment: Attachment): Promise<Shown> {
  try {
    return { status: 'ready', blob: await readAttachment(key, attachment) };
  } catch (error) {
    if (error instanceof AttachmentMissingError) return { status: 'missing' };
    if (error instanceof AttachmentAlteredError) return { status: 'altered' };
    return { status: 'unreadable' };
  }
}

/**
 * A small picture of an image attachment, made in memory (decoded scaled, drawn, encoded as
 * JPEG) and never stored; 'not-shown' when the image does not decode, null for other kinds.
 */
export function thumbnail(key: CryptoKey, attachment: Attachment): Promise<Shown | null> {
  if (kindOf(attachment.type) !== 'image') return Promise.resolve(null);
  return inTurn(async () => {
    const opened = await openFile(key, attachment);
    if (opened.status !== 'ready') return opened;
    try {
      const bitmap = await createImageBitmap(opened.blob);
      const scale = Math.min(1, THUMB_PX / Math.max(bitmap.width, bitmap.height));
      const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      bitmap.close();
      return { status: 'ready', blob: await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 }) };
    } catch {
      return { status: 'not-shown' };
    }
  });
}

/** The whole file, for the viewer, in turn with the thumbnails. */
export function fullFile(key: CryptoKey, attachment: Attachment): Promise<Shown> {
  return inTurn(() => openFile(key, attachment));
}
