import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from './crypto';
import { currentKey, isUnlocked, lock, onKeyChange, onLock, setKey, startGrace, withinGrace } from './session';

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
