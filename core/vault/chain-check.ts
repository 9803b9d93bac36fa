import { GENESIS, type Entry, type Finding, type Revision } from './entry';
import { seenDigest, selfConsistent, type ChainEnd } from './chain';

/**
 * Checking the hash chain: every revision of every entry, in the order written, each linking to
 * the one before it, ending where the stored end (the head) says.
 *
 * A break Haven has already noticed does not fail the check for ever after: when the journal
 * opens and finds a break, it writes a note into the chain itself (record-check.ts) that says
 * what it found and which revisions it saw below it (their places and hashes, as one digest).
 * The check then starts again from the latest note that still sees exactly the revisions below
 * it: breaks below that note are known (the note says what, and since when), anything wrong
 * above it, or any change below it since, is a new problem. Notes are sealed with the data key
 * like every record, so no one without the passphrase can write one. Pure: no storage.
 */

export interface ChainCheck {
  /** Unbroken from the record's start, and ends where the stored end says. */
  intact: boolean;
  /** No problem the record does not already note: a save goes on from a known end. */
  sound: boolean;
  /** Revisions checked in order (all of them, unless a new problem stopped the check). */
  length: number;
  /** The last hash checked: the record's end when sound. A reader can compare it with one noted earlier. */
  digest: string;
  /** The last place checked and its hash (`digest`): the record's end when sound. */
  end: ChainEnd;
  /** The first problem the record does not note yet: a reason the report puts in words. */
  problem?: ChainProblem;
  /** Every note the check on opening wrote, oldest first. */
  notes: NotedCheck[];
  /** When breaks were noticed: the note the record is checked from since. */
  checkedFrom?: NotedCheck;
}

export interface NotedCheck {
  seq: number;
  at: string;
  hash: string;
  findings: Finding[];
  /** What was found happened after this (the newest revision it saw); '' when none. */
  after: string;
}

export type ChainProblem =
  | { kind: 'missing'; revision: number }
  | { kind: 'out-of-order'; revision: number }
  | { kind: 'altered'; revision: number }
  | { kind: 'end-unreadable' }
  | { kind: 'wrong-length'; expected: number; found: number }
  | { kind: 'wrong-end' };

interface Placed {
  id: string;
  revision: Revision;
  consistent: boolean;
}

/** Walk in order from `start`, each revision linking to the one before; the first break, if any. */
function walk(revisions: Placed[], start: number, from: ChainEnd): { end: ChainEnd; reached: number; problem?: ChainProblem } {
  let end = from;
  for (let index = start; index < revisions.length; index++) {
    const { revision, consistent } = revisions[index]!;
    const broken = (problem: ChainProblem) => ({ end, reached: index, problem });
    if (revision.seq > end.seq + 1) return broken({ kind: 'missing', revision: end.seq + 1 });
    if (revision.seq < end.seq + 1 || revision.prev !== end.hash) return broken({ kind: 'out-of-order', revision: revision.seq });
    if (!consistent) return broken({ kind: 'altered', revision: revision.seq });
    end = { seq: revision.seq, hash: revision.hash };
  }
  return { end, reached: revisions.length };
}

/**
 * Check the chain over every revision of every entry (and the journal's notes), and that it ends
 * where the stored head says (so a removed or rolled-back latest record shows). `head` null: the
 * head could not be read; undefined: not checked.
 */
export async function verifyChain(entries: Entry[], head?: ChainEnd | null): Promise<ChainCheck> {
  const flat = entries.flatMap((entry) => entry.revisions.map((revision) => ({ id: entry.id, revision })));
  // Each revision's own digest and hash are independent of the others: computed together.
  const consistent = await Promise.all(flat.map(({ id, revision }) => selfConsistent(id, revision)));
  const revisions: Placed[] = flat.map((item, index) => ({ ...item, consistent: consistent[index]! })).sort((a, b) => a.revision.seq - b.revision.seq);
  const notes = revisions.flatMap(({ revision, consistent: ok }, index) => (ok && revision.note ? [{ index, noted: noted(revision) }] : []));

  const strict = walk(revisions, 0, { seq: 0, hash: GENESIS });
  let result = strict;
  let checkedFrom: NotedCheck | undefined;
  if (strict.problem) {
    // The latest note at or above the break that still sees what was below it when written.
    for (const { index, noted: note } of [...notes].reverse()) {
      if (index < strict.reached) break;
      if ((await seenDigest(revisions.slice(0, index).map((placed) => placed.revision))) !== revisions[index]!.revision.note!.seen) continue;
      checkedFrom = note;
      result = walk(revisions, index + 1, { seq: note.seq, hash: note.hash });
      break;
    }
  }
  const base = { length: result.reached, digest: result.end.hash, end: result.end, notes: notes.map((note) => note.noted), ...(checkedFrom ? { checkedFrom } : {}) };
  if (result.problem) return { intact: false, sound: false, ...base, problem: result.problem };
  const endProblem = compareEnd(result.end, head);
  const intact = !strict.problem && !endProblem;
  return { intact, sound: !endProblem, ...base, ...(endProblem ? { problem: endProblem } : {}) };
}

function compareEnd(end: ChainEnd, head: ChainEnd | null | undefined): ChainProblem | undefined {
  if (head === undefined) return undefined;
  if (head === null) return { kind: 'end-unreadable' };
  if (head.seq !== end.seq) return { kind: 'wrong-length', expected: head.seq, found: end.seq };
  if (head.hash !== end.hash) return { kind: 'wrong-end' };
  return undefined;
}

const noted = (revision: Revision): NotedCheck => ({ seq: revision.seq, at: revision.writtenAt, hash: revision.hash, findings: revision.note!.findings, after: revision.note!.after ?? '' });
