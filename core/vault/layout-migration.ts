import { listLocalKeys, readLocal, removeLocal, writeLocal } from './area';
import { exclusive, readHead, roundHistory } from './journal';
import { INDEX_PREFIX } from './layout';
import { currentName, LEGACY_SINGLE_NAMES } from './legacy-layout';
import { DEFLATED_JSON_RECORD, JSON_RECORD, openRecord, PADDED, sealRecord, type StoredRecord } from './records';

/** Records moved per write, as in every bulk write of the vault. */
const BATCH = 200;
const FORMATS = [JSON_RECORD, DEFLATED_JSON_RECORD];

/**
 * Bring a 0.1.0 storage to today's layout (core/vault/layout.ts), at the first unlock, before
 * any screen reads it: each record under a plain name is opened and sealed again, padded, under
 * its neutral name; the list index's shards are padded in place; then spares round the
 * history's count (core/vault/spares.ts). The keyring moved already, when the popup opened
 * (core/vault/legacy-layout.ts). Nothing is lost at any point: each batch is written under the new names before the old names are removed, a record
 * found under both names keeps the new one (it may have been saved since), and a record that
 * does not open is moved as it is (it was unreadable before too, and is reported the same way).
 * A kill or a full storage part-way leaves every record under one name or both; the next unlock
 * carries on. Returns how many records were moved.
 */
export function migrateLayout(key: CryptoKey): Promise<number> {
  return exclusive(async () => {
    // Asked at every unlock: a 0.1.0 journal with anything in it has one of the plain single
    // names (entries come with `head`), so a few keys read answer it without listing 10,000.
    const singles = await readLocal(LEGACY_SINGLE_NAMES);
    if (!LEGACY_SINGLE_NAMES.some((name) => singles[name] !== undefined)) return 0;
    const { keys } = await listLocalKeys();
    // The single records last: while any entry is left under its old name, so is `head`, and the
    // check above finds the move unfinished after a kill or a full storage.
    const legacy = keys
      .filter((storageKey) => currentName(storageKey) !== null)
      .sort((a, b) => Number(LEGACY_SINGLE_NAMES.includes(a)) - Number(LEGACY_SINGLE_NAMES.includes(b)));
    const shards = keys.filter((storageKey) => storageKey.startsWith(INDEX_PREFIX));
    let moved = 0;
    for (let start = 0; start < legacy.length; start += BATCH) {
      const batch = legacy.slice(start, start + BATCH);
      const stored = await readLocal([...batch, ...batch.map((storageKey) => currentName(storageKey)!)]);
      const writes: Record<string, unknown> = {};
      for (const storageKey of batch) {
        const name = currentName(storageKey)!;
        if (stored[name] !== undefined) continue;
        writes[name] = (await reseal(key, storageKey, name, stored[storageKey])) ?? stored[storageKey];
      }
      if (Object.keys(writes).length) await writeLocal(writes);
      await removeLocal(batch);
      moved += batch.length;
    }
    // Shards keep their names; only their padding is new.
    for (let start = 0; start < shards.length; start += BATCH) {
      const batch = shards.slice(start, start + BATCH);
      const stored = await readLocal(batch);
      const writes: Record<string, StoredRecord> = {};
      for (const storageKey of batch) {
        if ((stored[storageKey] as Partial<StoredRecord> | undefined)?.v === PADDED) continue;
        const sealed = await reseal(key, storageKey, storageKey, stored[storageKey]);
        if (sealed) writes[storageKey] = sealed;
      }
      if (Object.keys(writes).length) await writeLocal(writes);
      moved += Object.keys(writes).length;
    }
    // A head that does not open is left for the journal to report, never written over.
    const head = moved ? await readHead(key).catch(() => null) : null;
    if (head) await roundHistory(key, head);
    return moved;
  });
}

/** The record sealed again, padded, under `name`; null when it does not open. */
async function reseal(key: CryptoKey, from: string, name: string, stored: unknown): Promise<StoredRecord | null> {
  try {
    const { version, value } = await openRecord<unknown>(key, from, stored, FORMATS);
    return await sealRecord(key, name, value, version === DEFLATED_JSON_RECORD.version ? DEFLATED_JSON_RECORD : JSON_RECORD);
  } catch {
    return null;
  }
}
