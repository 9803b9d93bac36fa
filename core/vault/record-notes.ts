import { removeLocal, writeLocal } from './area';
import { linkRevision, seenDigest } from './chain';
import { ENTRY_PREFIX, HEAD_KEY, type Entry, type Finding, type Head, type RecordProblem } from './entry';
import { exclusive } from './exclusive';
import { readHeadState } from './head';
import { findProblems, noteEnd, type OpenedRecord } from './record-check';
import { plainLength, sealRecord } from './records';
import { spareForNewEntry } from './spares';

/**
 * Writing what the check on opening found into the chain itself (issue #23): one more revision,
 * in an entry of its own that is never in the list, saying what was found and which revisions it
 * saw below it. Never a silent repair: nothing stored is changed or dropped, the note only makes
 * the finding part of the record (the report shows it), and the head moves to the note so the
 * next save links after everything stored, never reusing a place.
 */

export interface OpenedForNote extends OpenedRecord {
  unlistedSpares: string[];
  problems: RecordProblem[];
}

/** Write one note for these findings (inside `exclusive`). Returns the new head. */
export async function writeNote(key: CryptoKey, opened: OpenedForNote, findings: Finding[], now = new Date()): Promise<Head> {
  const seen = await seenDigest([...opened.entries, ...opened.notes].flatMap((entry) => entry.revisions));
  const after = newestWritten(opened);
  const id = crypto.randomUUID();
  const revision = await linkRevision(noteEnd(opened), id, { writtenAt: now.toISOString(), fields: null, note: { kind: 'check', findings, seen, after } });
  const storageKey = `${ENTRY_PREFIX}${id}`;
  const sealed = await sealRecord(key, storageKey, { id, revisions: [revision] } satisfies Entry);
  const stored = opened.end === 'found' && opened.head ? opened.head : null;
  // A head that went took its list of spares with it: the ones found by opening are listed again.
  const spares = [...new Set([...(stored?.spares ?? []), ...opened.unlistedSpares])];
  const spare = await spareForNewEntry(key, spares, plainLength(sealed.env));
  // Without the old head the index's shard count is unknown: left out, so the index is rebuilt.
  const head: Head = { seq: revision.seq, hash: revision.hash, ...(stored?.shards !== undefined ? { shards: stored.shards } : {}), spares: spare.spares };
  await writeLocal({ [storageKey]: sealed, ...spare.records, [HEAD_KEY]: await sealRecord(key, HEAD_KEY, head) });
  if (spare.remove) await removeLocal([spare.remove]).catch(() => undefined);
  return head;
}

export interface RecordCheckResult {
  chain: Awaited<ReturnType<typeof findProblems>>['chain'];
  /** When the newest revision stored was written: what was found happened after it ('' when none). */
  after: string;
  /** What this opening found (and noted, when `head` is set: else a save came in meanwhile, or a newer Haven's record is there). */
  found: Finding[];
  /** The head after the note; absent when nothing was written. */
  head?: Head;
}

/**
 * The check on opening: find what is newly wrong and note it. Skipped (nothing written, found
 * still returned) when a save came in since the journal was read, so the findings may be stale:
 * the next opening checks again.
 */
export async function checkRecord(key: CryptoKey, opened: OpenedForNote, listed: readonly string[] | null, now = new Date()): Promise<RecordCheckResult> {
  const { chain, findings } = await findProblems(opened, listed);
  // A record written by a newer Haven is not this version's to judge: nothing is written.
  const after = newestWritten(opened);
  if (!findings.length || opened.problems.some((problem) => problem.reason === 'newer-version')) return { chain, found: findings, after };
  const head = await exclusive(async () => {
    const current = await readHeadState(key).catch(() => null);
    if (!sameEnd(current, opened)) return undefined;
    return writeNote(key, opened, findings, now);
  });
  return { chain, found: findings, after, ...(head ? { head } : {}) };
}

function newestWritten(opened: OpenedRecord): string {
  return [...opened.entries, ...opened.notes].flatMap((entry) => entry.revisions).reduce((newest, revision) => (revision.writtenAt > newest ? revision.writtenAt : newest), '');
}

function sameEnd(current: { head: Head; found: boolean } | null, opened: OpenedRecord): boolean {
  if (opened.end === 'unreadable') return current === null;
  if (opened.end === 'absent') return current !== null && !current.found;
  return current !== null && current.found && current.head.seq === opened.head?.seq && current.head.hash === opened.head.hash;
}
