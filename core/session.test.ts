import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from './crypto';
import { currentKey, currentPrefsKey, forgetPrefsKey, handPrefsKey, isUnlocked, lock, onKeyChange, onLock, restorePrefsKey, setKey, startGrace, withinGrace } from './session';
import { OPEN_RECORD, POSITION_RECORD } from './vault/session-keys';

beforeEach(() => {
  fakeBrowser.reset();
  forgetPrefsKey();
});

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

  it('keeps a grace period, with the settings key, only in storage.session, and lock ends both', async () => {
    const now = Date.now();
    const key = new Uint8Array(32).fill(9);
    handPrefsKey(key);
    await startGrace(5, now);
    expect(await withinGrace(now + 60_000)).toBe(true);
    expect(await withinGrace(now + 6 * 60_000)).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // A popup reopened within it reads the key back.
    forgetPrefsKey();
    expect(await restorePrefsKey(now + 60_000)).toBe(true);
    expect(currentPrefsKey()).toEqual(key);
    await fakeBrowser.storage.session.set({ [POSITION_RECORD]: { lang: 'en', step: 0, top: 400 } });
    await lock();
    expect(await withinGrace(now + 1_000)).toBe(false);
    // Nothing that says what she was doing outlives the lock.
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('names nothing it keeps in storage.session', () => {
    for (const name of [OPEN_RECORD, POSITION_RECORD]) expect(name).not.toMatch(/grace|lock|article|position|safe|key|journal|erase/i);
  });

  it('starts no grace period without the settings key (nothing to reopen with)', async () => {
    await startGrace(5);
    expect(await withinGrace()).toBe(false);
  });

  it('starts no grace period when the setting is off', async () => {
    await startGrace(0);
    expect(await withinGrace()).toBe(false);
  });
});

describe('the session and the words being saved', () => {
  it('finishes every pending write before it says it is locked, and the writer still holds its key', async () => {
    const { registerPendingWrite } = await import('./pending-writes');
    const key = await importKey(new Uint8Array(32).fill(2));
    setKey(key);
    const order: string[] = [];
    const writer = currentKey();
    const unregister = registerPendingWrite(async () => {
      order.push(`flush started, key ${writer === key ? 'kept' : 'lost'}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('flush done');
    });
    const stop = onLock(() => order.push('views told'));
    await lock();
    order.push('locked');
    expect(order).toEqual(['flush started, key kept', 'views told', 'flush done', 'locked']);
    expect(currentKey()).toBeNull();
    unregister();
    stop();
  });

  it('tells the shell when the key comes and goes', async () => {
    const seen: (CryptoKey | null)[] = [];
    const stop = onKeyChange((key) => seen.push(key));
    const key = await importKey(new Uint8Array(32).fill(3));
    setKey(key);
    await lock();
    expect(seen).toEqual([key, null]);
    stop();
  });

  it('does not wait for ever on a write that never finishes', async () => {
    const { flushPendingWrites, registerPendingWrite } = await import('./pending-writes');
    const unregister = registerPendingWrite(() => new Promise(() => undefined));
    const started = Date.now();
    await flushPendingWrites(50);
    expect(Date.now() - started).toBeLessThan(1_000);
    unregister();
  });
});
