import { verifyChain, type ChainCheck } from './chain-check';
import { GENESIS, type Entry, type Finding, type Head } from './entry';

/**
 * What the check on opening finds wrong with the stored record, in the terms the user is told
 * (issue #23): the chain's end removed, put back or ahead of what is stored; revisions missing;
 * a broken link; entries the journal's own list did not know, or knew and are gone. Only what
 * the record does not already note is found: a note (record-notes.ts) makes a finding known.
 * Pure: no storage.
 */

export interface OpenedRecord {
  entries: Entry[];
  notes: Entry[];
  head: Head | null;
  end: 'found' | 'absent' | 'unreadable';
}

/**
 * The ids the list index holds, to compare with what is stored; null when there is no index, or
 * a shard of it could not be opened (the list is short then, and nothing was removed).
 */
export function listedIds(list: { summaries: { id: string }[] | null; brokenShards: number[] } | null): string[] | null {
  return list?.summaries && !list.brokenShards.length ? list.summaries.map((summary) => summary.id) : null;
}

/** At most this many missing places are listed one by one; the rest are counted. */
export const LISTED_PLACES = 100;

/**
 * The chain checked against the head as stored, and what is newly wrong. `listed`: the ids the
 * journal's list index held before this opening (null when it could not be read: not compared).
 */
export async function findProblems(opened: OpenedRecord, listed: readonly string[] | null): Promise<{ chain: ChainCheck; findings: Finding[] }> {
  const all = [...opened.entries, ...opened.notes];
  const revisions = all.flatMap((entry) => entry.revisions);
  const storedEnd = opened.end === 'unreadable' ? null : opened.end === 'absent' ? { seq: 0, hash: GENESIS } : opened.head;
  const chain = await verifyChain(all, storedEnd);
  const findings: Finding[] = [];
  const ids = new Set(opened.entries.map((entry) => entry.id));
  // The head names the list's shards: without it, there is no list to compare with.
  if (opened.end !== 'found') listed = null;
  const known = listed ? new Set(listed) : null;
  const gone = listed ? listed.filter((id) => !ids.has(id)).length : 0;
  const extra = known ? opened.entries.filter((entry) => !known.has(entry.id)).length : 0;
  if (chain.sound && !gone && !extra) return { chain, findings };

  const newest = revisions.reduce((most, revision) => Math.max(most, revision.seq), 0);
  const headSeq = opened.end === 'found' && opened.head ? opened.head.seq : 0;
  if (opened.end === 'absent' && revisions.length) findings.push({ kind: 'end-missing' });
  if (opened.end === 'unreadable') findings.push({ kind: 'end-unreadable' });
  if (opened.end === 'found' && headSeq < newest) findings.push({ kind: 'end-behind', end: headSeq, newest });
  if (opened.end === 'found' && headSeq > newest) findings.push({ kind: 'end-ahead', end: headSeq, newest });
  // Only places above the note the record is checked from: the ones below it are noted already.
  const from = chain.checkedFrom?.seq ?? 0;
  const present = new Set(revisions.map((revision) => revision.seq));
  const missing: number[] = [];
  for (let seq = from + 1; seq <= Math.max(newest, headSeq); seq++) if (!present.has(seq)) missing.push(seq);
  if (missing.length) findings.push({ kind: 'missing', revisions: missing.slice(0, LISTED_PLACES), ...(missing.length > LISTED_PLACES ? { more: missing.length - LISTED_PLACES } : {}) });
  const problem = chain.problem;
  if (problem && (problem.kind === 'out-of-order' || problem.kind === 'altered')) findings.push({ kind: 'broken', revision: problem.revision });
  if (problem?.kind === 'wrong-end') findings.push({ kind: 'broken', revision: headSeq });
  if (gone) findings.push({ kind: 'gone', count: gone });
  if (extra) findings.push({ kind: 'extra', count: extra });
  // Whatever else kept the chain from checking (a change below an earlier note) is a break too.
  if (!findings.length) findings.push({ kind: 'broken', revision: problem && 'revision' in problem ? problem.revision : from + 1 });
  return { chain, findings };
}

/**
 * Where a note about these findings links: after the newest revision stored, or after the head
 * when the head knows of later ones (their records went), so nothing is numbered twice.
 */
export function noteEnd(opened: OpenedRecord): { seq: number; hash: string } {
  const newest = [...opened.entries, ...opened.notes].flatMap((entry) => entry.revisions).reduce<{ seq: number; hash: string }>((most, revision) => (revision.seq > most.seq ? revision : most), { seq: 0, hash: GENESIS });
  const head = opened.end === 'found' ? opened.head : null;
  return head && head.seq >= newest.seq ? { seq: head.seq, hash: head.hash } : { seq: newest.seq, hash: newest.hash };
}
