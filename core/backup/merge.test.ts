import { describe, expect, it } from 'vitest';
import type { Entry, Revision } from '../vault/journal';
import type { BackupPayload } from './format';
import { planMerge, type DeviceState } from './merge';

const revision = (seq: number, writtenAt: string, what: string, extra: Partial<Revision> = {}): Revision => ({
  seq,
  writtenAt,
  fields: { happenedAt: '', what, where: '', who: '', categories: [], felt: '', tags: [] },
  fieldsDigest: what.padEnd(64, '0').slice(0, 64),
  prev: '0'.repeat(64),
  hash: '0'.repeat(64),
  ...extra,
});
const entry = (id: string, ...revisions: Revision[]): Entry => ({ id, revisions });
const device = (patch: Partial<DeviceState> = {}): DeviceState => ({
  entries: [], unreadableIds: [], plan: null, planUnreadable: false, reminders: null, remindersUnreadable: false, draft: null, storedKeys: new Set(), ...patch,
});
const file = (patch: Partial<BackupPayload> = {}): BackupPayload => ({
  v: 1, createdAt: '2024-05-01T00:00:00.000Z', entrySchema: 1, entries: [], draft: null, plan: null, reminders: null, settings: null, ...patch,
});

describe('planning a merge', () => {
  it('sorts the file’s entries into new, identical and conflicting, with only missing revisions to add', () => {
    const a1 = revision(1, '2024-01-01T00:00:00.000Z', 'a');
    const a2 = revision(3, '2024-01-03T00:00:00.000Z', 'a edited');
    const b1 = revision(2, '2024-01-02T00:00:00.000Z', 'b');
    const plan = planMerge(
      device({ entries: [entry('a', { ...a1, seq: 9 }), entry('b', b1)] }),
      file({ entries: [entry('a', a2, a1), entry('b', b1), entry('c', revision(4, '2024-01-04T00:00:00.000Z', 'c'))] }),
    );
    expect(plan.preview).toMatchObject({ total: 3, new: 1, identical: 1, conflicting: 1, revisionsToAdd: 2, range: { from: a1.writtenAt, to: '2024-01-04T00:00:00.000Z' } });
    // Matched by moment and text, not by chain position; in the file's chain order.
    expect(plan.entries).toEqual([
      { id: 'a', revisions: [{ writtenAt: a2.writtenAt, fields: a2.fields, fieldsDigest: a2.fieldsDigest }] },
      { id: 'c', revisions: [expect.objectContaining({ fields: expect.objectContaining({ what: 'c' }) })] },
    ]);
  });

  it('adds a revision listed twice in the file only once, and keeps purged ones purged', () => {
    const gone = revision(1, '2024-01-01T00:00:00.000Z', 'x', { fields: null, purged: true });
    const plan = planMerge(device(), file({ entries: [entry('a', gone, { ...gone, seq: 2 })] }));
    expect(plan.entries).toEqual([{ id: 'a', revisions: [{ writtenAt: gone.writtenAt, fields: null, fieldsDigest: gone.fieldsDigest, purged: true }] }]);
  });

  it('skips entries whose record here cannot be opened', () => {
    const plan = planMerge(device({ unreadableIds: ['a'] }), file({ entries: [entry('a', revision(1, '2024-01-01T00:00:00.000Z', 'a'))] }));
    expect(plan.preview).toMatchObject({ skipped: 1, new: 0, revisionsToAdd: 0 });
    expect(plan.entries).toEqual([]);
  });

  it('never writes over a plan or reminders it cannot open, and keeps the device’s draft', () => {
    const draft = { entryId: null, fields: revision(1, '', 'd').fields!, savedAt: '2024-01-01T00:00:00.000Z' };
    const plan = planMerge(
      device({ planUnreadable: true, remindersUnreadable: true, draft }),
      file({ plan: { done: ['a/b'], notes: '' }, reminders: ['r'], draft: { ...draft, savedAt: '2024-02-01T00:00:00.000Z' } }),
    );
    expect(plan.preview).toMatchObject({ plan: 'kept-device', reminders: 'kept-device', draft: 'kept-device' });
    expect([plan.plan, plan.reminders, plan.draft]).toEqual([null, null, null]);
  });

  it('joins plan ticks and keeps both notes; adds only reminders not already here', () => {
    const plan = planMerge(
      device({ plan: { done: ['x/1'], notes: 'mine' }, reminders: ['one', 'two'] }),
      file({ plan: { done: ['x/2', 'x/1'], notes: 'theirs' }, reminders: ['two', 'three', 'three'] }),
    );
    expect(plan.plan).toEqual({ done: ['x/1', 'x/2'], notes: 'mine\n\ntheirs' });
    expect(plan.reminders).toEqual(['one', 'two', 'three']);
    const again = planMerge(device({ plan: plan.plan, reminders: plan.reminders }), file({ plan: { done: ['x/2'], notes: 'theirs' }, reminders: ['three'] }));
    expect(again.preview).toMatchObject({ plan: 'same', reminders: 'same' });
  });
});
