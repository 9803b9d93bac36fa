import { sha256Hex } from '../crypto';
import { GENESIS, type Entry, type EntryFields, type Revision } from './entry';

/**
 * The journal's hash chain, in one place: how a revision is linked to the one before it (across
 * the whole journal), and how the chain is checked. Each revision's hash covers the previous
 * revision's hash, its number, the entry id, when it was written and a digest of its fields, so
 * an altered, removed or reordered revision shows. Pure: no storage.
 */

/** The end of the chain a new revision is linked to. */
export interface ChainEnd {
  seq: number;
  hash: string;
}

export function fieldsDigest(fields: EntryFields | null): Promise<string> {
  return sha256Hex(JSON.stringify(fields));
}

export function revisionHash(prev: string, seq: number, id: string, writtenAt: string, digest: string): Promise<string> {
  return sha256Hex(JSON.stringify([prev, seq, id, writtenAt, digest]));
}

/**
 * The next revision after `end`: its number, link and hash. The digest is computed from the
 * fields unless given (a caller that already has it); a purged revision has no fields and must
 * bring the digest its text had.
 */
export async function linkRevision(
  end: ChainEnd,
  id: string,
  revision: Pick<Revision, 'writtenAt' | 'fields' | 'purged'> & { fieldsDigest?: string },
): Promise<Revision> {
  if (revision.purged && revision.fieldsDigest === undefined) throw new Error('A purged revision keeps the digest its text had');
  const seq = end.seq + 1;
  const digest = revision.fieldsDigest ?? (await fieldsDigest(revision.fields));
  const hash = await revisionHash(end.hash, seq, id, revision.writtenAt, digest);
  return {
    seq,
    writtenAt: revision.writtenAt,
    fields: revision.purged ? null : revision.fields,
    fieldsDigest: digest,
    ...(revision.purged ? { purged: true as const } : {}),
    prev: end.hash,
    hash,
  };
}

export interface ChainCheck {
  intact: boolean;
  /** Revisions in the chain. */
  length: number;
  /** The last hash: a reader can compare it with one noted earlier. */
  digest: string;
  /** What is wrong, when not intact: a reason the report puts in words, in its own language. */
  problem?: ChainProblem;
}

export type ChainProblem =
  | { kind: 'missing'; revision: number }
  | { kind: 'out-of-order'; revision: number }
  | { kind: 'altered'; revision: number }
  | { kind: 'end-unreadable' }
  | { kind: 'wrong-length'; expected: number; found: number }
  | { kind: 'wrong-end' };

/**
 * Recompute the hash chain over every revision of every entry, in the order written, and check
 * that it ends where the stored head says (so a removed or rolled-back latest record shows).
 * `head` null: the head could not be read; undefined: not checked.
 */
export async function verifyChain(entries: Entry[], head?: ChainEnd | null): Promise<ChainCheck> {
  const revisions = entries
    .flatMap((entry) => entry.revisions.map((revision) => ({ id: entry.id, revision })))
    .sort((a, b) => a.revision.seq - b.revision.seq);
  let prev = GENESIS;
  for (const [index, { id, revision }] of revisions.entries()) {
    const broken = (problem: ChainProblem): ChainCheck => ({ intact: false, length: index, digest: prev, problem });
    if (revision.seq !== index + 1) return broken({ kind: 'missing', revision: index + 1 });
    if (revision.prev !== prev) return broken({ kind: 'out-of-order', revision: revision.seq });
    if (!revision.purged && (await fieldsDigest(revision.fields)) !== revision.fieldsDigest) return broken({ kind: 'altered', revision: revision.seq });
    const expected = await revisionHash(prev, revision.seq, id, revision.writtenAt, revision.fieldsDigest);
    if (expected !== revision.hash) return broken({ kind: 'altered', revision: revision.seq });
    prev = expected;
  }
  const end = { length: revisions.length, digest: prev };
  if (head === null) return { intact: false, ...end, problem: { kind: 'end-unreadable' } };
  if (head && head.seq !== revisions.length) return { intact: false, ...end, problem: { kind: 'wrong-length', expected: head.seq, found: revisions.length } };
  if (head && head.hash !== prev) return { intact: false, ...end, problem: { kind: 'wrong-end' } };
  return { intact: true, ...end };
}
