import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFirstRunOffer } from '@/core/first-run';
import { KEYRING_KEY } from '@/core/vault/keyring';
import { wipeEverything } from '@/core/vault/wipe';
import { declineSetup, markSetupDone, saveCode, savePassphrase } from '@/features/unlock/setup-steps';
import { endsWithSetupGesture } from '@/features/unlock/setup-gesture';
import { readLaunchState } from './launch';

beforeEach(() => fakeBrowser.reset());

async function install(): Promise<void> {
  registerFirstRunOffer();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('when setup shows by itself', () => {
  it('right after install, and never again after "Not now"', async () => {
    expect(await readLaunchState()).toMatchObject({ step: 'welcome', offered: false });
    await install();
    expect(await readLaunchState()).toMatchObject({ step: 'welcome', offered: true });
    await declineSetup();
    expect(await readLaunchState()).toMatchObject({ step: 'welcome', offered: false });
  });

  it('to finish a setup already begun, and not once it is done', async () => {
    await saveCode('4711');
    expect(await readLaunchState()).toMatchObject({ step: 'phrase', offered: true });
    await savePassphrase('maple river quietly 42');
    await markSetupDone();
    expect(await readLaunchState()).toMatchObject({ step: 'done', offered: false });
  }, 20_000);

  it('never after an erase: storage is empty, as for a calculator never set up', async () => {
    await install();
    await saveCode('4711');
    await savePassphrase('maple river quietly 42');
    await markSetupDone();
    await wipeEverything();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readLaunchState()).toMatchObject({ step: 'welcome', offered: false });
  }, 20_000);

  it('an update or a browser update offers nothing', async () => {
    registerFirstRunOffer();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    expect(await readLaunchState()).toMatchObject({ offered: false });
  });
});

describe('the deliberate gesture', () => {
  it('is ± five times in a row, then =', () => {
    const neg = (n: number) => Array.from({ length: n }, () => 'neg' as const);
    expect(endsWithSetupGesture(['7', ...neg(5), '='])).toBe(true);
    expect(endsWithSetupGesture([...neg(4), '='])).toBe(false);
    expect(endsWithSetupGesture([...neg(3), '1', ...neg(2), '='])).toBe(false);
    expect(endsWithSetupGesture([...neg(5), '=', '1'])).toBe(false);
  });
});

describe('an erase cut short', () => {
  it('is told from a setup in progress, so the cover can finish it instead of offering setup', async () => {
    await saveCode('4711');
    expect(await readLaunchState()).toMatchObject({ step: 'phrase', unfinished: false });
    await savePassphrase('maple river quietly 42');
    await markSetupDone();
    await fakeBrowser.storage.local.set({ 'h:abc': { v: 3, env: {} } });
    // The erase's first step: the keyring gone; the browser killed before the rest.
    await fakeBrowser.storage.local.remove(KEYRING_KEY);
    expect(await readLaunchState()).toMatchObject({ offered: false, unfinished: true });
    await wipeEverything();
    expect(await readLaunchState()).toMatchObject({ offered: false, unfinished: false });
  }, 60_000);
});
