import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLaunchState } from '@/features/app/launch';
import { openSpace } from '@/features/haven/open-space';
import { checkCoverCode, forgetCachedLock } from '@/features/unlock/check-code';
import { markSetupDone, saveCode, savePassphrase } from '@/features/unlock/setup-steps';
import { toBase64 } from '../bytes';
import { sealJson } from '../crypto';
import { currentPrefsKey, forgetPrefsKey, handPrefsKey, lock } from '../session';
import { KEYRING_KEY } from './keyring';
import { importPrefsKey } from './prefs-key';
import { PREFS_AAD, PREFS_KEY, savePlainPrefs } from './prefs-record';
import { loadQuickCloseCopy } from './quick-close';
import { DEFAULT_SETTINGS, loadSettings, NoPrefsKeyError, saveSettings } from './settings';
import { OPEN_RECORD, QUICK_CLOSE_COPY } from './session-keys';

const HIS = 'https://his-server.example/report';
const HERS = 'https://www.bbc.com/weather';

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedLock();
  forgetPrefsKey();
  await saveCode('4711');
  await savePassphrase('a long passphrase for tests');
  await markSetupDone();
}, 20_000);

/** A new view: nothing in memory, then the code typed on its cover and Haven opened. */
async function newViewWithCode(): Promise<void> {
  await lock();
  forgetPrefsKey();
  forgetCachedLock();
  expect(await checkCoverCode('4711')).toBe('open');
  await openSpace();
}

const stored = async () => (await fakeBrowser.storage.local.get(PREFS_KEY))[PREFS_KEY] as Record<string, unknown>;

describe('sealed settings', () => {
  it('are obeyed when they open with K, in this view and the next one with the code', async () => {
    await newViewWithCode();
    await saveSettings({ safePage: HERS, graceMinutes: 5, autoLockMinutes: 15, cover: 'notes', closeTabs: false, country: 'MX' });
    await newViewWithCode();
    expect(await loadSettings()).toMatchObject({ safePage: HERS, graceMinutes: 5, autoLockMinutes: 15, cover: 'notes', closeTabs: false, country: 'MX' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('bbc');
  });

  it('are their defaults without K (the background, the cover, a view that had no code)', async () => {
    await newViewWithCode();
    await saveSettings({ safePage: HERS, graceMinutes: 5 });
    forgetPrefsKey();
    expect(await loadSettings()).toMatchObject({ safePage: null, graceMinutes: 0, autoLockMinutes: 5, closeTabs: true, country: 'auto', eraseCode: false, setupDone: true });
  });

  it('are their defaults with a wrong K, and a sealed part moved under another name does not open', async () => {
    await newViewWithCode();
    await saveSettings({ safePage: HERS, graceMinutes: 5 });
    const right = currentPrefsKey()!;
    handPrefsKey(new Uint8Array(32).fill(1));
    expect(await loadSettings()).toMatchObject({ safePage: null, graceMinutes: 0 });
    handPrefsKey(right);
    const moved = await sealJson(await importPrefsKey(right), { safePage: HIS, graceMinutes: 15 }, 'e:1|v1');
    await fakeBrowser.storage.local.set({ [PREFS_KEY]: { ...(await stored()), env: moved } });
    expect(await loadSettings()).toMatchObject({ safePage: null, graceMinutes: 0 });
  });

  it('planted as plain values, in the new record or 0.1.0\'s, are never obeyed', async () => {
    await fakeBrowser.storage.local.set({
      [PREFS_KEY]: { ...(await stored()), safePage: HIS, graceMinutes: 15, autoLockMinutes: 60, closeTabs: false },
      settings: { v: 1, setupDone: true, safePage: HIS, graceMinutes: 15 },
    });
    await newViewWithCode();
    expect(await loadSettings()).toMatchObject({ safePage: null, graceMinutes: 0, autoLockMinutes: 5, closeTabs: true });
    expect(await loadQuickCloseCopy()).toEqual({ page: null, tabs: true });
    // 0.1.0's key found after the update is removed, not sealed.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain('settings');
    expect(await fakeBrowser.storage.session.get(OPEN_RECORD)).toEqual({});
  });

  it('planted as a sealed part made with another key are never obeyed', async () => {
    const his = await sealJson(await importPrefsKey(new Uint8Array(32).fill(3)), { safePage: HIS, graceMinutes: 15 }, PREFS_AAD);
    await fakeBrowser.storage.local.set({ [PREFS_KEY]: { ...(await stored()), env: his } });
    await newViewWithCode();
    expect(await loadSettings()).toMatchObject({ safePage: null, graceMinutes: 0 });
    // Her next change replaces the planted part with hers.
    await saveSettings({ closeTabs: false });
    expect(await loadSettings()).toMatchObject({ safePage: null, graceMinutes: 0, closeTabs: false });
  });

  it('can be changed only with K; the plain fields can be changed without it, and keep the sealed part', async () => {
    await expect(saveSettings({ safePage: HIS })).rejects.toBeInstanceOf(NoPrefsKeyError);
    await newViewWithCode();
    await saveSettings({ safePage: HERS });
    const env = (await stored()).env;
    forgetPrefsKey();
    await savePlainPrefs({ intro: true });
    await saveSettings({ language: 'es' });
    expect((await stored()).env).toEqual(env);
    await newViewWithCode();
    expect(await loadSettings()).toMatchObject({ safePage: HERS, offerSetup: true, language: 'es' });
  });

  it('give the background the verified quick close choices in storage.session, and only those', async () => {
    await newViewWithCode();
    expect(await loadQuickCloseCopy()).toEqual({ page: null, tabs: true });
    await saveSettings({ safePage: HERS, closeTabs: false });
    expect(await loadQuickCloseCopy()).toEqual({ page: HERS, tabs: false });
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([QUICK_CLOSE_COPY]);
  });

  it('are stored under names and plain values that read as a calculator\'s', async () => {
    await newViewWithCode();
    await saveSettings({ safePage: HERS, graceMinutes: 5, eraseCode: true, cover: 'weather' });
    // The keyring's name is another change's (core/vault/keyring.ts); every other key is here.
    const local = await fakeBrowser.storage.local.get(null);
    delete local[KEYRING_KEY];
    expect(Object.keys(local).sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'prefs', 'r5']);
    const text = JSON.stringify({ local, session: await fakeBrowser.storage.session.get(null) })
      .replace(/"(iv|ct|salt|hash|wrapped|k)":"[^"]*"/g, '')
      .replace(/"t":\[[^\]]*\]/g, '');
    for (const word of ['journal', 'plan', 'draft', 'erase', 'safe', 'grace', 'lock', 'key', 'setup', 'cover', 'minutes', 'page']) {
      expect(text.toLowerCase(), word).not.toContain(word);
    }
  });
});

