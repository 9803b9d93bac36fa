import { describe, expect, it } from 'vitest';
import { fieldsDigest, frozenFieldsDigest, linkRevision } from './chain';
import { verifyChain } from './chain-check';
import { GENESIS, type Entry, type EntryFields } from './entry';

const fields = (what: string): EntryFields => ({ happenedAt: '2026-01-01T10:00', what, where: '', who: '', categories: [], felt: '', tags: [] });

async function journalOf(steps: [id: string, what: string | null][]): Promise<Entry[]> {
  const entries = new Map<string, Entry>();
  let end = { seq: 0, hash: GENESIS };
  for (const [index, [id, what]] of steps.entries()) {
    const revision = await linkRevision(end, id, { writtenAt: `2026-01-0${index + 1}T00:00:00.000Z`, fields: what === null ? null : fields(what) });
    end = revision;
    entries.set(id, { id, revisions: [...(entries.get(id)?.revisions ?? []), revision] });
  }
  return [...entries.values()];
}

describe('the hash chain', () => {
  it('links each revision to the one before it, across entries, and checks out', async () => {
    const entries = await journalOf([['a', 'one'], ['b', 'two'], ['a', 'one, edited'], ['b', null]]);
    const [a, b] = entries;
    expect(a!.revisions[0]!.prev).toBe(GENESIS);
    expect(b!.revisions[0]!.prev).toBe(a!.revisions[0]!.hash);
    expect(a!.revisions[1]!.seq).toBe(3);
    const last = b!.revisions[1]!;
    expect(await verifyChain(entries, { seq: 4, hash: last.hash })).toEqual({ intact: true, sound: true, length: 4, digest: last.hash, end: { seq: 4, hash: last.hash }, notes: [] });
  });

  it('a purged revision keeps its place and its digest, and still checks out', async () => {
    const [entry] = await journalOf([['a', 'to be erased']]);
    const original = entry!.revisions[0]!;
    const purged = await linkRevision({ seq: 0, hash: GENESIS }, 'a', { writtenAt: original.writtenAt, fields: null, fieldsDigest: original.fieldsDigest, purged: true });
    expect(purged).toEqual({ ...original, fields: null, purged: true });
    expect(await verifyChain([{ id: 'a', revisions: [purged] }])).toMatchObject({ intact: true, length: 1 });
    await expect(linkRevision({ seq: 0, hash: GENESIS }, 'a', { writtenAt: original.writtenAt, fields: null, purged: true })).rejects.toThrow(/digest/);
  });

  it('names what is wrong: altered words, a missing revision, a wrong end', async () => {
    const entries = await journalOf([['a', 'one'], ['b', 'two'], ['c', 'three']]);
    const altered = entries.map((entry) => (entry.id === 'b' ? { ...entry, revisions: [{ ...entry.revisions[0]!, fields: fields('changed') }] } : entry));
    expect((await verifyChain(altered)).problem).toEqual({ kind: 'altered', revision: 2 });
    expect((await verifyChain(entries.filter((entry) => entry.id !== 'b'))).problem).toEqual({ kind: 'missing', revision: 2 });
    expect((await verifyChain(entries, { seq: 3, hash: GENESIS })).problem).toEqual({ kind: 'wrong-end' });
    expect((await verifyChain(entries, null)).problem).toEqual({ kind: 'end-unreadable' });
    expect(entries[0]!.revisions[0]!.fieldsDigest).toBe(await fieldsDigest(fields('one')));
  });

  it('a frozen fields object: the same digest, computed once, and the fields can no longer change', async () => {
    const plain = { ...fields('once'), attachments: [] };
    const expected = await fieldsDigest(structuredClone(plain));
    const frozen = structuredClone(plain);
    expect(await frozenFieldsDigest(frozen)).toBe(expected);
    expect(Object.isFrozen(frozen) && Object.isFrozen(frozen.categories) && Object.isFrozen(frozen.attachments)).toBe(true);
    expect(() => ((frozen as { what: string }).what = 'changed')).toThrow(TypeError);
    expect(() => frozen.tags.push('x')).toThrow(TypeError);
    expect(await fieldsDigest(frozen)).toBe(expected);
    // Another object with other text is hashed, not looked up.
    expect(await fieldsDigest(fields('other'))).not.toBe(expected);
    expect(await frozenFieldsDigest(null)).toBe(await fieldsDigest(null));
  });
});
