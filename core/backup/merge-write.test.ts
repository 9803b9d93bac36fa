import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importKey } from '../crypto';
import { fieldsDigest, mergeImported, openJournal, saveRevision, verifyChain, type EntryFields } from '../vault/journal';

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
});
