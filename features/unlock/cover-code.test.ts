import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as lockModule from '@/core/vault/lock';
import { toBase64 } from '@/core/bytes';
import { currentPrefsKey, forgetPrefsKey } from '@/core/session';
import { loadWipeRecord, saveWipeRecord } from '@/core/vault/wipe';
import { checkCoverCode, forgetCachedLock } from './check-code';

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
    expect([...withoutErase, ...withErase]).toEqual([2, 2, 2, 2, 2]);
  });

  it('hashes once against the unlock record and once against the erase record, set or not', async () => {
    const recordsHashed = async (digits: string) => {
      vi.mocked(lockModule.matchCode).mockClear();
      await checkCoverCode(digits);
      return vi.mocked(lockModule.matchCode).mock.calls.map(([, record]) => record);
    };
    const [unlock, dummy] = [await lockModule.loadLock(), await loadWipeRecord()];
    expect(await recordsHashed('1234')).toEqual([unlock, dummy]);
    await saveWipeRecord(await lockModule.hashCode('9090', FAST));
    forgetCachedLock();
    expect(await recordsHashed('1234')).toEqual([unlock, await loadWipeRecord()]);
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
