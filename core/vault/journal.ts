import { DecryptError } from '../crypto';
import { listLocalKeys, readLocal, removeLocal, writeLocal } from './area';
import { fieldsDigest, linkRevision } from './chain';
import { DRAFT_KEY, ENTRY_PREFIX, GENESIS, HEAD_KEY, type Draft, type Entry, type EntryFields, type Head, type ImportMark, type RecordProblem, type Revision } from './entry';
import { openIndex, sealShards, summarize, updateSummaries, type EntrySummary, type OpenedIndex } from './journal-index';
import { NewerVersionError, openRecord, plainLength, RECORD_SCHEMA, sealRecord, sealRecordLike, type StoredRecord } from './records';
import { attachmentsOf, chunkKeysOf } from './attachments';
import { byteSize, overwriteInBatches, scrubLeftovers } from './scrub';
import { exclusive } from './exclusive';
import { openHead, readHead } from './head';
import { findProblems } from './record-check';
import { writeNote } from './record-notes';
import { makeSpares, spareForNewEntry, sparesToRound } from './spares';

/**
 * The journal's records (their storage names: core/vault/layout.ts). One encrypted record per
 * entry, holding every revision of that entry (append-only), and spare ones beside them
 * (core/vault/spares.ts); a small encrypted head that chains every revision of the whole journal
 * by SHA-256, so an altered, removed or reordered revision shows; and the draft. A save writes the entry, its list-index shard and the head in one atomic storage write,
 * so a crash or a full storage leaves either the old state or the new one, never half of each.
 */

export { CATEGORIES, DRAFT_KEY, ENTRY_PREFIX, HEAD_KEY } from './entry';
export type { Category, ChainNote, Draft, Entry, EntryFields, Finding, Head, ImportMark, RecordProblem, Revision } from './entry';
export { indexMatches, summarize, type EntrySummary } from './journal-index';
export { fieldsDigest, frozenFieldsDigest, revisionHash } from './chain';
export { verifyChain, type ChainCheck, type ChainProblem, type NotedCheck } from './chain-check';

/** The schema version of entry records; older ones are brought up to date by `migrations`. */
export const ENTRY_SCHEMA = RECORD_SCHEMA;

export { exclusive } from './exclusive';
export { readHead } from './head';

/**
 * Older entry schemas and how to bring them up to date, applied in order on read. Version 1 is
 * the first; a later version adds `migrations[1]` (1 → 2) and raises ENTRY_SCHEMA.
 */
export const migrations: Record<number, (entry: unknown) => unknown> = {};

