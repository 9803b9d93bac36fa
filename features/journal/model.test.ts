import { describe, expect, it } from 'vitest';
import { summarize, type Entry, type EntryFields } from '@/core/vault/journal';
import { emptyFields, entriesPerMonth, filterSummaries, isEdited, localDateTime, longestQuietStretch, NO_FILTER, parseTags, searchText, visibleSummaries, type ListFilter } from './model';

let seq = 0;
function entry(id: string, ...versions: (Partial<EntryFields> | null)[]): Entry {
  return {
    id,
    revisions: versions.map((fields) => ({
      seq: ++seq,
      writtenAt: new Date(Date.UTC(2026, 0, seq)).toISOString(),
      fields: fields ? { ...emptyFields(new Date(2026, 0, 1)), ...fields } : null,
      fieldsDigest: '',
      prev: '',
      hash: '',
    })),
  };
}

const visible = (entries: Entry[]) => visibleSummaries(entries.map(summarize));

describe('the journal list', () => {
  const entries = [
    entry('a', { happenedAt: '2026-03-01T10:00', what: 'He hid the car keys', categories: ['financial'], tags: ['car'] }),
    entry('b', { happenedAt: '2026-05-10T22:00', what: 'Said I imagined it', categories: ['gaslighting'] }),
    entry('c', { happenedAt: '2026-04-02T08:30', what: 'Shouted', where: 'Kitchen' }, { happenedAt: '2026-04-02T08:30', what: 'Shouted at me in the kitchen' }),
    entry('d', { happenedAt: '2026-06-01T00:00', what: 'deleted later' }, null),
  ];

  const texts = new Map(entries.map((e) => [e.id, searchText(e)]));
  const filter = (patch: Partial<ListFilter>) => filterSummaries(visible(entries), { ...NO_FILTER, ...patch }, texts)?.map((e) => e.id);

  it('shows entries newest first by when it happened, without deleted ones', () => {
    expect(visible(entries).map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });

  it('marks an entry with more than one written version as edited', () => {
    expect(entries.map(isEdited)).toEqual([false, false, true, false]);
  });

  it('searches every field of the current version, all words, any case', () => {
    expect(filter({ query: 'KITCHEN shouted' })).toEqual(['c']);
    expect(filter({ query: 'car' })).toEqual(['a']);
    expect(filter({ query: 'financial control' })).toEqual(['a']);
    expect(filter({ query: 'deleted' })).toEqual([]);
  });

  it('filters by category and by an inclusive date range from the summaries alone', () => {
    expect(filterSummaries(visible(entries), { ...NO_FILTER, category: 'gaslighting' }, null)?.map((e) => e.id)).toEqual(['b']);
    expect(filterSummaries(visible(entries), { ...NO_FILTER, from: '2026-03-01', to: '2026-04-02' }, null)?.map((e) => e.id)).toEqual(['c', 'a']);
  });

  it('says "not known yet" for words while the entries are still opening', () => {
    expect(filterSummaries(visible(entries), { ...NO_FILTER, query: 'car' }, null)).toBeNull();
    expect(filterSummaries(visible(entries), { ...NO_FILTER, query: '   ' }, null)).toHaveLength(3);
  });
});

describe('patterns', () => {
  it('counts entries per month by category, with quiet months shown as zero', () => {
    const rows = entriesPerMonth(visible([
      entry('a', { happenedAt: '2026-01-05T10:00', categories: ['threats', 'isolation'] }),
      entry('b', { happenedAt: '2026-01-20T10:00', categories: ['threats'] }),
      entry('c', { happenedAt: '2026-03-02T10:00', categories: [] }),
    ]));
    expect(rows).toEqual([
      { month: '2026-01', total: 2, byCategory: { threats: 2, isolation: 1 } },
      { month: '2026-02', total: 0, byCategory: {} },
      { month: '2026-03', total: 1, byCategory: {} },
    ]);
  });

  it('finds the longest quiet stretch between incidents, across year ends', () => {
    const sorted = visible([
      entry('a', { happenedAt: '2025-12-30T10:00' }),
      entry('b', { happenedAt: '2026-01-02T10:00' }),
      entry('c', { happenedAt: '2026-02-01T09:00' }),
    ]);
    expect(longestQuietStretch(sorted)).toEqual({ days: 30, from: '2026-01-02', to: '2026-02-01' });
    expect(longestQuietStretch([])).toBeNull();
  });
});

describe('fields', () => {
  it('default to now, in local time, and parse tags', () => {
    expect(localDateTime(new Date(2026, 10, 24, 9, 5))).toBe('2026-11-24T09:05');
    expect(parseTags(' car, keys ,car,, ')).toEqual(['car', 'keys']);
  });
});
