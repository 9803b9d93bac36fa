import { ENTRY_PREFIX } from './layout';
import { sealRecord, type StoredRecord } from './records';

/**
 * Spare history records, so that their number says little (issue #21). Every entry is one
 * `h:<id>` record; alone, their count would tell a reader of storage how many entries she wrote.
 * So the history always holds a multiple of SPARE_STEP records: a first entry comes with 15
 * spares, each new entry takes the place of one (the spare is removed once the entry is written),
 * and when none is left the next entry brings 15 more. A spare is a sealed `null` as long as the
 * entry written with it, under a random id like any entry's, so nothing tells it apart without
 * the key. The chain's end lists their ids (`Head.spares`); opening the journal skips them.
 *
 * What a reader still learns: the count rounded up to 16, and the sizes (rounded, core/vault/
 * padding.ts); someone who compares two copies of storage sees which records were written.
 */
export const SPARE_STEP = 16;

export interface SpareWrite {
  /** The records to write with the entry (new spares), by storage key. */
  records: Record<string, StoredRecord>;
  /** The spares left (the head's new list). */
  spares: string[];
  /** A spare to remove once the write landed (its place went to the new entry). */
  remove: string | null;
}

/** For one new entry: take a spare's place, or bring SPARE_STEP - 1 new ones. */
export async function spareForNewEntry(key: CryptoKey, spares: readonly string[], entryPlainBytes: number): Promise<SpareWrite> {
  if (spares.length) return { records: {}, spares: spares.slice(1), remove: `${ENTRY_PREFIX}${spares[0]!}` };
  const made = await makeSpares(key, SPARE_STEP - 1, entryPlainBytes);
  return { records: made.records, spares: made.ids, remove: null };
}

/** Spares to make `total` history records a multiple of SPARE_STEP (after a bulk add, a migration). */
export function sparesToRound(total: number): number {
  return total === 0 ? 0 : (SPARE_STEP - (total % SPARE_STEP)) % SPARE_STEP;
}

export async function makeSpares(key: CryptoKey, count: number, plainBytes: number): Promise<{ ids: string[]; records: Record<string, StoredRecord> }> {
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  const records: Record<string, StoredRecord> = {};
  for (const id of ids) records[`${ENTRY_PREFIX}${id}`] = await sealRecord(key, `${ENTRY_PREFIX}${id}`, null, undefined, plainBytes);
  return { ids, records };
}
