import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '../crypto';
import { fieldsDigest, indexMatches, mergeImported, openJournal, openList, saveRevision, verifyChain, type EntryFields } from '../vault/journal';

/**
 * mergeImported on its own (the restore's writer), past what planMerge already filters: it
 * re-reads what is stored, so revisions it is handed twice, or that landed meanwhile, are added
 * once; an id listed twice in one batch sees what its first listing added.
 */
const fields = (what: string): EntryFields => ({ happenedAt: '2024-03-01T21:15', what, where: '', who: '', categories: [], felt: '', tags: [] });
const revision = async (what: string, writtenAt: string) => ({ writtenAt, fields: fields(what), fieldsDigest: await fieldsDigest(fields(what)) });

beforeEach(() => fakeBrowser.reset());

describe('adding imported revisions', () => {
  it('adds each revision once, however often it is handed over', async () => {
    const k = await importKey(new Uint8Array(32).fill(9));
    await saveRevision(k, 'here', fields('on the device'), { now: new Date('2024-01-05T00:00:00Z') });
    const appends = [
      { id: 'here', revisions: [await revision('on the device', '2024-01-05T00:00:00.000Z'), await revision('from the file', '2024-01-04T00:00:00.000Z')] },
      { id: 'new', revisions: [await revision('one', '2024-01-01T00:00:00.000Z')] },
      { id: 'new', revisions: [await revision('one', '2024-01-01T00:00:00.000Z'), await revision('two', '2024-01-02T00:00:00.000Z')] },
    ];
    expect((await mergeImported(k, appends)).added).toBe(3);
    expect((await mergeImported(k, appends)).added).toBe(0);
    const journal = await openJournal(k);
    const text = (id: string) => journal.entries.find((entry) => entry.id === id)!.revisions.map((r) => r.fields!.what);
    expect(text('here')).toEqual(['from the file', 'on the device']);
    expect(text('new')).toEqual(['one', 'two']);
    expect((await verifyChain(journal.entries, journal.head)).intact).toBe(true);
  });

  // Where the browser cannot list keys alone (Firefox), the listing is every record's value, read once.
  for (const listing of ['keys alone', 'every value'] as const) {
    it(`across batches (${listing}): an id listed again later sees what was added, one write at a time, the index and chain whole`, async () => {
      const local = fakeBrowser.storage.local as { getKeys?: unknown };
      const getKeys = local.getKeys;
      if (listing === 'every value') delete local.getKeys;
      onTestFinished(() => void (local.getKeys = getKeys));
      const k = await importKey(new Uint8Array(32).fill(9));
      await saveRevision(k, 'here', fields('on the device'), { now: new Date('2024-01-05T00:00:00Z') });
      const appends = await Promise.all(
        Array.from({ length: 450 }, async (_, i) => ({ id: `e${i}`, revisions: [await revision(`entry ${i}`, new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString())] })),
      );
      // Listed again two batches later (batches are 200): with a second revision, and the first again.
      appends.push({ id: 'e3', revisions: [await revision('entry 3', new Date(Date.UTC(2024, 0, 1, 0, 3)).toISOString()), await revision('entry 3, edited', '2024-02-01T00:00:00.000Z')] });
      appends.push({ id: 'here', revisions: [await revision('from the file', '2024-01-04T00:00:00.000Z')] });
      const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
      let inFlight = 0;
      let most = 0;
      vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await set(items);
        inFlight--;
      });
      expect((await mergeImported(k, appends)).added).toBe(452);
      vi.restoreAllMocks();
      expect(most).toBe(1);
      const journal = await openJournal(k);
      const text = (id: string) => journal.entries.find((entry) => entry.id === id)!.revisions.map((r) => r.fields!.what);
      expect(journal.entries).toHaveLength(451);
      expect(text('e3')).toEqual(['entry 3', 'entry 3, edited']);
      expect(text('here')).toEqual(['from the file', 'on the device']);
      expect((await verifyChain(journal.entries, journal.head)).intact).toBe(true);
      expect(indexMatches((await openList(k)).summaries, journal.entries)).toBe(true);
      expect((await mergeImported(k, appends)).added).toBe(0);
    });
  }

  it('a write refused part-way: nothing after it is written, and leaving waits for the write in flight', async () => {
    const k = await importKey(new Uint8Array(32).fill(9));
    const appends = await Promise.all(
      Array.from({ length: 650 }, async (_, i) => ({ id: `e${i}`, revisions: [await revision(`entry ${i}`, new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString())] })),
    );
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    let settled = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      writes++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      settled++;
      if (writes === 2) throw new Error('QUOTA_BYTES quota exceeded');
      await set(items);
    });
    await expect(mergeImported(k, appends)).rejects.toThrow();
    expect(settled).toBe(writes);
    expect(writes).toBe(2);
    vi.restoreAllMocks();
    const partway = await openJournal(k);
    expect(partway.entries).toHaveLength(200);
    expect((await verifyChain(partway.entries, partway.head)).intact).toBe(true);
    expect(indexMatches((await openList(k)).summaries, partway.entries)).toBe(true);
    expect((await mergeImported(k, appends)).added).toBe(450);
    expect((await openJournal(k)).entries).toHaveLength(650);
  });
});
