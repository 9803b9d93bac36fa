import { readLocal } from './area';
import { GENESIS, HEAD_KEY, type Head } from './entry';
import { openRecord } from './records';

/**
 * The chain's end (the head record): where the next revision links, how many index shards and
 * which spares exist. Absent means an empty journal's start, or a head someone removed; only
 * the check on opening (record-check.ts) can tell which, from the history beside it.
 */
export async function openHead(key: CryptoKey, stored: unknown): Promise<Head> {
  if (stored === undefined) return { seq: 0, hash: GENESIS, shards: 0 };
  return (await openRecord<Head>(key, HEAD_KEY, stored)).value;
}

export async function readHead(key: CryptoKey): Promise<Head> {
  return openHead(key, (await readLocal([HEAD_KEY]))[HEAD_KEY]);
}

/** The head and whether it was stored at all (throws when it cannot be opened). */
export async function readHeadState(key: CryptoKey): Promise<{ head: Head; found: boolean }> {
  const stored = (await readLocal([HEAD_KEY]))[HEAD_KEY];
  return { head: await openHead(key, stored), found: stored !== undefined };
}
