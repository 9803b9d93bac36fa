import { createSHA256, type IHasher } from 'hash-wasm';
import { GENESIS, type ChainNote, type EntryFields, type ImportMark, type Revision } from './entry';

/**
 * The journal's hash chain, in one place: how a revision is linked to the one before it (across
 * the whole journal). Each revision's hash covers the previous revision's hash, its number, the
 * entry id, when it was written, a digest of its content (the fields, or a note the journal wrote
 * about itself) and, for a revision added from a copy, where it came from. So an altered, removed
 * or reordered revision shows (chain-check.ts). Pure: no storage.
 */

let hasher: Promise<IHasher> | null = null;

/**
 * SHA-256 of text (UTF-8), as hex. One reused WASM hasher, not a WebCrypto call per digest: the
 * check on opening hashes every revision twice, and at 10,000 revisions one `crypto.subtle`
 * call each took about 4 times as long (measured). No await between init and digest, so calls
 * that run together never share a state.
 */
async function sha256Hex(text: string): Promise<string> {
  const sha = await (hasher ??= createSHA256());
  sha.init();
  sha.update(text);
  return sha.digest('hex');
}

/** The end of the chain a new revision is linked to. */
export interface ChainEnd {
  seq: number;
  hash: string;
}

export function fieldsDigest(fields: EntryFields | null): Promise<string> {
  const known = fields === null ? undefined : frozenDigests.get(fields);
  return known !== undefined ? Promise.resolve(known) : sha256Hex(JSON.stringify(fields));
}

/**
 * The digests of fields that can no longer change, by object: `frozenFieldsDigest` froze them
 * (deeply) before hashing, so the same object always has this digest, and `fieldsDigest` of it
 * again is a look-up (a restore's revisions are hashed when the file is read, and again when
 * they are added). Kept by the object alone: gone once the fields are.
 */
const frozenDigests = new WeakMap<EntryFields, string>();

/**
 * The fields' digest, after freezing them deeply (plain data, as read from JSON: nothing in
 * them can change after this), remembered for later `fieldsDigest` calls on the same object.
 */
export async function frozenFieldsDigest(fields: EntryFields | null): Promise<string> {
  if (fields === null) return fieldsDigest(null);
  deepFreeze(fields);
  const known = frozenDigests.get(fields);
  if (known !== undefined) return known;
  const digest = await sha256Hex(JSON.stringify(fields));
  frozenDigests.set(fields, digest);
  return digest;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/** A note's digest: wrapped in an object, so no note can share a digest with any fields. */
export function noteDigest(note: ChainNote): Promise<string> {
  return sha256Hex(JSON.stringify({ note }));
}

/**
 * The link. A revision without an import mark keeps the form the first journals were written
 * with, so every older hash still checks; a mark is covered, so it cannot be taken off unseen.
 */
export function revisionHash(prev: string, seq: number, id: string, writtenAt: string, digest: string, imported?: ImportMark): Promise<string> {
  const linked = imported ? [prev, seq, id, writtenAt, digest, imported.at, imported.copy] : [prev, seq, id, writtenAt, digest];
  return sha256Hex(JSON.stringify(linked));
}

/** The digest a revision's content must have (null: purged, the stored digest is all there is). */
export function expectedDigest(revision: Pick<Revision, 'fields' | 'note' | 'purged'>): Promise<string> | null {
  if (revision.note) return noteDigest(revision.note);
  return revision.purged ? null : fieldsDigest(revision.fields);
}

/** Whether a revision is sound in itself: its digest matches its content, its hash its link. */
export async function selfConsistent(id: string, revision: Revision): Promise<boolean> {
  const digest = await expectedDigest(revision);
  if (digest !== null && digest !== revision.fieldsDigest) return false;
  return (await revisionHash(revision.prev, revision.seq, id, revision.writtenAt, revision.fieldsDigest, revision.imported)) === revision.hash;
}

/**
 * The next revision after `end`: its number, link and hash. The digest is computed from the
 * fields (or the note) unless given (a caller that already has it); a purged revision has no
 * fields and must bring the digest its text had.
 */
export async function linkRevision(
  end: ChainEnd,
  id: string,
  revision: Pick<Revision, 'writtenAt' | 'fields' | 'purged' | 'imported' | 'note'> & { fieldsDigest?: string },
): Promise<Revision> {
  if (revision.purged && revision.fieldsDigest === undefined) throw new Error('A purged revision keeps the digest its text had');
  const seq = end.seq + 1;
  const digest = revision.fieldsDigest ?? (await (revision.note ? noteDigest(revision.note) : fieldsDigest(revision.fields)));
  const hash = await revisionHash(end.hash, seq, id, revision.writtenAt, digest, revision.imported);
  return {
    seq,
    writtenAt: revision.writtenAt,
    fields: revision.purged || revision.note ? null : revision.fields,
    fieldsDigest: digest,
    ...(revision.purged ? { purged: true as const } : {}),
    ...(revision.imported ? { imported: revision.imported } : {}),
    ...(revision.note ? { note: revision.note } : {}),
    prev: end.hash,
    hash,
  };
}

/** The places and hashes of the revisions a note saw below it, as one digest (chain-check.ts). */
export function seenDigest(revisions: readonly Pick<Revision, 'seq' | 'hash'>[]): Promise<string> {
  const pairs = revisions.map((revision) => [revision.seq, revision.hash] as const).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return sha256Hex(JSON.stringify(pairs));
}

export { GENESIS };
