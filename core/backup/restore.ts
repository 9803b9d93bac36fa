import { whileAdding } from '../vault/attachments';
import { loadDocument, saveDocument } from '../vault/documents';
import { ENTRY_PREFIX, loadDraft, mergeImported, openJournal, saveDraft } from '../vault/journal';
import type { BackupPayload, PlanDocument } from './format';
import { planMerge, type DeviceState, type Preview } from './merge';
import type { BackupBlob } from './read';
import { planFiles, writeFiles, type FilesOutcome } from './restore-files';

/** What this device holds now, for planning a merge. Reads only. */
export async function readDevice(key: CryptoKey): Promise<DeviceState> {
  const journal = await openJournal(key);
  const document = async <T>(name: 'plan' | 'reminders'): Promise<{ value: T | null; unreadable: boolean }> => {
    try {
      return { value: await loadDocument<T>(key, name), unreadable: false };
    } catch {
      return { value: null, unreadable: true };
    }
  };
  const plan = await document<PlanDocument>('plan');
  const reminders = await document<string[]>('reminders');
  return {
    entries: journal.entries,
    unreadableIds: journal.problems.filter((problem) => problem.key.startsWith(ENTRY_PREFIX)).map((problem) => problem.key.slice(ENTRY_PREFIX.length)),
    plan: plan.value,
    planUnreadable: plan.unreadable,
    reminders: reminders.value,
    remindersUnreadable: reminders.unreadable,
    draft: await loadDraft(key),
    storedKeys: new Set(journal.storedKeys),
  };
}

/** What adding the copy would do, the attached files' bytes included. */
export type RestorePreview = Preview & { files: FilesOutcome };

export async function previewRestore(key: CryptoKey, file: BackupPayload, blobs: readonly BackupBlob[] = []): Promise<RestorePreview> {
  const device = await readDevice(key);
  const plan = planMerge(device, file);
  return { ...plan.preview, files: (await planFiles(device, plan, blobs)).outcome };
}

/**
 * Add the file to this device. The plan is made again from what is stored right now (another
 * window may have saved since the preview), so nothing saved meanwhile is written over.
 * The attached files' bytes are written first, then the revisions that name them, while no
 * view may clear chunks nothing names yet (`whileAdding`). A failed write (storage full)
 * throws: while writing files, nothing stays; after, what was written before it is complete and
 * consistent, and running the restore again adds only the rest.
 */
export async function applyRestore(
  key: CryptoKey,
  file: BackupPayload,
  blobs: readonly BackupBlob[] = [],
  onFileProgress?: (written: number, total: number) => void,
): Promise<{ revisionsAdded: number; preview: RestorePreview }> {
  return whileAdding(async () => {
    const device = await readDevice(key);
    const plan = planMerge(device, file);
    const files = await planFiles(device, plan, blobs);
    await writeFiles(key, files.writes, onFileProgress);
    const { added } = await mergeImported(key, plan.entries, { copy: plan.copy });
    if (plan.plan) await saveDocument(key, 'plan', plan.plan);
    if (plan.reminders) await saveDocument(key, 'reminders', plan.reminders);
    if (plan.draft) await saveDraft(key, plan.draft);
    return { revisionsAdded: added, preview: { ...plan.preview, files: files.outcome } };
  });
}