describe('the cover icon', () => {
  it('planted in plain is put back to hers, and the toolbar with it, once the code is typed', async () => {
    await newViewWithCode();
    await saveSettings({ cover: 'notes' });
    await fakeBrowser.storage.local.set({ [PREFS_KEY]: { ...(await stored()), icon: 'weather' } });
    forgetPrefsKey();
    // Before the code, the plain icon is all anyone has (the background shows it at start).
    expect((await loadSettings()).cover).toBe('weather');
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon');
    await newViewWithCode();
    expect((await stored()).icon).toBe('notes');
    expect(setIcon).toHaveBeenCalledWith({ path: expect.objectContaining({ 16: '/icons/notes-16.png' }) });
  });

  it('planted when she never chose one is put back to the calculator', async () => {
    await savePlainPrefs({ icon: 'weather' });
    await newViewWithCode();
    expect((await stored()).icon).toBe(DEFAULT_SETTINGS.cover);
  });
});

describe('a grace period', () => {
  it('skips the cover only with the key her code gave; a planted one does not', async () => {
    await newViewWithCode();
    await saveSettings({ graceMinutes: 5 });
    await lock();
    forgetPrefsKey();
    await fakeBrowser.storage.session.set({ [OPEN_RECORD]: { t: Date.now() + 60_000, k: toBase64(new Uint8Array(32).fill(4)) } });
    expect((await readLaunchState()).direct).toBe(false);
    expect(currentPrefsKey()).toBeNull();
    await newViewWithCode();
    forgetPrefsKey();
    expect((await readLaunchState()).direct).toBe(true);
    expect((await loadSettings()).graceMinutes).toBe(5);
  });

  it('planted in the plain record gives none', async () => {
    await fakeBrowser.storage.local.set({ [PREFS_KEY]: { ...(await stored()), graceMinutes: 15 } });
    await newViewWithCode();
    expect(await fakeBrowser.storage.session.get(OPEN_RECORD)).toEqual({});
    forgetPrefsKey();
    expect((await readLaunchState()).direct).toBe(false);
  });
});
