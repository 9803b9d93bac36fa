import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPrefsKey, lock } from '@/core/session';
import { loadSettings } from '@/core/vault/settings';
import { readLaunchState } from '@/features/app/launch';
import { openSpace } from '@/features/haven/open-space';
import { checkCoverCode, forgetCachedLock } from '@/features/unlock/check-code';
import { ERASE_CODE, SETTINGS, UNLOCK_CODE } from './fixtures/storage-0.1.0';

/*
 * The update of 0.1.0's code records and settings (core/vault/migrate.ts), cut short at every
 * point: each time the next right code finishes it, and nothing she set is lost. The fixture
 * is 0.1.0's real storage (see storage-0.1.0.test.ts), never regenerated.
 */
const STORAGE = JSON.parse(readFileSync(new URL('./fixtures/storage-0.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const OLD_KEYS = ['settings', 'lock', 'memory'];
const NEW_KEYS = ['prefs', 'm1', 'm2'];

/** Storage as the popup leaves it once open (what needs no key has moved: core/vault/legacy-layout.ts). */
let launched: Record<string, unknown>;

async function load(storage: Record<string, unknown>): Promise<void> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(storage));
  await newView();
  await readLaunchState();
  launched = await everything();
}

/** A new popup: nothing in memory. */
async function newView(): Promise<void> {
  await lock();
  forgetPrefsKey();
  forgetCachedLock();
}

async function typeHerCode(): Promise<void> {
  expect(await checkCoverCode(UNLOCK_CODE)).toBe('open');
  await openSpace();
}

const keys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
const everything = () => fakeBrowser.storage.local.get(null);

/** She opens a new view with her code and finds every setting as she left it in 0.1.0. */
async function expectHerSettings(eraseCode = true): Promise<void> {
  await newView();
  await typeHerCode();
  expect(await loadSettings()).toMatchObject({ setupDone: true, ...SETTINGS, eraseCode });
  expect(await keys()).toEqual(expect.arrayContaining(NEW_KEYS));
  for (const old of OLD_KEYS) expect(await keys()).not.toContain(old);
  await newView();
  expect(await checkCoverCode(ERASE_CODE)).toBe(eraseCode ? 'clear' : null);
}

beforeEach(() => load(STORAGE));

describe('the update of 0.1.0\'s records at her first right code', () => {
  it('writes new records under a new salt, converts the erase record, seals the settings, then removes the old keys', async () => {
    await typeHerCode();
    const after = await everything();
    for (const old of OLD_KEYS) expect(after[old]).toBeUndefined();
    const unlock = after.m1 as { v: number; salt: string; hash: string };
    const erase = after.m2 as { v: number; salt: string; hash: string };
    const oldLock = STORAGE.lock as { salt: string; hash: string };
    const oldErase = STORAGE.memory as { salt: string; hash: string };
    expect(unlock.v).toBe(2);
    expect(unlock.salt).not.toBe(oldLock.salt);
    // The erase code cannot be salted again without it: same salt, but no longer H itself.
    expect(erase).toMatchObject({ v: 2, salt: oldErase.salt });
    expect(erase.hash).not.toBe(oldErase.hash);
    expect(JSON.stringify(after.prefs)).not.toContain('bbc');
    await expectHerSettings();
  }, 30_000);

  it('changes nothing when the popup closes between the code and Haven\'s chunk, and the next code does it', async () => {
    expect(await checkCoverCode(UNLOCK_CODE)).toBe('open');
    expect(await everything()).toEqual(launched);
    await expectHerSettings();
  }, 30_000);

  it('changes nothing when its one write fails, and the next code does it', async () => {
    expect(await checkCoverCode(UNLOCK_CODE)).toBe('open');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('browser closed'));
    await expect(openSpace()).rejects.toThrow();
    set.mockRestore();
    expect(await everything()).toEqual(launched);
    await expectHerSettings();
  }, 30_000);

  it('when cut short before the old keys are removed: the new ones are read, and an old settings key planted then is ignored', async () => {
    expect(await checkCoverCode(UNLOCK_CODE)).toBe('open');
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error('browser closed'));
    await expect(openSpace()).rejects.toThrow();
    remove.mockRestore();
    // The code records moved when the popup opened; 0.1.0's plain settings wait for the code.
    expect(await keys()).toEqual(expect.arrayContaining([...NEW_KEYS, 'settings']));
    await fakeBrowser.storage.local.set({ settings: { ...(STORAGE.settings as object), safePage: 'https://his-server.example/', graceMinutes: 15 } });
    await expectHerSettings();
  }, 30_000);

  it('keeps an erase record in every state, and gives 0.1.0 without an erase code a dummy one', async () => {
    const withoutErase = structuredClone(STORAGE);
    delete withoutErase.memory;
    await load(withoutErase);
    expect(await checkCoverCode(ERASE_CODE)).toBeNull();
    await typeHerCode();
    const erase = (await everything()).m2 as { v: number; kdf: unknown; salt: string; hash: string };
    const unlock = (await everything()).m1 as typeof erase;
    expect({ ...erase, salt: erase.salt.length, hash: erase.hash.length }).toEqual({ ...unlock, salt: unlock.salt.length, hash: unlock.hash.length });
    await expectHerSettings(false);
    // An erase record removed by hand comes back as a dummy at the next code.
    await fakeBrowser.storage.local.remove('m2');
    await newView();
    await typeHerCode();
    expect(await keys()).toContain('m2');
  }, 30_000);
});
