import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as lockModule from '@/core/vault/lock';
import { toBase64 } from '@/core/bytes';
import { currentPrefsKey, forgetPrefsKey } from '@/core/session';
import { loadWipeRecord, saveWipeRecord } from '@/core/vault/wipe';
import { DECOY_KEY, decoyRecords, dummyDecoyRecords, loadDecoyRecord, loadMemo, saveMemo } from '@/core/vault/decoy';
import { checkCoverCode, forgetCachedLock, takeMemoKey } from './check-code';

vi.mock('@/core/vault/lock', async (original) => {
  const actual = await original<typeof import('@/core/vault/lock')>();
  return { ...actual, matchCode: vi.fn(actual.matchCode) };
});

const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 } as const;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedLock();
  await lockModule.saveLock(await lockModule.hashCode('4711', FAST));
  await saveWipeRecord(lockModule.dummyCodeRecord(FAST));
  await fakeBrowser.storage.local.set(await dummyDecoyRecords(FAST));
});

/** How many slow hashes one check on the cover ran. */
async function hashesFor(digits: string): Promise<number> {
  vi.mocked(lockModule.matchCode).mockClear();
  await checkCoverCode(digits);
  return vi.mocked(lockModule.matchCode).mock.calls.length;
}

describe('a code typed on the cover', () => {
  it('costs the same slow hashes whether it is right, wrong, unlock or erase, set or not', async () => {
    const withoutErase = [await hashesFor('4711'), await hashesFor('1234')];
    await saveWipeRecord(await lockModule.hashCode('9090', FAST));
    forgetCachedLock();
    const withErase = [await hashesFor('4711'), await hashesFor('1234'), await hashesFor('9090')];
    await fakeBrowser.storage.local.set(await decoyRecords('2580', FAST));
    forgetCachedLock();
    const withDecoy = [await hashesFor('4711'), await hashesFor('1234'), await hashesFor('9090'), await hashesFor('2580')];
    expect([...withoutErase, ...withErase, ...withDecoy]).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3]);
  });

  it('hashes once against each of the three records, set or not', async () => {
    const recordsHashed = async (digits: string) => {
      vi.mocked(lockModule.matchCode).mockClear();
      await checkCoverCode(digits);
      return vi.mocked(lockModule.matchCode).mock.calls.map(([, record]) => record);
    };
    const [unlock, dummy, decoy] = [await lockModule.loadLock(), await loadWipeRecord(), await loadDecoyRecord()];
    expect(await recordsHashed('1234')).toEqual([unlock, dummy, decoy]);
    await saveWipeRecord(await lockModule.hashCode('9090', FAST));
    await fakeBrowser.storage.local.set(await decoyRecords('2580', FAST));
    forgetCachedLock();
    expect(await recordsHashed('1234')).toEqual([unlock, await loadWipeRecord(), await loadDecoyRecord()]);
  });

  it('without a decoy record (a storage from before it), still hashes three times, the third against the unlock record', async () => {
    await fakeBrowser.storage.local.remove(DECOY_KEY);
    forgetCachedLock();
    expect(await hashesFor('1234')).toBe(3);
    expect(await checkCoverCode('4711')).toBe('open');
  });

  it('opens the calculator\'s notes with the decoy code, with their key and without the settings key', async () => {
    await fakeBrowser.storage.local.set(await decoyRecords('2580', FAST));
    forgetCachedLock();
    forgetPrefsKey();
    expect(await checkCoverCode('2580')).toBe('memo');
    expect(currentPrefsKey()).toBeNull();
    const key = takeMemoKey();
    expect(key).not.toBeNull();
    expect(takeMemoKey()).toBeNull();
    await saveMemo(key!, 'milk, eggs');
    expect(await loadMemo(key!)).toBe('milk, eggs');
    expect(await checkCoverCode('4711')).toBe('open');
    expect(takeMemoKey()).toBeNull();
  });

  it('opens nothing with a dummy decoy record', async () => {
    expect(await checkCoverCode('2580')).toBeNull();
    expect(takeMemoKey()).toBeNull();
  });

  it('gives the session the settings key only for the right unlock code', async () => {
    forgetPrefsKey();
    await checkCoverCode('1234');
    expect(currentPrefsKey()).toBeNull();
    await checkCoverCode('4711');
    const key = currentPrefsKey();
    expect(key).toHaveLength(32);
    // K is derived from the code's hash H, which is not stored: not the stored check value.
    expect(toBase64(key!)).not.toBe((await lockModule.loadLock())!.hash);
    forgetPrefsKey();
    await checkCoverCode('4711');
    expect(currentPrefsKey()).toEqual(key);
  });

  it('opens, erases or does nothing', async () => {
    await saveWipeRecord(await lockModule.hashCode('9090', FAST));
    expect(await checkCoverCode('4711')).toBe('open');
    expect(await checkCoverCode('9090')).toBe('clear');
    expect(await checkCoverCode('0000')).toBeNull();
  });

  it('does nothing before setup has saved a code', async () => {
    fakeBrowser.reset();
    forgetCachedLock();
    expect(await checkCoverCode('4711')).toBeNull();
  });
});
