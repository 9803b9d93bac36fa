import { GENESIS, type Draft, type Entry, type Revision } from '../vault/entry';
import type { BackupPayload, PlanDocument } from './format';

/**
 * What adding a backup to this device would do, worked out without touching storage. The rule
 * everywhere: nothing already here is overwritten or dropped.
 * - An entry is matched by id. A revision is the same when it was written at the same moment
 *   with the same text (its `writtenAt` and `fieldsDigest`); only revisions this device lacks
 *   are added, so adding the same file twice adds nothing the second time.
 * - The safety plan: ticks are joined; notes are kept, and different notes from the file are
 *   added below them. Reminders: the file's reminders this device lacks are added at the end.
 * - A draft from the file is kept only when this device has none.
 * - Settings in the file are never applied: this device was set up with its own.
 * - A record this device cannot open is never written over; what the file holds for it is skipped.
 */
export interface DeviceState {
  entries: Entry[];
  /** Entry ids whose record could not be opened here. */
  unreadableIds: string[];
  plan: PlanDocument | null;
  planUnreadable: boolean;
  reminders: string[] | null;
  remindersUnreadable: boolean;
  draft: Draft | null;
  /** Every name in storage when read (which files' chunks are here). */
  storedKeys: ReadonlySet<string>;
}

/** A revision as it comes from a file: its place in this journal's chain is given when it is added. */
export type ImportedRevision = Pick<Revision, 'writtenAt' | 'fields' | 'fieldsDigest' | 'purged'>;

export interface EntryAppend {
  id: string;
  revisions: ImportedRevision[];
}

export type DocumentOutcome = 'none' | 'added' | 'merged' | 'same' | 'kept-device';

export interface Preview {
  /** Entries in the file. */
  total: number;
  new: number;
  /** Already here, every version. */
  identical: number;
  /** Here, but the file has versions this device lacks: both are kept in the entry's history. */
  conflicting: number;
  /** Entries whose record here cannot be opened: left alone. */
  skipped: number;
  revisionsToAdd: number;
  /** When the entries in the file were written (first and last), ISO. */
  range: { from: string; to: string } | null;
  plan: DocumentOutcome;
  reminders: DocumentOutcome;
  draft: DocumentOutcome;
}

export interface MergePlan {
  preview: Preview;
  /** The copy's own last hash (its newest revision's): each revision added is marked with it. */
  copy: string;
  entries: EntryAppend[];
  /** Documents to write (null: leave as they are). */
  plan: PlanDocument | null;
  reminders: string[] | null;
  draft: Draft | null;
}

export const revisionIdentity = (revision: Pick<ImportedRevision, 'writtenAt' | 'fieldsDigest'>) => `${revision.writtenAt}|${revision.fieldsDigest}`;

export function planMerge(device: DeviceState, file: BackupPayload): MergePlan {
  const here = new Map(device.entries.map((entry) => [entry.id, entry]));
  const unreadable = new Set(device.unreadableIds);
  const counts = { new: 0, identical: 0, conflicting: 0, skipped: 0, revisionsToAdd: 0 };
  const entries: EntryAppend[] = [];
  for (const imported of file.entries) {
    if (unreadable.has(imported.id)) {
      counts.skipped++;
      continue;
    }
    const known = new Set(here.get(imported.id)?.revisions.map(revisionIdentity));
    const missing = [...imported.revisions]
      .sort((a, b) => a.seq - b.seq)
      .filter((revision) => !known.has(revisionIdentity(revision)) && known.add(revisionIdentity(revision)))
      .map(({ writtenAt, fields, fieldsDigest, purged }): ImportedRevision => ({ writtenAt, fields, fieldsDigest, ...(purged ? { purged } : {}) }));
    if (!here.has(imported.id)) counts.new++;
    else if (missing.length === 0) counts.identical++;
    else counts.conflicting++;
    if (missing.length) {
      entries.push({ id: imported.id, revisions: missing });
      counts.revisionsToAdd += missing.length;
    }
  }

  const plan = mergePlanDocument(device.plan, device.planUnreadable, file.plan);
  const reminders = mergeReminders(device.reminders, device.remindersUnreadable, file.reminders);
  const draft = mergeDraft(device.draft, file.draft);
  return {
    preview: { total: file.entries.length, ...counts, range: writtenRange(file.entries), plan: plan.outcome, reminders: reminders.outcome, draft: draft.outcome },
    copy: copyEnd(file.entries),
    entries,
    plan: plan.write,
    reminders: reminders.write,
    draft: draft.write,
  };
}

function copyEnd(entries: Entry[]): string {
  const newest = entries.flatMap((entry) => entry.revisions).reduce<Revision | null>((most, revision) => (!most || revision.seq > most.seq ? revision : most), null);
  return newest?.hash ?? GENESIS;
}

function writtenRange(entries: Entry[]): Preview['range'] {
  const times = entries.flatMap((entry) => entry.revisions.map((revision) => revision.writtenAt)).sort();
  return times.length ? { from: times[0]!, to: times.at(-1)! } : null;
}

function mergePlanDocument(here: PlanDocument | null, unreadable: boolean, file: PlanDocument | null): { outcome: DocumentOutcome; write: PlanDocument | null } {
  if (!file) return { outcome: 'none', write: null };
  if (unreadable) return { outcome: 'kept-device', write: null };
  if (!here) return { outcome: 'added', write: file };
  const done = [...new Set([...here.done, ...file.done])].sort();
  const notes = !file.notes.trim() || here.notes.includes(file.notes) ? here.notes : here.notes.trim() ? `${here.notes}\n\n${file.notes}` : file.notes;
  if (done.length === here.done.length && notes === here.notes) return { outcome: 'same', write: null };
  return { outcome: 'merged', write: { done, notes } };
}

function mergeReminders(here: string[] | null, unreadable: boolean, file: string[] | null): { outcome: DocumentOutcome; write: string[] | null } {
  if (!file) return { outcome: 'none', write: null };
  if (unreadable) return { outcome: 'kept-device', write: null };
  if (!here) return { outcome: 'added', write: file };
  const known = new Set(here);
  const added = file.filter((item) => !known.has(item) && known.add(item));
  return added.length ? { outcome: 'merged', write: [...here, ...added] } : { outcome: 'same', write: null };
}

function mergeDraft(here: Draft | null, file: Draft | null): { outcome: DocumentOutcome; write: Draft | null } {
  if (!file) return { outcome: 'none', write: null };
  if (!here) return { outcome: 'added', write: file };
  return { outcome: JSON.stringify(here) === JSON.stringify(file) ? 'same' : 'kept-device', write: null };
}
