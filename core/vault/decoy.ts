import { randomBytes } from '../bytes';
import { readLocal, writeLocal } from './area';
import { memoKeyFrom } from './decoy-key';
import { DECOY_KEY, MEMO_KEY } from './layout';
import { dummyCodeRecord, LOCK_KEY, newCodeRecord, parseLockRecord } from './lock';
import { openRecord, sealRecord, type StoredRecord } from './records';
import type { KdfParams } from '../crypto';

/**
 * The decoy code (issue #18): a third code record, `m3`, shaped like the unlock and erase ones
 * and always present (a dummy no code matches while none is set), and the notes its pad shows,
 * `m4`, sealed with a key from the decoy code's secret, also always present (sealed with a
 * throwaway key while none is set) and at least MEMO_SIZE long, so storage reads the same with
 * and without a decoy. The notes are not secret: the decoy code alone opens them, by design.
 */
export { DECOY_KEY, MEMO_KEY } from './layout';
export { loadDecoyRecord, memoKeyFrom } from './decoy-key';

/** Every notes record is padded to at least this (a dummy is the same size as short notes). */
export const MEMO_SIZE = 2048;

export function sealMemo(key: CryptoKey, text: string): Promise<StoredRecord> {
  return sealRecord(key, MEMO_KEY, { n: text }, undefined, MEMO_SIZE);
}

/** Notes no key opens, the size of empty ones. */
export async function dummyMemo(): Promise<StoredRecord> {
  const key = await crypto.subtle.importKey('raw', randomBytes(32) as BufferSource, 'AES-GCM', false, ['encrypt']);
  return sealMemo(key, '');
}

/** The notes; '' when none were written. A record this key does not open throws DecryptError. */
export async function loadMemo(key: CryptoKey): Promise<string> {
  const stored = (await readLocal([MEMO_KEY]))[MEMO_KEY];
  if (stored === undefined) return '';
  const { value } = await openRecord<{ n?: unknown }>(key, MEMO_KEY, stored);
  return typeof value.n === 'string' ? value.n : '';
}

export async function saveMemo(key: CryptoKey, text: string): Promise<void> {
  await writeLocal({ [MEMO_KEY]: await sealMemo(key, text) });
}

/** A real decoy: its record, and empty notes under its key (written together with the setting). */
export async function decoyRecords(code: string, params: KdfParams): Promise<Record<string, unknown>> {
  const { record, derived } = await newCodeRecord(code, params);
  return { [DECOY_KEY]: record, [MEMO_KEY]: await sealMemo(await memoKeyFrom(derived), '') };
}

/** No decoy: a dummy record and notes no key opens, shaped and sized like a real decoy's. */
export async function dummyDecoyRecords(params?: KdfParams): Promise<Record<string, unknown>> {
  return { [DECOY_KEY]: dummyCodeRecord(params), [MEMO_KEY]: await dummyMemo() };
}

/** A storage from before the decoy (or one whose records were removed by hand) gets the dummies. */
export async function ensureDecoyRecords(): Promise<void> {
  const stored = await readLocal([LOCK_KEY, DECOY_KEY, MEMO_KEY]);
  const lock = parseLockRecord(stored[LOCK_KEY]);
  if (!lock || (stored[DECOY_KEY] !== undefined && stored[MEMO_KEY] !== undefined)) return;
  const dummies = await dummyDecoyRecords(lock.kdf);
  await writeLocal(Object.fromEntries(Object.entries(dummies).filter(([name]) => stored[name] === undefined)));
}
