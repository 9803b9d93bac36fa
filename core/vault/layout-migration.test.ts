import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentKey, lock } from '@/core/session';
import { unlockWithPassphrase } from '@/features/unlock/passphrase';
import { ENTRIES, PASSPHRASE, REMINDERS } from '@/tests/unit/fixtures/storage-0.1.0';
import * as area from './area';
import { StorageFullError } from './area';
import { loadDocument } from './documents';
import { loadDraft, openJournal, saveRevision, verifyChain } from './journal';
import { ENTRY_PREFIX, isDataRecordKey, KEYRING_KEY } from './layout';
import { currentName } from './legacy-layout';
import { readLaunchState } from '@/features/app/launch';
import { migrateLayout } from './layout-migration';
import { PADDED } from './records';
import { SPARE_STEP } from './spares';

/*
 * 0.1.0's storage (tests/unit/fixtures/storage-0.1.0.json, never regenerated) moved to today's
 * neutral layout at the first unlock: everything she wrote opens, no plain name is left, every
 * record is padded, the history's count is rounded, and a kill or a full storage at any point of
 * the move loses nothing.
 */
const STORAGE = JSON.parse(readFileSync(new URL('../../tests/unit/fixtures/storage-0.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const LEGACY_NAMES = ['keyring', 'head', 'draft', 'plan', 'reminders', 'reminder-draft'];

async function load(): Promise<void> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(STORAGE));
  await lock();
  // The popup opens first: the keyring moves to its neutral name there.
  await readLaunchState();
}

const stored = () => fakeBrowser.storage.local.get(null);

/** What she sees once unlocked: entries' words, the chain, the draft, the reminders. */
async function expectEverythingShown(): Promise<void> {
  const key = currentKey()!;
  const journal = await openJournal(key);
  expect(journal.problems).toEqual([]);
  expect(journal.entries).toHaveLength(4);
  expect(await verifyChain(journal.entries, journal.head)).toMatchObject({ intact: true });
  const words = JSON.stringify(journal.entries);
  expect(words).toContain(JSON.stringify(ENTRIES.kept.what).slice(1, -1));
  expect((await loadDraft(key))?.fields.what).toContain('Half-written');
  expect(await loadDocument<string[]>(key, 'reminders')).toEqual(REMINDERS);
}

beforeEach(() => vi.restoreAllMocks());

describe('moving 0.1.0 storage to the neutral layout', () => {
  it('at the first unlock: no plain name left, every data record padded, the history a multiple of 16', async () => {
    await load();
    // Only the keyring moved when the popup opened: the rest needs the key.
    expect(Object.keys(await stored())).toEqual(expect.arrayContaining(LEGACY_NAMES.filter((name) => name !== 'reminder-draft' && name !== 'keyring')));
    expect(Object.keys(await stored())).toContain(KEYRING_KEY);
    expect((await unlockWithPassphrase(PASSPHRASE)).ok).toBe(true);
    await expectEverythingShown();
    const after = await stored();
    for (const name of Object.keys(after)) {
      expect(LEGACY_NAMES).not.toContain(name);
      expect(name.startsWith('e:')).toBe(false);
      if (isDataRecordKey(name)) expect((after[name] as { v: number }).v).toBe(PADDED);
    }
    expect(after[KEYRING_KEY]).toMatchObject({ v: 2 });
    expect(after.keyring).toBeUndefined();
    const history = Object.keys(after).filter((name) => name.startsWith(ENTRY_PREFIX));
    expect(history.length % SPARE_STEP).toBe(0);
    expect(history.length).toBeGreaterThanOrEqual(4);
    // A second unlock has nothing to move.
    expect(await migrateLayout(currentKey()!)).toBe(0);
  }, 30_000);

  it('cut short by a full storage at any write, loses nothing; the next unlock finishes the move', async () => {
    let cutPoints = 0;
    for (let allowed = 0; ; allowed++) {
      await load();
      let writes = 0;
      const real = area.writeLocal;
      const spy = vi.spyOn(area, 'writeLocal').mockImplementation(async (items) => {
        if (writes++ >= allowed) throw new StorageFullError(new Error('QUOTA_BYTES'));
        return real(items);
      });
      const result = await unlockWithPassphrase(PASSPHRASE).then(() => 'opened', (error: unknown) => error);
      spy.mockRestore();
      if (result === 'opened') break;
      expect(result).toBeInstanceOf(StorageFullError);
      cutPoints++;
      await lock();
      expect((await unlockWithPassphrase(PASSPHRASE)).ok).toBe(true);
      await expectEverythingShown();
      expect(Object.keys(await stored()).some((name) => currentName(name) !== null)).toBe(false);
    }
    // The records' batch, the shards, the spares.
    expect(cutPoints).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('killed between writing the new names and removing the old: the next unlock keeps what was saved since', async () => {
    await load();
    const removed = vi.spyOn(area, 'removeLocal').mockRejectedValueOnce(new Error('killed'));
    await expect(unlockWithPassphrase(PASSPHRASE)).rejects.toThrow('killed');
    removed.mockRestore();
    // Both names hold the same entries now. A save lands under the new name only.
    const legacyEntry = Object.keys(await stored()).find((name) => name.startsWith('e:'))!;
    const id = legacyEntry.slice(2);
    const { unwrapDataKey } = await import('../data-key');
    const { loadKeyring } = await import('./keyring');
    const key = await unwrapDataKey((await loadKeyring())!, PASSPHRASE);
    await saveRevision(key, id, { ...ENTRIES.kept, what: 'saved between the two steps' });
    await lock();
    expect((await unlockWithPassphrase(PASSPHRASE)).ok).toBe(true);
    const entry = (await openJournal(currentKey()!)).entries.find((candidate) => candidate.id === id)!;
    expect(entry.revisions.at(-1)!.fields!.what).toBe('saved between the two steps');
    expect(Object.keys(await stored())).not.toContain(legacyEntry);
  }, 30_000);
});

describe('the keyring, moved when the popup opens', () => {
  it('moves to m0 in its neutral shape, and a kill between the two writes loses nothing', async () => {
    await load();
    const legacy = STORAGE.keyring as { salt: string };
    expect(((await stored()).m0 as { salt: string; env: unknown }).salt).toBe(legacy.salt);
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(structuredClone(STORAGE));
    const removed = vi.spyOn(area, 'removeLocal').mockRejectedValueOnce(new Error('killed'));
    await expect(readLaunchState()).rejects.toThrow('killed');
    removed.mockRestore();
    expect(Object.keys(await stored())).toEqual(expect.arrayContaining(['keyring', KEYRING_KEY]));
    expect(await readLaunchState()).toMatchObject({ step: 'done', unfinished: false });
    expect(Object.keys(await stored())).not.toContain('keyring');
    expect((await unlockWithPassphrase(PASSPHRASE)).ok).toBe(true);
    await expectEverythingShown();
  }, 30_000);
});

describe('the history count after adding many entries at once', () => {
  it('stays a multiple of 16 with never more than 15 spares, however many times entries are added', async () => {
    fakeBrowser.reset();
    const { importKey } = await import('../crypto');
    const { appendEntries, newEntryId, readHead } = await import('./journal');
    const key = await importKey(new Uint8Array(32).fill(3));
    const fields = { ...ENTRIES.kept };
    for (const count of [10, 250, 7, 1, 33]) {
      await appendEntries(key, Array.from({ length: count }, () => ({ id: newEntryId(), fields })));
      const names = Object.keys(await stored()).filter((name) => name.startsWith(ENTRY_PREFIX));
      expect(names.length % SPARE_STEP).toBe(0);
      const spares = (await readHead(key)).spares ?? [];
      expect(spares.length).toBeLessThan(SPARE_STEP);
      for (const id of spares) expect(names).toContain(`${ENTRY_PREFIX}${id}`);
      expect((await openJournal(key)).problems).toEqual([]);
    }
  });
});
