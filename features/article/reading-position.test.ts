import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPosition, POSITION_KEY, savePosition, throttle } from './reading-position';

describe('the reading position', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept in storage.session only', async () => {
    await savePosition({ lang: 'es', step: 2, top: 1234 });
    expect(await loadPosition()).toEqual({ lang: 'es', step: 2, top: 1234 });
    expect(await fakeBrowser.storage.session.get(POSITION_KEY)).toEqual({ [POSITION_KEY]: { lang: 'es', step: 2, top: 1234 } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reads anything odd as no position', async () => {
    expect(await loadPosition()).toBeNull();
    for (const odd of ['x', { lang: 'fr', top: 3, step: 0 }, { lang: 'en', top: 'far' }, { lang: 'en', top: Number.NaN }]) {
      await fakeBrowser.storage.session.set({ [POSITION_KEY]: odd });
      expect(await loadPosition()).toBeNull();
    }
    await fakeBrowser.storage.session.set({ [POSITION_KEY]: { lang: 'en', top: -5, step: 99 } });
    expect(await loadPosition()).toEqual({ lang: 'en', top: 0, step: 3 });
  });
});

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once, then at most once per interval with the latest value', () => {
    const seen: number[] = [];
    const save = throttle((value: number) => seen.push(value), 300);
    save(1);
    save(2);
    save(3);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(300);
    expect(seen).toEqual([1, 3]);
    vi.advanceTimersByTime(1000);
    save(4);
    expect(seen).toEqual([1, 3, 4]);
  });

  it('flushes a waiting value now, and forgets it when cancelled', () => {
    const seen: number[] = [];
    const save = throttle((value: number) => seen.push(value), 300);
    save(1);
    save(2);
    save.flush();
    expect(seen).toEqual([1, 2]);
    save(3);
    save.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1, 2]);
  });
});
