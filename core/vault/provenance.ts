import type { Entry, ImportMark } from './entry';

/**
 * Where each revision of an entry comes from (issue #23): written on this device, or added from
 * a backup copy, and then whether its date (what the copy said) is earlier than the entry's first
 * revision written here. Such a back-dated revision is kept and shown, never hidden, but flagged:
 * a copy can carry any date. Pure.
 */
export interface Provenance {
  seq: number;
  imported?: ImportMark;
  /** Imported, and dated before this entry was first written on this device. */
  backdated: boolean;
}

export function provenanceOf(entry: Entry): Provenance[] {
  const here = entry.revisions.filter((revision) => !revision.imported).map((revision) => Date.parse(revision.writtenAt));
  const firstHere = here.length ? Math.min(...here) : null;
  return entry.revisions.map((revision) => ({
    seq: revision.seq,
    ...(revision.imported ? { imported: revision.imported } : {}),
    backdated: Boolean(revision.imported) && firstHere !== null && Date.parse(revision.writtenAt) < firstHere,
  }));
}
