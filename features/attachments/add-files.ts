import { checkLimits, type LimitProblem } from '@/core/attachments/limits';
import { claimedKindThatLies, type AttachmentKind } from '@/core/attachments/sniff';
import { StorageFullError } from '@/core/vault/area';
import { addAttachment, roomLeft, whileAdding } from '@/core/vault/attachments';
import type { Attachment } from '@/core/vault/entry';

/** One file to add: a picked, dropped or pasted File, or a capture of a page. */
export interface IncomingFile {
  blob: Blob;
  name: string;
  claimedType: string;
  capture?: Attachment['capture'];
}

export type AddProblem =
  | { name: string; reason: LimitProblem | 'failed' }
  | { name: string; reason: 'storage-full'; room: number | null }
  /** Added all the same, as a file: its bytes are not what its name or type said. */
  | { name: string; reason: 'lies'; kind: AttachmentKind };

export function incomingFromFiles(files: Iterable<File>, now = new Date()): IncomingFile[] {
  return [...files].map((file) => ({
    blob: file,
    // A pasted screenshot comes as "image.png"; name it by its time so several stay apart.
    name: file.name && file.name !== 'image.png' ? file.name : `screenshot-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.png`,
    claimedType: file.type,
  }));
}

/**
 * Add files one after the other to an entry that holds `current`: each is checked against the
 * limits, announced to `on.starting` (the draft says it is being added), sealed and written
 * (core/vault/attachments.ts), then handed to `on.added`, which saves
 * the draft naming it, inside the same hold (no orphan collection in between). A full storage
 * stops the rest; every file not added, and every one whose type lied, is said in `problems`.
 */
export async function addFiles(
  key: CryptoKey,
  files: IncomingFile[],
  current: Attachment[],
  on: { progress: (name: string, percent: number) => void; starting: (name: string) => Promise<void>; added: (attachment: Attachment) => Promise<void> },
): Promise<{ added: Attachment[]; problems: AddProblem[] }> {
  const added: Attachment[] = [];
  const problems: AddProblem[] = [];
  let full = false;
  for (const file of files) {
    const all = [...current, ...added];
    const limit = checkLimits(file.blob.size, { count: all.length, total: all.reduce((sum, a) => sum + a.size, 0) });
    if (limit) {
      problems.push({ name: file.name, reason: limit });
      continue;
    }
    if (full) {
      problems.push({ name: file.name, reason: 'storage-full', room: await roomLeft() });
      continue;
    }
    try {
      const attachment = await whileAdding(async () => {
        await on.starting(file.name);
        const made = await addAttachment(key, file.blob, { name: file.name, claimedType: file.claimedType, capture: file.capture }, {
          onProgress: (written, total) => on.progress(file.name, Math.floor((written / total) * 100)),
        });
        await on.added(made);
        return made;
      });
      added.push(attachment);
      const lie = claimedKindThatLies(attachment.name, attachment.claimedType, attachment.type);
      if (lie) problems.push({ name: file.name, reason: 'lies', kind: lie });
    } catch (error) {
      if (error instanceof StorageFullError) {
        full = true;
        problems.push({ name: file.name, reason: 'storage-full', room: await roomLeft() });
      } else {
        problems.push({ name: file.name, reason: 'failed' });
      }
    }
  }
  return { added, problems };
}
