import { readLocal } from './area';
import { INDEX_PREFIX } from './layout';
import type { Category, Entry, Head } from './entry';
import { DEFLATED_JSON_RECORD, JSON_RECORD, openRecord, sealRecord, type StoredRecord } from './records';

/**
 * The journal's list index: a short, encrypted summary of every entry, so the list, its
 * filters and the patterns open from a few small records instead of decrypting every entry.
 * Summaries live in shards (`x:0`, `x:1`, …) of up to SHARD_SIZE; a new entry goes into the
 * last shard, a new shard starts when it is full, so saving one entry rewrites one shard
 * whatever the journal's size. The head says how many shards there are.
 *
 * The index is derived data: the entries stay the truth. A shard that cannot be opened is
 * reported and rebuilt from the entries once they are all open; nothing is lost with it.
 */
export interface EntrySummary {
  id: string;
  /** When it happened (latest revision); '' once deleted. */
  happenedAt: string;
  /** When the entry was first written (ISO, UTC). */
  firstWritten: string;
  edited: boolean;
  deleted: boolean;
  categories: Category[];
  /** The start of "what happened", for the list. */
  snippet: string;
}

export { INDEX_PREFIX } from './layout';
export const SHARD_SIZE = 200;
export const SNIPPET_LENGTH = 120;

export const shardKey = (shard: number) => `${INDEX_PREFIX}${shard}`;

export function summarize(entry: Entry): EntrySummary {
  const fields = entry.revisions.at(-1)?.fields ?? null;
  return {
    id: entry.id,
    happenedAt: fields?.happenedAt ?? '',
    firstWritten: entry.revisions[0]?.writtenAt ?? '',
    edited: entry.revisions.filter((revision) => revision.fields !== null).length > 1,
    deleted: fields === null,
    categories: fields?.categories ?? [],
    snippet: fields?.what.slice(0, SNIPPET_LENGTH) ?? '',
  };
}

/**
 * How a shard is stored: the summaries as compact rows, deflated, then sealed (the vault's
 * deflated record format, version 2): reading the whole index is what the list waits for, and
 * this is about a third of the bytes of the first format (the summaries as objects, a plain
 * record, version 1), which is still read.
 */
const SHARD_FORMATS = [JSON_RECORD, DEFLATED_JSON_RECORD] as const;
export const SHARD_FORMAT = DEFLATED_JSON_RECORD.version;

type Row = [id: string, happenedAt: string, firstWritten: string, flags: number, categories: Category[], snippet: string];
const EDITED = 1;
const DELETED = 2;

const toRow = (s: EntrySummary): Row => [s.id, s.happenedAt, s.firstWritten, (s.edited ? EDITED : 0) | (s.deleted ? DELETED : 0), s.categories, s.snippet];
const fromRow = ([id, happenedAt, firstWritten, flags, categories, snippet]: Row): EntrySummary => ({
  id,
  happenedAt,
  firstWritten,
  edited: (flags & EDITED) !== 0,
  deleted: (flags & DELETED) !== 0,
  categories,
  snippet,
});

function sealShard(key: CryptoKey, shard: number, summaries: EntrySummary[] | null | undefined): Promise<StoredRecord> {
  return sealRecord(key, shardKey(shard), (summaries ?? []).map(toRow), DEFLATED_JSON_RECORD);
}

async function openShard(key: CryptoKey, shard: number, stored: unknown): Promise<EntrySummary[] | null> {
  if (stored === undefined) return [];
  try {
    const { version, value } = await openRecord<unknown>(key, shardKey(shard), stored, SHARD_FORMATS);
    if (!Array.isArray(value)) return null;
    return version === SHARD_FORMAT ? (value as Row[]).map(fromRow) : (value as EntrySummary[]);
  } catch {
    return null;
  }
}

export interface OpenedIndex {
  /** One summary per entry, in no particular order; null when this journal has no index yet. */
  summaries: EntrySummary[] | null;
  /** Shards that could not be opened: the list may miss some entries until it is rebuilt. */
  brokenShards: number[];
}