export function migrateEntry(version: number, entry: unknown): Entry {
  let current = entry;
  for (let v = version; v < ENTRY_SCHEMA; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from entry schema ${v}`);
    current = step(current);
  }
  return current as Entry;
}

export interface OpenedJournal {
  /** The user's entries. */
  entries: Entry[];
  /** The notes the journal wrote about itself (record-check.ts): in the chain, not in the list. */
  notes: Entry[];
  problems: RecordProblem[];
  /** The chain's recorded end, to check that no latest revision went missing (null: unreadable). */
  head: Head | null;
  /** Whether the head record was there at all (absent: an empty journal's start, or removed). */
  end: 'found' | 'absent' | 'unreadable';
  /** Spares the head does not list (it was removed, or a crash left one): found by opening. */
  unlistedSpares: string[];
  /**
   * Every name in storage.local as listed when opening (files' chunks too): callers that need
   * it reuse it, since without `getKeys` (Firefox before 143) listing reads every value.
   */
  storedKeys: string[];
}

/** A note's entry: the journal's own words about the record, never one of the user's. */
export const isNoteEntry = (entry: Entry): boolean => entry.revisions[0]?.note !== undefined;

/** Every revision's chain, the user's entries and the journal's notes together, against the head. */
export function chainOf(opened: Pick<OpenedJournal, 'entries' | 'notes'>): Entry[] {
  return [...opened.entries, ...opened.notes];
}

/** How many entry records one read of a full open holds: the popup stays responsive in between. */
const OPEN_BATCH = 250;

/** An entry record opened; null for a spare (core/vault/spares.ts). */
async function openEntryRecord(key: CryptoKey, storageKey: string, stored: unknown): Promise<Entry | null> {
  const { version, value } = await openRecord<Entry | null>(key, storageKey, stored);
  if (value === null) return null;
  const entry = migrateEntry(version, value);
  if (`${ENTRY_PREFIX}${entry.id}` !== storageKey || !Array.isArray(entry.revisions)) throw new DecryptError();
  return entry;
}

/** A history record's key (an entry, a note or a spare). */
const isEntryKey = (storageKey: string) => storageKey.startsWith(ENTRY_PREFIX);

const problemOf = (storageKey: string, error: unknown): RecordProblem => ({
  key: storageKey,
  reason: error instanceof NewerVersionError ? 'newer-version' : 'unreadable',
});

/**
 * Decrypt every entry, a batch at a time (`onBatch` after each, with that batch's entries, so a
 * caller can work on them while the next batch is read). A bad record is reported and left
 * alone; the rest still open.
 */
export async function openJournal(key: CryptoKey, onBatch?: (opened: number, total: number, batch: Entry[]) => void): Promise<OpenedJournal> {
  const problems: RecordProblem[] = [];
  // The head first: a save that lands while the entries are read then shows as a newer head.
  let head: Head | null = null;
  let end: OpenedJournal['end'] = 'found';
  try {
    const stored = (await readLocal([HEAD_KEY]))[HEAD_KEY];
    if (stored === undefined) end = 'absent';
    head = await openHead(key, stored);
  } catch (error) {
    end = 'unreadable';
    problems.push(problemOf(HEAD_KEY, error));
  }
  const entries: Entry[] = [];
  const notes: Entry[] = [];
  const unlistedSpares: string[] = [];
  const { keys, values } = await listLocalKeys(isEntryKey);
  // The spares the head lists are not opened (and not counted); any other spare opens as null.
  const spares = new Set((head?.spares ?? []).map((id) => `${ENTRY_PREFIX}${id}`));
  const entryKeys = keys.filter((storageKey) => isEntryKey(storageKey) && !spares.has(storageKey));
  // The next batch is read while this one is opened (a failed read shows where it is awaited).
  const read = (start: number) => (start < entryKeys.length ? (values ? Promise.resolve(values) : readLocal(entryKeys.slice(start, start + OPEN_BATCH))) : null);
  let reading = read(0);
  for (let start = 0; start < entryKeys.length; start += OPEN_BATCH) {
    const batchKeys = entryKeys.slice(start, start + OPEN_BATCH);
    const stored = await reading!;
    reading = read(start + OPEN_BATCH);
    reading?.catch(() => undefined);
    // A spare opens as null; a record that fails is reported as a problem (and skipped too).
    const opened = await Promise.all(
      batchKeys.map((storageKey) =>
        openEntryRecord(key, storageKey, stored[storageKey]).then(
          (entry) => (entry === null && unlistedSpares.push(storageKey.slice(ENTRY_PREFIX.length)), entry),
          (error: unknown) => (problems.push(problemOf(storageKey, error)), null),
        ),
      ),
    );
    const batch = opened.filter((entry): entry is Entry => entry !== null && !isNoteEntry(entry));
    notes.push(...opened.filter((entry): entry is Entry => entry !== null && isNoteEntry(entry)));
    entries.push(...batch);
    onBatch?.(Math.min(start + OPEN_BATCH, entryKeys.length), entryKeys.length, batch);
  }
  return { entries, notes, unlistedSpares, problems: problems.sort((a, b) => a.key.localeCompare(b.key)), head, end, storedKeys: keys };
}

export interface OpenedList extends OpenedIndex {
  head: Head;
}

/** What the list needs, from the small encrypted index alone (see journal-index.ts). */
export async function openList(key: CryptoKey): Promise<OpenedList> {
  const head = await readHead(key);
  return { head, ...(await openIndex(key, head)) };
}

/** One entry, decrypted; null when there is none with this id. Throws for a damaged record. */
export async function loadEntry(key: CryptoKey, id: string): Promise<Entry | null> {
  return readEntry(key, id);
}

/**
 * Write the index afresh from the entries, when it is missing (a journal from before the index)
 * or does not match them (a damaged shard). Skipped, returning false, when a save came in since
 * the entries were read (`seenSeq`): the next full open tries again. Only the index changes.
 */
export function rebuildIndex(key: CryptoKey, entries: Entry[], seenSeq: number): Promise<boolean> {
  return exclusive(async () => {
    const head = await readHead(key);
    if (head.seq !== seenSeq) return false;
    const summaries = [...entries].sort((a, b) => (a.revisions[0]?.seq ?? 0) - (b.revisions[0]?.seq ?? 0)).map(summarize);
    const shards = await sealShards(key, summaries);
    const count = Object.keys(shards).length;
    await writeLocal({ ...shards, [HEAD_KEY]: await sealRecord(key, HEAD_KEY, { ...head, shards: count } satisfies Head) });
    return true;
  });
}

async function readEntry(key: CryptoKey, id: string): Promise<Entry | null> {
  const storageKey = `${ENTRY_PREFIX}${id}`;
  return openStoredEntry(key, storageKey, (await readLocal([storageKey]))[storageKey]);
}

/** An entry and the head in one storage read (a save needs both), and whether the head was stored. */
async function readEntryAndHead(key: CryptoKey, id: string): Promise<[Entry | null, Head, boolean]> {
  const storageKey = `${ENTRY_PREFIX}${id}`;
  const stored = await readLocal([storageKey, HEAD_KEY]);
  const [entry, head] = await Promise.all([openStoredEntry(key, storageKey, stored[storageKey]), openHead(key, stored[HEAD_KEY])]);
  return [entry, head, stored[HEAD_KEY] !== undefined];
}

/**
 * No head, yet history records: the head was removed (issue #23). Linking from the start again
 * would number revisions twice and break the chain for ever after, so the journal is opened, the
 * finding noted (which writes a head after the newest revision), and the save goes on from there.
 * Returns false for a history of spares alone (a journal that never had an entry).
 */
async function noteRemovedHead(key: CryptoKey): Promise<boolean> {
  const { keys } = await listLocalKeys();
  if (!keys.some((storageKey) => storageKey.startsWith(ENTRY_PREFIX))) return false;
  const opened = await openJournal(key);
  const { findings } = await findProblems(opened, null);
  if (!findings.length) return false;
  await writeNote(key, opened, findings);
  return true;
}

async function openStoredEntry(key: CryptoKey, storageKey: string, stored: unknown): Promise<Entry | null> {
  if (stored === undefined) return null;
  const { version, value } = await openRecord<Entry | null>(key, storageKey, stored);
  return value === null ? null : migrateEntry(version, value);
}

export function newEntryId(): string {
  return crypto.randomUUID();
}

/**
 * Append one revision to an entry (a new entry when it has none yet), reading the stored entry
 * fresh so a revision written meanwhile by another view is kept, never overwritten. Writes the
 * entry and the chain head together. Returns the entry as saved and whether another view had
 * changed it since `expectedRevisions`.
 */
export function saveRevision(
  key: CryptoKey,
  id: string,
  fields: EntryFields | null,
  options: { expectedRevisions?: number; now?: Date; clearDraft?: boolean } = {},
): Promise<{ entry: Entry; changedElsewhere: boolean }> {
  return exclusive(() => appendRevision(key, id, fields, options));
}

async function appendRevision(
  key: CryptoKey,
  id: string,
  fields: EntryFields | null,
  options: { expectedRevisions?: number; now?: Date; clearDraft?: boolean },
): Promise<{ entry: Entry; changedElsewhere: boolean }> {
  const [stored, head, headStored] = await readEntryAndHead(key, id);
  if (!headStored && (await noteRemovedHead(key))) return appendRevision(key, id, fields, options);
  const entry: Entry = stored ?? { id, revisions: [] };
  const changedElsewhere = options.expectedRevisions !== undefined && entry.revisions.length !== options.expectedRevisions;
  const revision = await linkRevision(head, id, { writtenAt: (options.now ?? new Date()).toISOString(), fields });
  const saved: Entry = { ...entry, revisions: [...entry.revisions, revision] };
  const index = await updateSummaries(key, head, [{ entry: saved, existed: stored !== null }]);
  const storageKey = `${ENTRY_PREFIX}${id}`;
  const sealedEntry = await sealRecord(key, storageKey, saved);
  // A new entry takes a spare's place, or brings new spares, so the records' number says little.
  const spare = stored === null ? await spareForNewEntry(key, head.spares ?? [], plainLength(sealedEntry.env)) : null;
  const [sealedHead, emptyDraft] = await Promise.all([
    sealRecord(key, HEAD_KEY, { seq: revision.seq, hash: revision.hash, shards: index?.shards, spares: spare?.spares ?? head.spares } satisfies Head),
    options.clearDraft ? sealRecord(key, DRAFT_KEY, null) : undefined,
  ]);
  await writeLocal({
    [storageKey]: sealedEntry,
    ...spare?.records,
    ...index?.records,
    [HEAD_KEY]: sealedHead,
    // Replacing the draft with an empty sealed value, in the same write, so no state exists where
    // the entry is saved but its draft would be offered again.
    ...(emptyDraft ? { [DRAFT_KEY]: emptyDraft } : {}),
  });
  // Left behind by a crash here, a spare is one more (harmless) record; the head no longer lists it.
  if (spare?.remove) await removeLocal([spare.remove]).catch(() => undefined);
  return { entry: saved, changedElsewhere };
}

/** How many records one bulk write holds: big enough to be quick, small enough for any quota check. */
const BATCH = 200;

/**
 * Add a first revision to many new entries at once (restoring a backup, seeding a benchmark):
 * the chain continues from the stored head, and each batch is written with the head it ends
 * on, so a failure part-way leaves a consistent, shorter journal and nothing half-written.
 */
export function appendEntries(key: CryptoKey, items: { id: string; fields: EntryFields; writtenAt?: string }[]): Promise<number> {
  return exclusive(async () => {
    const found = await readLocal(items.map((item) => `${ENTRY_PREFIX}${item.id}`));
    const taken = Object.keys(found).filter((storageKey) => found[storageKey] !== undefined);
    if (taken.length) throw new Error(`appendEntries only adds new entries; ${taken.length} already exist`);
    let head = await readHead(key);
    for (let start = 0; start < items.length; start += BATCH) {
      const slice = items.slice(start, start + BATCH);
      // The digests and the sealing need nothing from each other: all of a batch in flight at
      // once. Only the chain's links are made one after another.
      const digests = await Promise.all(slice.map((item) => fieldsDigest(item.fields)));
      const entries: Entry[] = [];
      for (const [i, item] of slice.entries()) {
        const revision = await linkRevision(head, item.id, { writtenAt: item.writtenAt ?? new Date().toISOString(), fields: item.fields, fieldsDigest: digests[i] });
        entries.push({ id: item.id, revisions: [revision] });
        head = { ...head, seq: revision.seq, hash: revision.hash };
      }
      const index = await updateSummaries(key, head, entries.map((entry) => ({ entry, existed: false })));
      head = { ...head, shards: index?.shards };
      await writeLocal({ ...(await sealEntries(key, entries)), [HEAD_KEY]: await sealRecord(key, HEAD_KEY, head), ...index?.records });
    }
    await roundHistory(key, head);
    return head.seq;
  });
}

/** Entries' records, sealed all at once (each is its own AES-GCM call; none waits for another). */
async function sealEntries(key: CryptoKey, entries: Entry[]): Promise<Record<string, StoredRecord>> {
  const sealed = await Promise.all(entries.map((entry) => sealRecord(key, `${ENTRY_PREFIX}${entry.id}`, entry)));
  return Object.fromEntries(entries.map((entry, i) => [`${ENTRY_PREFIX}${entry.id}`, sealed[i]!]));
}

/**
 * Delete an entry for good (only on the user's explicit, confirmed choice): every word of it is
 * erased, and only its place in the chain (times and hashes) stays, marked as purged, so the
 * journal still proves that nothing else was removed. The purged record replaces the entry in
 * one write; then the scrub (core/vault/scrub.ts) rewrites what the storage engine kept of its
 * earlier versions, its summaries and drafts, so they are not left on disk either.
 */
export async function purgeEntry(key: CryptoKey, id: string): Promise<Entry | null> {
  const done = await exclusive(async () => {
    const storageKey = `${ENTRY_PREFIX}${id}`;
    const before = await readLocal([storageKey, DRAFT_KEY]);
    const entry = await openStoredEntry(key, storageKey, before[storageKey]);
    if (!entry) return null;
    const purged: Entry = { ...entry, revisions: entry.revisions.map(({ fields: _fields, ...rest }) => ({ ...rest, fields: null, purged: true })) };
    // Its summary in the list index (the first words) and a draft of it go too, in the same
    // write: "for good" means every word.
    const head = await readHead(key);
    const index = await updateSummaries(key, head, [{ entry: purged, existed: true }]);
    const draft = await loadDraft(key);
    await writeLocal({
      // As long as the record it replaces, so that it is written over it (scrub.ts).
      [storageKey]: await sealRecordLike(key, storageKey, purged, before[storageKey]),
      ...index?.records,
      ...(index && index.shards !== head.shards ? { [HEAD_KEY]: await sealRecord(key, HEAD_KEY, { ...head, shards: index.shards } satisfies Head) } : {}),
      ...(draft?.entryId === id ? { [DRAFT_KEY]: await sealRecordLike(key, DRAFT_KEY, null, before[DRAFT_KEY]) } : {}),
    });
    return { purged, replacedBytes: byteSize({ ...before, ...index?.records }), files: attachmentsOf([entry]) };
  });
  if (!done) return null;
  // Its attached files' bytes too (every version's), before the one scrub of what is left.
  const freed = await overwriteInBatches(await chunkKeysOf(done.files));
  await scrubLeftovers(done.replacedBytes + freed);
  return done.purged;
}

/**
 * Make the history's record count a multiple of SPARE_STEP again, with at most SPARE_STEP - 1
 * spares (after adding many entries at once, or moving a 0.1.0 journal): spares are made, as long
 * as the median entry, or removed. Call inside `exclusive`, with the head as stored.
 */
export async function roundHistory(key: CryptoKey, head: Head, historyKeys?: string[]): Promise<void> {
  // `historyKeys`: every history record's key, when the caller knows them (it listed them, and wrote the rest itself).
  const { keys, values } = historyKeys ? { keys: historyKeys, values: undefined } : await listLocalKeys();
  const history = new Set(keys.filter((storageKey) => storageKey.startsWith(ENTRY_PREFIX)));
  const spares = (head.spares ?? []).filter((id) => history.has(`${ENTRY_PREFIX}${id}`));
  const wanted = sparesToRound(history.size - spares.length);
  if (wanted === spares.length && spares.length === (head.spares ?? []).length) return;
  if (wanted <= spares.length) {
    const kept = spares.slice(0, wanted);
    await writeLocal({ [HEAD_KEY]: await sealRecord(key, HEAD_KEY, { ...head, spares: kept } satisfies Head) });
    await removeLocal(spares.slice(wanted).map((id) => `${ENTRY_PREFIX}${id}`)).catch(() => undefined);
    return;
  }
  const sample = values ?? (await readLocal([...history].slice(0, 64)));
  const sizes = [...history].map((storageKey) => sample[storageKey] as StoredRecord | undefined).filter((record) => record?.env).map((record) => plainLength(record!.env)).sort((a, b) => a - b);
  const made = await makeSpares(key, wanted - spares.length, sizes[Math.floor(sizes.length / 2)] ?? 0);
  await writeLocal({ ...made.records, [HEAD_KEY]: await sealRecord(key, HEAD_KEY, { ...head, spares: [...spares, ...made.ids] } satisfies Head) });
}

/** Remove every journal record (the emergency wipe and tests). */
export async function removeJournalRecords(keys: string[]): Promise<void> {
  await removeLocal(keys);
}

export async function saveDraft(key: CryptoKey, draft: Draft): Promise<void> {
  await writeLocal({ [DRAFT_KEY]: await sealRecord(key, DRAFT_KEY, draft) });
}

export async function loadDraft(key: CryptoKey): Promise<Draft | null> {
  const stored = (await readLocal([DRAFT_KEY]))[DRAFT_KEY];
  if (stored === undefined) return null;
  try {
    return (await openRecord<Draft | null>(key, DRAFT_KEY, stored)).value;
  } catch {
    return null;
  }
}

/**
 * The user threw the draft away: overwrite it with sealed nothing (rather than remove: no window
 * where an old draft reappears), then scrub what the storage engine kept of every earlier
 * version of it (each autosave replaced the last; see core/vault/scrub.ts).
 */
export async function clearDraft(key: CryptoKey): Promise<void> {
  const old = (await readLocal([DRAFT_KEY]))[DRAFT_KEY];
  await writeLocal({ [DRAFT_KEY]: await sealRecordLike(key, DRAFT_KEY, null, old) });
  await scrubLeftovers(byteSize({ [DRAFT_KEY]: old }));
}

/**
 * Add revisions from a backup (see core/backup/merge.ts for which ones): each keeps its original
 * `writtenAt` and text, and takes the next place in this journal's chain (new seq, prev, hash),
 * so the chain stays one unbroken line. The stored entry is read fresh and only revisions it
 * lacks are added (same moment, same text), so a second run adds nothing; an entry's revisions
 * are kept in the order they were written, so its latest edit stays its current text. A record
 * that cannot be opened is skipped, never written over. Batched like `appendEntries`: each write
 * carries the head it ends on, so a failure part-way leaves a consistent journal that a second
 * run completes.
 */
export function mergeImported(
  key: CryptoKey,
  appends: { id: string; revisions: Pick<Revision, 'writtenAt' | 'fields' | 'fieldsDigest' | 'purged'>[] }[],
  from: { copy: string; now?: Date } = { copy: GENESIS },
): Promise<{ added: number; skipped: string[] }> {
  // Every revision added says it came from a copy, when, and which (the copy's last hash).
  const importMark: ImportMark = { at: (from.now ?? new Date()).toISOString(), copy: from.copy };
  return exclusive(async () => {
    let head = await readHead(key);
    let added = 0;
    const skipped: string[] = [];
    // Which records exist, listed once: inside `exclusive` only this run writes them, so a record
    // absent now stays absent unless written here, and is not read (a read of an absent record
    // costs as much as of a present one: about 2 s of a 10,000-entry restore in Firefox).
    const { keys: storedKeys, values: entryValues } = await listLocalKeys(isEntryKey);
    const present = new Set(storedKeys.filter(isEntryKey));
    // What this run wrote (or is writing), by id, for an id listed again in a later batch.
    const ours = new Map<string, Entry>();
    // The index's shards as this run's writes leave them (journal-index.ts).
    const shards = new Map<number, EntrySummary[] | null>();
    // One write in flight while the next batch is prepared: the next write starts only once it
    // landed, so the journal in storage is always one of the heads written here, in order, and
    // a failure stops everything after it.
    let writing: Promise<{ failed: false } | { failed: true; error: unknown }> | null = null;
    const landed = async () => {
      const outcome = await writing;
      if (outcome?.failed) throw outcome.error;
    };
    try {
      for (let start = 0; start < appends.length; start += BATCH) {
        const items = appends.slice(start, start + BATCH);
        // One storage read for the batch's entries, and every record opened and every digest
        // computed at once: one after another, each would wait its own round trip.
        const toRead = items.map((item) => `${ENTRY_PREFIX}${item.id}`).filter((storageKey) => present.has(storageKey) && !ours.has(storageKey.slice(ENTRY_PREFIX.length)));
        const stored = entryValues ?? (toRead.length ? await readLocal(toRead) : {});
        const [opened, digests] = await Promise.all([
          Promise.all(
            items.map((item) =>
              ours.has(item.id) ? ours.get(item.id)! : openStoredEntry(key, `${ENTRY_PREFIX}${item.id}`, stored[`${ENTRY_PREFIX}${item.id}`]).catch(() => 'unreadable' as const),
            ),
          ),
          Promise.all(items.map((item) => Promise.all(item.revisions.map((imported) => (imported.purged ? imported.fieldsDigest : fieldsDigest(imported.fields)))))),
        ]);
        // By id: an id listed twice in one batch sees what its first listing added.
        const changes = new Map<string, { entry: Entry; existed: boolean }>();
        for (const [i, item] of items.entries()) {
          const found = opened[i]!;
          if (found === 'unreadable') {
            skipped.push(item.id);
            continue;
          }
          const entry = changes.get(item.id)?.entry ?? found ?? { id: item.id, revisions: [] };
          const known = new Set(entry.revisions.map((revision) => `${revision.writtenAt}|${revision.fieldsDigest}`));
          const fresh: Revision[] = [];
          for (const [r, imported] of item.revisions.entries()) {
            const identity = `${imported.writtenAt}|${digests[i]![r]!}`;
            if (known.has(identity)) continue;
            known.add(identity);
            const revision = await importedRevision(head, item.id, imported, digests[i]![r]!, importMark);
            fresh.push(revision);
            head = { ...head, seq: revision.seq, hash: revision.hash };
          }
          if (!fresh.length) continue;
          // Stable sort by when written: the device's and the file's versions interleave in time.
          const revisions = [...entry.revisions, ...fresh].sort((a, b) => Date.parse(a.writtenAt) - Date.parse(b.writtenAt));
          changes.set(item.id, { entry: { ...entry, revisions }, existed: found !== null && found.revisions.length > 0 });
          added += fresh.length;
        }
        if (changes.size === 0) continue;
        const index = await updateSummaries(key, head, [...changes.values()], shards);
        head = { ...head, shards: index?.shards };
        const entries = [...changes.values()].map(({ entry }) => entry);
        const records = { ...(await sealEntries(key, entries)), [HEAD_KEY]: await sealRecord(key, HEAD_KEY, head), ...index?.records };
        for (const entry of entries) {
          ours.set(entry.id, entry);
          present.add(`${ENTRY_PREFIX}${entry.id}`);
        }
        await landed();
        writing = writeLocal(records).then(
          () => ({ failed: false as const }),
          (error: unknown) => ({ failed: true as const, error }),
        );
      }
      await landed();
    } finally {
      // Never leave `exclusive` with a write still in flight.
      await writing;
    }
    if (added) await roundHistory(key, head, [...present]);
    return { added, skipped };
  });
}

/**
 * A revision from a backup, as this journal stores it: its original `writtenAt` and text, at the
 * next place in this journal's chain, marked with where it came from (covered by its hash). The
 * one place an imported revision is built.
 */
function importedRevision(head: Head, id: string, imported: Pick<Revision, 'writtenAt' | 'fields' | 'purged'>, digest: string, mark: ImportMark): Promise<Revision> {
  return linkRevision(head, id, { writtenAt: imported.writtenAt, fields: imported.fields, fieldsDigest: digest, purged: imported.purged, imported: mark });
}
