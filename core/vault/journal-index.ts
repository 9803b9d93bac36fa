import { readLocal } from './area';
import type { Category, Entry, Head } from './entry';
import { openRecord, sealRecord, type StoredRecord } from './records';

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

export const INDEX_PREFIX = 'x:';
export const SHARD_SIZE = 50;
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

async function openShard(key: CryptoKey, shard: number, stored: unknown): Promise<EntrySummary[] | null> {
  if (stored === undefined) return [];
  try {
    const { value } = await openRecord<EntrySummary[]>(key, shardKey(shard), stored);
    return Array.isArray(value) ? value : null;
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

/** The records to write so the index shows `entry` as saved, and the head's new shard count. */
export interface IndexWrite {
  records: Record<string, StoredRecord>;
  shards: number;
  shard: number;
}

/**
 * Put an entry's summary in its shard (replacing the old one) or, for a new entry, in the last
 * shard. `hint` is the shard the entry was last put in; when it does not hold the entry (an
 * index rebuilt since), every shard is searched once. Null when the journal has no index yet.
 */
export async function placeSummary(key: CryptoKey, head: Head, entry: Entry, existed: boolean): Promise<IndexWrite | null> {
  const count = head.shards;
  if (count === undefined) return null;
  const summary = summarize(entry);
  const replaceIn = async (shard: number): Promise<IndexWrite | null> => {
    const list = await openShard(key, shard, (await readLocal([shardKey(shard)]))[shardKey(shard)]);
    const at = list?.findIndex((candidate) => candidate.id === entry.id) ?? -1;
    if (!list || at < 0) return null;
    list[at] = summary;
    return { records: { [shardKey(shard)]: await sealRecord(key, shardKey(shard), list) }, shards: count, shard };
  };
  if (existed) {
    const hint = entry.shard;
    const inHint = hint !== undefined && hint < count ? await replaceIn(hint) : null;
    if (inHint) return inHint;
    for (let shard = count - 1; shard >= 0; shard--) {
      if (shard === hint) continue;
      const found = await replaceIn(shard);
      if (found) return found;
    }
  }
  // A new entry (or one the index lost): the last shard while it has room, else a new one.
  const last = count - 1;
  const lastList = last >= 0 ? await openShard(key, last, (await readLocal([shardKey(last)]))[shardKey(last)]) : null;
  if (lastList && lastList.length < SHARD_SIZE) {
    return { records: { [shardKey(last)]: await sealRecord(key, shardKey(last), [...lastList, summary]) }, shards: count, shard: last };
  }
  return { records: { [shardKey(count)]: await sealRecord(key, shardKey(count), [summary]) }, shards: count + 1, shard: count };
}

/**
 * Add many new entries' summaries: the last shard is filled up, then new shards follow. Each
 * entry is given its shard (`entry.shard`). Null when the journal has no index yet.
 */
export async function appendSummaries(key: CryptoKey, head: Head, entries: Entry[]): Promise<Omit<IndexWrite, 'shard'> | null> {
  if (head.shards === undefined) return null;
  let shards = head.shards;
  const last = shards - 1;
  const lastList = last >= 0 ? await openShard(key, last, (await readLocal([shardKey(last)]))[shardKey(last)]) : null;
  // A last shard that cannot be opened is left as it is; the new summaries start a new one.
  let current: { shard: number; list: EntrySummary[] } = lastList ? { shard: last, list: lastList } : { shard: shards++, list: [] };
  const touched = new Map<number, EntrySummary[]>();
  for (const entry of entries) {
    if (current.list.length >= SHARD_SIZE) current = { shard: shards++, list: [] };
    current.list.push(summarize(entry));
    touched.set(current.shard, current.list);
    entry.shard = current.shard;
  }
  const records: Record<string, StoredRecord> = {};
  for (const [shard, list] of touched) records[shardKey(shard)] = await sealRecord(key, shardKey(shard), list);
  return { records, shards: Math.max(shards, head.shards) };
}

/** Every shard, written fresh from the summaries in the order given (a rebuild). */
export async function sealShards(key: CryptoKey, summaries: EntrySummary[]): Promise<Record<string, StoredRecord>> {
  const records: Record<string, StoredRecord> = {};
  for (let start = 0; start < summaries.length; start += SHARD_SIZE) {
    const shard = start / SHARD_SIZE;
    records[shardKey(shard)] = await sealRecord(key, shardKey(shard), summaries.slice(start, start + SHARD_SIZE));
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
