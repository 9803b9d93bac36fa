import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from './crypto';
import { currentKey, isUnlocked, lock, onLock, setKey, startGrace, withinGrace } from './session';

beforeEach(() => fakeBrowser.reset());

describe('the session', () => {
  it('drops the only reference to the data key on lock, and tells every holder of decrypted text', async () => {
    setKey(await importKey(new Uint8Array(32).fill(1)));
    expect(isUnlocked()).toBe(true);
    const held = { entries: ['decrypted text'] };
    const stop = onLock(() => held.entries.splice(0));
    await lock();
    expect(currentKey()).toBeNull();
    expect(isUnlocked()).toBe(false);
    expect(held.entries).toEqual([]);
    stop();
  });

  it('keeps a grace period only in storage.session, and lock ends it', async () => {
    const now = Date.now();
    await startGrace(5, now);
    expect(await withinGrace(now + 60_000)).toBe(true);
    expect(await withinGrace(now + 6 * 60_000)).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await lock();
    expect(await withinGrace(now + 1_000)).toBe(false);
  });

  it('starts no grace period when the setting is off', async () => {
    await startGrace(0);
    expect(await withinGrace()).toBe(false);
  });
});
