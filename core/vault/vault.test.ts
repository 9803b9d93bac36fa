import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLaunchState } from '@/features/app/launch';
import { saveFailureMessage } from '@/components/save-failure';
import { createDataKey } from '../data-key';
import { isQuotaError, StorageFullError, StorageWriteError, writeLocal } from './area';
import { loadKeyring, saveKeyring } from './keyring';
import { codeMatches, hashCode, loadLock, saveLock } from './lock';
import { forgetPrefsKey, handPrefsKey } from '../session';
import { parsePrefsRecord } from './prefs-record';
import { DEFAULT_SETTINGS, loadSettings, parseSealed, saveSettings } from './settings';

const FAST = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 } as const;

beforeEach(() => {
  fakeBrowser.reset();
  forgetPrefsKey();
});

describe('writes that fail', () => {
  it('recognise quota errors from both browsers', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('Something else'))).toBe(false);
  });

  it('turn a full storage into StorageFullError and write nothing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(writeLocal({ a: 1 })).rejects.toBeInstanceOf(StorageFullError);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('turn any other refusal into StorageWriteError', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error')).mockRejectedValueOnce(new Error('IO error'));
    await expect(writeLocal({ a: 1 })).rejects.toBeInstanceOf(StorageWriteError);
  });

  it('try once more after a refusal with no reason (Firefox, just after storage was full)', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('An unexpected error occurred'));
    await writeLocal({ a: 1 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ a: 1 });
  });

  it('say the storage is full when the second try finds it full', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('An unexpected error occurred'))
      .mockRejectedValueOnce(new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.'));
    await expect(writeLocal({ a: 1 })).rejects.toBeInstanceOf(StorageFullError);
  });

  it('are explained in plain words that say nothing was lost', () => {
    expect(saveFailureMessage(new StorageFullError(null), 'en')).toMatch(/no room left.*Nothing was changed/);
    expect(saveFailureMessage(new Error('x'), 'en')).toMatch(/could not be saved.*Nothing was changed/);
    expect(saveFailureMessage(new StorageFullError(null), 'es')).toMatch(/No queda espacio.*No se ha cambiado nada/);
  });
});

describe('settings', () => {
  const sealedDefaults = parseSealed(undefined);
  it('fall back to defaults for missing or strange values', () => {
    expect({ ...DEFAULT_SETTINGS, ...sealedDefaults }).toEqual(DEFAULT_SETTINGS);
    expect(parseSealed({ cover: 'rocket', graceMinutes: -3, autoLockMinutes: 'x', eraseCode: 'yes' })).toEqual(sealedDefaults);
    expect(parseSealed({ cover: 'weather', graceMinutes: 5 })).toMatchObject({ cover: 'weather', graceMinutes: 5 });
    expect(parsePrefsRecord({ lang: 'es', ready: 'yes' })).toMatchObject({ lang: 'es', ready: false });
    expect(parsePrefsRecord({ lang: 'fr' }).lang).toBe('auto');
    // The resources' country: only one Haven has lines for; anything planted falls back.
    expect(parseSealed({ country: 'MX' }).country).toBe('MX');
    for (const planted of ['ZZ', 'es', 'mx', '<img>', 42, null, { code: 'ES' }]) expect(parseSealed({ country: planted }).country).toBe('auto');
    expect(DEFAULT_SETTINGS.country).toBe('auto');
  });

  it('save a patch and keep the rest', async () => {
    handPrefsKey(new Uint8Array(32).fill(7));
    await saveSettings({ cover: 'notes' });
    await saveSettings({ graceMinutes: 1 });
    expect(await loadSettings()).toMatchObject({ cover: 'notes', graceMinutes: 1, v: 2 });
  });
});

describe('the unlock code', () => {
  it('is stored as a salted hash that only the right code matches', async () => {
    const record = await hashCode('4711', FAST);
    await saveLock(record);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('4711');
    const loaded = (await loadLock())!;
    expect(await codeMatches('4711', loaded)).toBe(true);
    expect(await codeMatches('4712', loaded)).toBe(false);
    expect(await codeMatches('04711', loaded)).toBe(false);
  });

  it('gets a new salt each time, so equal codes do not look equal', async () => {
    const [a, b] = [await hashCode('4711', FAST), await hashCode('4711', FAST)];
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });
});

describe('setup progress', () => {
  it('resumes at the first step not yet saved', async () => {
    expect((await readLaunchState()).step).toBe('welcome');
    await saveLock(await hashCode('4711', FAST));
    expect((await readLaunchState()).step).toBe('phrase');
    await saveKeyring((await createDataKey('a long passphrase', FAST)).stored);
    expect(await loadKeyring()).not.toBeNull();
    expect((await readLaunchState()).step).toBe('shortcut');
    await saveSettings({ setupDone: true });
    expect(await readLaunchState()).toEqual({ step: 'done', offered: false, direct: false, unfinished: false });
  });

  it('a failed save at setup leaves the previous step standing', async () => {
    await saveLock(await hashCode('4711', FAST));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveKeyring((await createDataKey('a long passphrase', FAST)).stored)).rejects.toBeInstanceOf(StorageFullError);
    expect((await readLaunchState()).step).toBe('phrase');
  });
});