/** Read and open every shard the head names, in one storage read. */
export async function openIndex(key: CryptoKey, head: Head): Promise<OpenedIndex> {
  if (head.shards === undefined) return { summaries: head.seq === 0 ? [] : null, brokenShards: [] };
  const keys = Array.from({ length: head.shards }, (_, shard) => shardKey(shard));
  const stored = keys.length ? await readLocal(keys) : {};
  const shards = await Promise.all(keys.map((storageKey, shard) => openShard(key, shard, stored[storageKey])));
  const byId = new Map<string, EntrySummary>();
  const brokenShards: number[] = [];
  shards.forEach((summaries, shard) => {
    if (!summaries) brokenShards.push(shard);
    for (const summary of summaries ?? []) byId.set(summary.id, summary);
  });
  return { summaries: [...byId.values()], brokenShards };
}

/** The records to write so the index shows the entries as saved, and the head's shard count. */
export interface IndexWrite {
  records: Record<string, StoredRecord>;
  shards: number;
}

/**
 * Put entries' summaries in the index: an entry that existed replaces its summary where it is
 * (`entry.shard`, the shard it was last put in; when that does not hold it, an index rebuilt
 * since, every shard is searched), a new one goes into the last shard while it has room, then
 * into new shards. Sets `entry.shard` on each. Null when the journal has no index yet.
 *
 * `opened`: shards as a caller holds them already, updated here in place (a run of writes
 * inside one `exclusive` passes the same map to each: the shards as its earlier writes left
 * them, whether or not those writes have landed yet). Without it every shard is read fresh.
 */
export async function updateSummaries(
  key: CryptoKey,
  head: Head,
  changes: { entry: Entry; existed: boolean }[],
  opened: Map<number, EntrySummary[] | null> = new Map(),
): Promise<IndexWrite | null> {
  if (head.shards === undefined) return null;
  let count = head.shards;
  const shards = opened;
  const load = async (wanted: number[]) => {
    const missing = wanted.filter((shard) => !shards.has(shard));
    if (!missing.length) return;
    const stored = await readLocal(missing.map(shardKey));
    for (const shard of missing) shards.set(shard, await openShard(key, shard, stored[shardKey(shard)]));
  };
  const touched = new Set<number>();
  const replace = (shard: number, summary: EntrySummary) => {
    const list = shards.get(shard);
    const at = list?.findIndex((candidate) => candidate.id === summary.id) ?? -1;
    if (!list || at < 0) return false;
    list[at] = summary;
    touched.add(shard);
    return true;
  };
  for (const { entry, existed } of changes) {
    const summary = summarize(entry);
    if (existed) {
      const hint = entry.shard !== undefined && entry.shard < count ? entry.shard : undefined;
      if (hint !== undefined) await load([hint]);
      if (hint !== undefined && replace(hint, summary)) continue;
      await load(Array.from({ length: count }, (_, shard) => shard));
      const found = [...shards.keys()].find((shard) => replace(shard, summary));
      if (found !== undefined) {
        entry.shard = found;
        continue;
      }
    }
    // A new entry (or one the index lost): the last shard while it has room, else a new one.
    // A last shard that cannot be opened is left as it is.
    if (count > 0) await load([count - 1]);
    const last = shards.get(count - 1);
    if (!last || last.length >= SHARD_SIZE) shards.set(count++, []);
    shards.get(count - 1)!.push(summary);
    touched.add(count - 1);
    entry.shard = count - 1;
  }
  const records: Record<string, StoredRecord> = {};
  for (const shard of touched) records[shardKey(shard)] = await sealShard(key, shard, shards.get(shard));
  return { records, shards: count };
}

/** Every shard, written fresh from the summaries in the order given (a rebuild). */
export async function sealShards(key: CryptoKey, summaries: EntrySummary[]): Promise<Record<string, StoredRecord>> {
  const records: Record<string, StoredRecord> = {};
  for (let start = 0; start < summaries.length; start += SHARD_SIZE) {
    const shard = start / SHARD_SIZE;
    records[shardKey(shard)] = await sealShard(key, shard, summaries.slice(start, start + SHARD_SIZE));
  }
  return records;
}

/** Whether the index says exactly what the entries say (same ids, same summaries). */
export function indexMatches(summaries: EntrySummary[] | null, entries: Entry[]): boolean {
  if (!summaries || summaries.length !== entries.length) return false;
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  return entries.every((entry) => {
    const stored = byId.get(entry.id);
    return stored !== undefined && JSON.stringify(stored) === JSON.stringify(summarize(entry));
  });
}
