import { loadDocument, saveDocument } from '../vault/documents';
import { ENTRY_PREFIX, loadDraft, mergeImported, openJournal, saveDraft } from '../vault/journal';
import type { BackupPayload, PlanDocument } from './format';
import { planMerge, type DeviceState, type Preview } from './merge';

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
  };
}

export async function previewRestore(key: CryptoKey, file: BackupPayload): Promise<Preview> {
  return planMerge(await readDevice(key), file).preview;
}

/**
 * Add the file to this device. The plan is made again from what is stored right now (another
 * window may have saved since the preview), so nothing saved meanwhile is written over.
 * A failed write (storage full) throws; what was written before it is complete and consistent,
 * and running the restore again adds only the rest.
 */
export async function applyRestore(key: CryptoKey, file: BackupPayload): Promise<{ revisionsAdded: number; preview: Preview }> {
  const plan = planMerge(await readDevice(key), file);
  const { added } = await mergeImported(key, plan.entries, { copy: plan.copy });
  if (plan.plan) await saveDocument(key, 'plan', plan.plan);
  if (plan.reminders) await saveDocument(key, 'reminders', plan.reminders);
  if (plan.draft) await saveDraft(key, plan.draft);
  return { revisionsAdded: added, preview: plan.preview };
}
