import { PASSPHRASE_KDF, type KeyPair, type RekeyBundle } from '../crypto';
import { beginRekey, openRekey } from '../data-key';
import { listLocalKeys, readLocal, writeLocal } from './area';
import { exclusive } from './journal';
import { loadKeyring, saveKeyring, type KeyringRecord } from './keyring';
import { isDataRecordKey } from './layout';
import { isStoredRecord, resealRecord, type StoredRecord } from './records';

/**
 * A passphrase change re-keys: a new data key, and every record sealed again with it, a batch at
 * a time. The steps, each one atomic write:
 *
 *   1. the keyring keeps the old wrapped key and gains the re-key bundle (both keys under each
 *      passphrase, and the new key under the new one);
 *   2. each batch of records is sealed with the new key (a record already sealed with it is left
 *      alone, one neither key opens is left as it is and counted);
 *   3. the keyring becomes the new wrapped key alone: the old passphrase, and any old copy of the
 *      keyring, open nothing written from now on.
 *
 * A kill or a full storage between any two steps leaves every record readable with the old or
 * the new passphrase, and the next unlock (with either) finishes the job.
 */
export interface RekeyResult {
  /** The session's key from now on. */
  key: CryptoKey;
  resealed: number;
  /** Records neither key opens: kept as they are, reported. */
  damaged: number;
}

/** Records sealed per write: small enough for any quota check, few enough writes for 10,000 entries. */
const BATCH = 200;

/** Change the passphrase and re-key. Null: `current` is not the passphrase (nothing was changed). */
export async function changeDataKey(current: string, next: string, onProgress?: (done: number, total: number) => void): Promise<RekeyResult | null> {
  const keyring = await loadKeyring();
  if (!keyring) return null;
  const begun = await beginRekey(keyring, current, next, PASSPHRASE_KDF).catch(() => null);
  if (!begun) return null;
  await saveKeyring(keyring, begun.bundle);
  return finishRekey(begun.keys, begun.bundle, onProgress);
}

/** A re-key cut short: its keys, with either passphrase; null when this is neither. */
export async function pendingRekey(keyring: KeyringRecord, passphrase: string): Promise<KeyPair | null> {
  if (!keyring.rekey) return null;
  return openRekey(keyring.rekey, passphrase).catch(() => null);
}

/** Seal every record with the new key, then make the new wrapped key the keyring. */
export function finishRekey(keys: KeyPair, bundle: RekeyBundle, onProgress?: (done: number, total: number) => void): Promise<RekeyResult> {
  // Inside the journal's write lock: no save of another view interleaves with a batch.
  return exclusive(async () => {
    const { keys: allKeys, values } = await listLocalKeys();
    let resealed = 0;
    let damaged = 0;
    const storageKeys = allKeys.filter(isDataRecordKey);
    for (let start = 0; start < storageKeys.length; start += BATCH) {
      const batchKeys = storageKeys.slice(start, start + BATCH);
      const stored = values ?? (await readLocal(batchKeys));
      const writes: Record<string, StoredRecord> = {};
      for (const storageKey of batchKeys) {
        const value = stored[storageKey];
        if (!isStoredRecord(value)) continue;
        const result = await resealRecord(keys.oldKey, keys.newKey, storageKey, value);
        if (result === 'damaged') damaged++;
        else if (result !== 'current') writes[storageKey] = result;
      }
      if (Object.keys(writes).length) await writeLocal(writes);
      resealed += Object.keys(writes).length;
      onProgress?.(Math.min(start + BATCH, storageKeys.length), storageKeys.length);
    }
    await saveKeyring(bundle.final);
    return { key: keys.newKey, resealed, damaged };
  });
}
