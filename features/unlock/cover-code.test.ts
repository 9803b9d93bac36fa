import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as lockModule from '@/core/vault/lock';
import { saveWipeRecord } from '@/core/vault/wipe';
import { checkCoverCode, forgetCachedLock } from './check-code';

vi.mock('@/core/vault/lock', async (original) => {
  const actual = await original<typeof import('@/core/vault/lock')>();
  return { ...actual, codeMatches: vi.fn(actual.codeMatches) };
});

const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 } as const;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedLock();
  await lockModule.saveLock(await lockModule.hashCode('4711', FAST));
});

/** How many slow hashes one check on the cover ran. */
async function hashesFor(digits: string): Promise<number> {
  vi.mocked(lockModule.codeMatches).mockClear();
  await checkCoverCode(digits);
  return vi.mocked(lockModule.codeMatches).mock.calls.length;
}

describe('a code typed on the cover', () => {
  it('costs the same slow hashes whether it is right, wrong, unlock or erase, set or not', async () => {
    const withoutErase = [await hashesFor('4711'), await hashesFor('1234')];
    await saveWipeRecord(await lockModule.hashCode('9090', FAST));
    forgetCachedLock();
    const withErase = [await hashesFor('4711'), await hashesFor('1234'), await hashesFor('9090')];
    expect([...withoutErase, ...withErase]).toEqual([2, 2, 2, 2, 2]);
  });

  it('opens, erases or does nothing', async () => {
    await saveWipeRecord(await lockModule.hashCode('9090', FAST));
    expect(await checkCoverCode('4711')).toBe('open');
    expect(await checkCoverCode('9090')).toBe('wipe');
    expect(await checkCoverCode('0000')).toBeNull();
  });

  it('does nothing before setup has saved a code', async () => {
    fakeBrowser.reset();
    forgetCachedLock();
    expect(await checkCoverCode('4711')).toBeNull();
  });
});
