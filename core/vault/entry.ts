/**
 * What the journal is made of: the shapes every journal module shares, and the storage keys.
 * Plain data, no storage access (that is journal.ts and journal-index.ts).
 */

export const CATEGORIES = [
  'gaslighting',
  'threats',
  'isolation',
  'financial',
  'put-downs',
  'monitoring',
  'physical',
  'false-hope',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the user writes about one incident. */
export interface EntryFields {
  /** When it happened, local time as typed (`YYYY-MM-DDTHH:mm`). */
  happenedAt: string;
  what: string;
  where: string;
  who: string;
  categories: Category[];
  felt: string;
  tags: string[];
  /**
   * Files kept with the entry (core/vault/attachments.ts keeps their bytes). Absent, never
   * empty, on an entry without any: its JSON, and so its digest, stays what it always was.
   */
  attachments?: Attachment[];
}

/**
 * What the revision says about one file kept with an entry: the hash chain covers it through
 * the fields' digest, so a changed hash, name, time or address shows like changed words.
 */
export interface Attachment {
  /** Random, 32 hex digits; the names of its sealed chunks are derived from it (never shown). */
  id: string;
  /** SHA-256 of the original bytes, exactly as added (hex). */
  sha256: string;
  size: number;
  /** The file's name as it came (a capture gets one made from its time). */
  name: string;
  /** The type the bytes show (core/attachments/sniff.ts); '' when they show none we know. */
  type: string;
  /** The type the file claimed (picker, drop, paste); '' when none. */
  claimedType: string;
  /** When it was added (ISO, UTC). */
  addedAt: string;
  /** The file's own date, when it carries one (a photo's EXIF DateTimeOriginal, as written there). */
  fileDate?: string;
  /** For a capture of a page: its address and title, and when it was taken (ISO, UTC). */
  capture?: { url: string; title: string; at: string };
}

export interface Revision {
  /** Position in the whole journal's chain (1, 2, 3…). */
  seq: number;
  /** When this revision was written (ISO, UTC). */
  writtenAt: string;
  /** null: this revision deletes the entry (kept in the history), or it was purged. */
  fields: EntryFields | null;
  /** SHA-256 of the fields as written; kept when the text is purged, so the chain still checks. */
  fieldsDigest: string;
  /** The user deleted this entry for good: its text is gone, its place in the chain stays. */
  purged?: true;
  /** Added from a backup copy rather than written here (covered by the hash; see chain.ts). */
  imported?: ImportMark;
  /** Not the user's words: what the journal's own check found, written by Haven (record-check.ts). */
  note?: ChainNote;
  prev: string;
  hash: string;
}

/** Where an imported revision came from: when it was added here, and the copy's last hash. */
export interface ImportMark {
  /** When it was added to this journal (ISO, UTC); its `writtenAt` is what the copy said. */
  at: string;
  /** The last hash of the copy's own chain (GENESIS when the copy had none). */
  copy: string;
}

/** Something the check on opening found wrong with the stored record (core/vault/record-check.ts). */
export type Finding =
  /** Records hold revisions but the chain's end was gone. */
  | { kind: 'end-missing' }
  /** The chain's end could not be opened. */
  | { kind: 'end-unreadable' }
  /** The chain's end is older than the newest revision stored (it was put back). */
  | { kind: 'end-behind'; end: number; newest: number }
  /** The chain's end counts revisions that are not stored (the latest ones went). */
  | { kind: 'end-ahead'; end: number; newest: number }
  /** Places in the chain with no revision: their records went. */
  | { kind: 'missing'; revisions: number[]; more?: number }
  /** A revision that does not link to the one before it, or whose hash is wrong. */
  | { kind: 'broken'; revision: number }
  /** Records the journal's own list did not know of. */
  | { kind: 'extra'; count: number }
  /** Entries the journal's own list knew of that are not stored any more. */
  | { kind: 'gone'; count: number };

/** A revision Haven writes about the record itself, chained like any other. */
export interface ChainNote {
  kind: 'check';
  findings: Finding[];
  /** The revisions stored below the note when it was written (chain.ts `seenDigest`). */
  seen: string;
  /** When the newest of them was written: what was found happened after it. */
  after: string;
}

export interface Entry {
  id: string;
  revisions: Revision[];
  /** Which list-index shard holds this entry's summary (a hint; see journal-index.ts). */
  shard?: number;
}

export interface Draft {
  /** The entry being edited, or null for a new one. */
  entryId: string | null;
  fields: EntryFields;
  savedAt: string;
  /**
   * Files whose adding had begun and not finished when this draft was saved (their names): a
   * close in the middle of one leaves them here, so the editor can say which to add again.
   */
  adding?: string[];
}

/** A record that could not be opened; it stays in storage untouched. */
export interface RecordProblem {
  key: string;
  reason: 'unreadable' | 'newer-version';
}

export { DRAFT_KEY, ENTRY_PREFIX, HEAD_KEY } from './layout';
export const GENESIS = '0'.repeat(64);

/** The end of the hash chain, and how many list-index shards exist (absent: no index yet). */
export interface Head {
  seq: number;
  hash: string;
  shards?: number;
  /** Ids of spare history records (core/vault/spares.ts); absent: none yet. */
  spares?: string[];
}
