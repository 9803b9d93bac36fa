import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DecryptError } from '../crypto';
import { unwrapDataKey } from '../data-key';
import * as area from './area';
import { loadDocument, saveDocument } from './documents';
import { ENTRY_PREFIX, HEAD_KEY, openJournal, saveRevision, verifyChain, type EntryFields } from './journal';
import { loadKeyring, KEYRING_KEY, type KeyringRecord } from './keyring';
import { changeDataKey, finishRekey, pendingRekey } from './rekey';
import { savePassphrase } from '@/features/unlock/setup-steps';

const OLD = 'maple river quietly 42';
const NEW = 'copper lantern sleeps 77';
const fields = (what: string): EntryFields => ({ happenedAt: '2026-01-01T10:00', what, where: '', who: '', categories: [], felt: '', tags: [] });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

async function journalWith(count: number): Promise<CryptoKey> {
  await savePassphrase(OLD);
  const key = await unwrapDataKey((await loadKeyring())!, OLD);
  for (let i = 0; i < count; i++) await saveRevision(key, `e${i}`, fields(`entry ${i}`));
  await saveDocument(key, 'plan', { done: ['money/cash'], notes: 'under the box' });
  return key;
}

describe('a passphrase change re-keys', () => {
  it('the old passphrase with an old copy of the keyring opens nothing written after the change, nor anything re-sealed', async () => {
    await journalWith(3);
    const oldKeyring = (await loadKeyring()) as KeyringRecord;
    const changed = await changeDataKey(OLD, NEW);
    expect(changed).toMatchObject({ damaged: 0 });
    expect(changed!.resealed).toBeGreaterThanOrEqual(6);
    await saveRevision(changed!.key, 'after', fields('written after the change'));

    const stolenKey = await unwrapDataKey(oldKeyring, OLD);
    const withOld = await openJournal(stolenKey);
    expect(withOld.entries).toEqual([]);
    // Every record, spares too (without the head nothing says which records they are).
    const sealed = Object.keys(await fakeBrowser.storage.local.get(null)).filter((name) => name.startsWith(ENTRY_PREFIX) || name === HEAD_KEY);
    expect(sealed).toEqual(expect.arrayContaining(['h:after', 'h:e0', 'h:e1', 'h:e2', HEAD_KEY]));
    expect(withOld.problems.map((problem) => problem.key).sort()).toEqual(sealed.sort());
    await expect(loadDocument(stolenKey, 'plan')).rejects.toBeInstanceOf(DecryptError);

    const keyring = (await loadKeyring())!;
    expect(keyring.rekey).toBeUndefined();
    await expect(unwrapDataKey(keyring, OLD)).rejects.toBeInstanceOf(DecryptError);
    const key = await unwrapDataKey(keyring, NEW);
    const opened = await openJournal(key);
    expect(opened.entries).toHaveLength(4);
    expect(await verifyChain(opened.entries, opened.head)).toMatchObject({ intact: true, length: 4 });
    expect(await loadDocument(key, 'plan')).toEqual({ done: ['money/cash'], notes: 'under the box' });
  }, 30_000);

  it('a wrong current passphrase changes nothing', async () => {
    await journalWith(1);
    const before = await fakeBrowser.storage.local.get(null);
    expect(await changeDataKey('not it', NEW)).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  }, 30_000);

  it('cut short by a full storage, everything opens with either passphrase, and the next unlock finishes it', async () => {
    await journalWith(450);
    const write = area.writeLocal;
    let writes = 0;
    // The keyring write, one batch of records, then the storage is full.
    vi.spyOn(area, 'writeLocal').mockImplementation(async (items) => {
      if (++writes > 2) throw new area.StorageFullError(new Error('QUOTA_BYTES quota exceeded'));
      return write(items);
    });
    await expect(changeDataKey(OLD, NEW)).rejects.toBeInstanceOf(area.StorageFullError);
    vi.restoreAllMocks();

    const keyring = (await loadKeyring())!;
    expect(keyring.rekey).toBeDefined();
    for (const passphrase of [OLD, NEW]) {
      const pair = await pendingRekey(keyring, passphrase);
      expect(pair, passphrase).not.toBeNull();
    }
    expect(await pendingRekey(keyring, 'neither')).toBeNull();

    // Part sealed with the old key, part with the new: the next unlock finishes with the old one.
    const pair = (await pendingRekey(keyring, OLD))!;
    const done = await finishRekey(pair, keyring.rekey!);
    const opened = await openJournal(done.key);
    expect(opened.problems).toEqual([]);
    expect(opened.entries).toHaveLength(450);
    expect(await verifyChain(opened.entries, opened.head)).toMatchObject({ intact: true, length: 450 });
    expect((await loadKeyring())!.rekey).toBeUndefined();
    await expect(unwrapDataKey((await loadKeyring())!, OLD)).rejects.toBeInstanceOf(DecryptError);
  }, 60_000);

  it('a damaged record is kept exactly as it was, and counted', async () => {
    await journalWith(2);
    const stored = (await fakeBrowser.storage.local.get('h:e1'))['h:e1'] as { v: number; env: { ct: string } };
    const broken = { ...stored, env: { ...stored.env, ct: `${stored.env.ct.slice(0, -8)}AAAAAAA=` } };
    await fakeBrowser.storage.local.set({ 'h:e1': broken });
    const changed = await changeDataKey(OLD, NEW);
    expect(changed!.damaged).toBe(1);
    expect((await fakeBrowser.storage.local.get('h:e1'))['h:e1']).toEqual(broken);
    expect((await openJournal(changed!.key)).entries.map((entry) => entry.id)).toEqual(['e0']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain(KEYRING_KEY);
  }, 30_000);
});
