import { removeLocal } from '../vault/area';
import { attachmentsOf, bytesPresent, chunkKeysOf, writeChunks } from '../vault/attachments';
import type { Attachment, EntryFields } from '../vault/entry';
import type { DeviceState, MergePlan } from './merge';
import type { BackupBlob } from './read';

/**
 * The attached files' bytes a restore writes, merged by SHA-256: a file the journal names (here
 * already, or in a version the copy adds) whose bytes are not all here gets them from the
 * copy's blob of the same hash, under the file's own id (its chunks' names come from it, so the
 * revisions naming it find them). Bytes already here are never written again, so adding a copy
 * twice writes nothing the second time. A revision purged here names no file, so a deleted
 * photo never comes back from an older copy.
 */
export interface FilesOutcome {
  /** Files whose bytes the copy carries. */
  inCopy: number;
  /** Files whose bytes will be written here, and how many bytes. */
  toAdd: number;
  bytesToAdd: number;
  /** Files the journal names whose bytes neither this device nor the copy has (their details stay). */
  notInCopy: number;
}

export interface FilesPlan {
  outcome: FilesOutcome;
  writes: { attachment: Attachment; blob: BackupBlob }[];
}

/** Which files to write, from the merge plan and what storage holds now. Reads only. */
export async function planFiles(device: DeviceState, plan: MergePlan, blobs: readonly BackupBlob[]): Promise<FilesPlan> {
  const added = plan.entries.flatMap((entry) => entry.revisions.map((revision) => revision.fields));
  const named = new Map<string, Attachment>();
  for (const attachment of [
    ...attachmentsOf(device.entries),
    ...attachmentsOfFields([...added, device.draft?.fields ?? null, plan.draft?.fields ?? null]),
  ]) {
    named.set(attachment.id, attachment);
  }
  const byHash = new Map(blobs.map((blob) => [blob.sha256, blob]));
  const writes: FilesPlan['writes'] = [];
  let notInCopy = 0;
  for (const attachment of named.values()) {
    if (await bytesPresent(attachment, device.storedKeys)) continue;
    const blob = byHash.get(attachment.sha256);
    if (blob && blob.size === attachment.size) writes.push({ attachment, blob });
    else notInCopy++;
  }
  return {
    outcome: { inCopy: blobs.length, toAdd: writes.length, bytesToAdd: writes.reduce((sum, { blob }) => sum + blob.size, 0), notInCopy },
    writes,
  };
}

function attachmentsOfFields(fields: (EntryFields | null)[]): Attachment[] {
  return fields.flatMap((item) => item?.attachments ?? []);
}

/**
 * Write the planned files' bytes, one file after another, each a chunk at a time (a 200 MB
 * copy never sits in memory). Call it inside `whileAdding` and before the revisions naming them
 * are written. On a failure (a full storage, the copy changed on disk) every chunk this call
 * wrote is removed again and the error thrown: nothing was added.
 */
export async function writeFiles(key: CryptoKey, writes: FilesPlan['writes'], onProgress?: (written: number, total: number) => void): Promise<void> {
  const total = writes.reduce((sum, { blob }) => sum + blob.size, 0);
  const done: Attachment[] = [];
  let before = 0;
  try {
    for (const { attachment, blob } of writes) {
      const written = await writeChunks(key, attachment.id, blob.bytes(), (bytes) => onProgress?.(before + bytes, total));
      done.push(attachment);
      // The copy's bytes were checked when it was read and again as they went by (BackupBlob).
      if (written.sha256 !== attachment.sha256 || written.size !== attachment.size) throw new Error('The copy changed since it was read');
      before += blob.size;
    }
  } catch (error) {
    await removeLocal(await chunkKeysOf(done)).catch(() => undefined);
    throw error;
  }
}
