import { browser } from 'wxt/browser';

/**
 * The only code in Haven that touches `storage.local` and `storage.session`. Everything else
 * goes through the typed functions of core/vault. `storage.sync` is never used.
 */

/** The browser refused a write because storage is full; nothing was written. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('There is no room left to save on this device.', { cause });
    this.name = 'StorageFullError';
  }
}

/** Any other refused write; nothing was written. */
export class StorageWriteError extends Error {
  constructor(cause: unknown) {
    super('This could not be saved just now.', { cause });
    this.name = 'StorageWriteError';
  }
}

let writesRefused = false;

/**
 * From now on this view writes nothing (the erase code was typed in another view, which is
 * emptying storage): a draft being saved here must not put a record back after the erase.
 */
export function refuseWrites(): void {
  writesRefused = true;
}

export function isQuotaError(error: unknown): boolean {
  const text = `${(error as { name?: string })?.name ?? ''} ${(error as { message?: string })?.message ?? String(error)}`;
  return /quota|QUOTA_BYTES|NS_ERROR_DOM_QUOTA|storage is full|disk is full/i.test(text);
}

export async function readLocal(keys: string[] | null): Promise<Record<string, unknown>> {
  return browser.storage.local.get(keys);
}

/**
 * Every key in storage.local, without reading the values where the browser can
 * (`getKeys`: Chrome 130, Firefox 143); elsewhere everything is read once and handed back too,
 * so the caller need not read it again: only the values of the keys `keep` accepts, when given
 * (a caller that wants the entries' need not hold hundreds of MB of files' chunks).
 */
export async function listLocalKeys(keep?: (key: string) => boolean): Promise<{ keys: string[]; values?: Record<string, unknown> }> {
  const local = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  if (typeof local.getKeys === 'function') return { keys: await local.getKeys() };
  const values = await local.get(null);
  const keys = Object.keys(values);
  return { keys, values: keep ? Object.fromEntries(keys.filter(keep).map((key) => [key, values[key]])) : values };
}

/**
 * One call is one atomic write (a LevelDB batch, an IndexedDB transaction). A refusal with no
 * stated reason is tried once more: Firefox refuses the first write after a full storage with
 * "An unexpected error occurred" even once there is room again, and takes the next one (seen
 * in quota.spec.ts). Writing the same items twice is harmless.
 */
export async function writeLocal(items: Record<string, unknown>): Promise<void> {
  if (writesRefused) throw new StorageWriteError(new Error('This view is closing'));
  try {
    await browser.storage.local.set(items);
  } catch (first) {
    if (isQuotaError(first)) throw new StorageFullError(first);
    try {
      await browser.storage.local.set(items);
    } catch (error) {
      throw isQuotaError(error) ? new StorageFullError(error) : new StorageWriteError(error);
    }
  }
}

/** Run `listener` whenever one of these keys of storage.local changes (in any view). */
export function onLocalChange(keys: string[], listener: () => void): () => void {
  const watched = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) listener();
  };
  browser.storage.onChanged.addListener(watched);
  return () => browser.storage.onChanged.removeListener(watched);
}

export async function removeLocal(keys: string[]): Promise<void> {
  await browser.storage.local.remove(keys);
}

export async function clearLocal(): Promise<void> {
  await browser.storage.local.clear();
}

/** Memory-only storage that lives until the browser closes (never written to disk). */
export const sessionArea = {
  get: (keys: string[]) => browser.storage.session.get(keys),
  set: (items: Record<string, unknown>) => browser.storage.session.set(items),
  remove: (keys: string[]) => browser.storage.session.remove(keys),
  clear: () => browser.storage.session.clear(),
};
