import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLaunchState } from '@/features/app/launch';
import { createDataKey } from '../data-key';
import { currentKey, forgetPrefsKey, handPrefsKey, isUnlocked, setKey, startGrace } from '../session';
import { KEYRING_KEY, saveKeyring } from './keyring';
import { hashCode, saveLock } from './lock';
import { saveSettings } from './settings';
import { loadWipeRecord, saveWipeRecord, WIPE_KEY, wipeEverything } from './wipe';

const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 } as const;

beforeEach(() => {
  fakeBrowser.reset();
  forgetPrefsKey();
});

async function setUpHaven(): Promise<void> {
  const { key, stored } = await createDataKey('maple river', FAST);
  await saveLock(await hashCode('4711', FAST));
  await saveKeyring(stored);
  handPrefsKey(new Uint8Array(32).fill(5));
  await saveSettings({ setupDone: true, cover: 'weather' });
  await saveWipeRecord(await hashCode('9090', FAST));
  await fakeBrowser.storage.local.set({ 'e:1': { v: 1, env: { iv: 'x', ct: 'y' } }, head: { v: 1 }, draft: { v: 1 } });
  setKey(key);
  await startGrace(5);
}

describe('the erase code record', () => {
  it('is a salted hash under a neutral key', async () => {
    await saveWipeRecord(await hashCode('9090', FAST));
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored)).toEqual([WIPE_KEY]);
    expect(JSON.stringify(stored)).not.toContain('9090');
    expect(await loadWipeRecord()).toMatchObject({ v: 2, kdf: FAST });
  });

  it('is ignored when it is not a record Haven wrote', async () => {
    await fakeBrowser.storage.local.set({ [WIPE_KEY]: { v: 3, salt: 1 } });
    expect(await loadWipeRecord()).toBeNull();
  });
});

describe('the wipe', () => {
  it('erases every key in storage.local and storage.session and locks the session', async () => {
    await setUpHaven();
    expect(isUnlocked()).toBe(true);
    await wipeEverything();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(currentKey()).toBeNull();
    // The next open is exactly a fresh install's: first-run setup from the start.
    expect(await readLaunchState()).toEqual({ step: 'welcome', offered: false, direct: false, unfinished: false });
  });

  it('removes the keyring first, so a wipe cut short leaves nothing that can be decrypted', async () => {
    await setUpHaven();
    vi.spyOn(fakeBrowser.storage.local, 'clear').mockRejectedValueOnce(new Error('browser closed'));
    await expect(wipeEverything()).rejects.toThrow('browser closed');
    const left = await fakeBrowser.storage.local.get(null);
    expect(left[KEYRING_KEY]).toBeUndefined();
    expect(left['e:1']).toBeDefined();
  });
});
