import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { utf8 } from '../bytes';
import { importKey } from '../crypto';
import { saveDocument } from '../vault/documents';
import { openJournal, saveRevision, verifyChain, type EntryFields } from '../vault/journal';
import { collectBackup, writeBackup } from './export';
import { sealBackup, sealInner } from './v1';
import { rejectionText } from '@/features/backup/rejection';
import { readBackup, REJECTION_REASONS } from './read';
import { revisionIdentity } from './merge';
import { applyRestore } from './restore';

/**
 * 1,400 generated and mutated files go through the whole import (read, then add when accepted).
 * Every rejected file leaves storage exactly as it was and says what is wrong; an accepted one
 * keeps every revision that was already there and the chain intact. No run may throw.
 */
const FAST = { alg: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 } as const;
const PASS = 'fuzz passphrase';
const fields = (what: string): EntryFields => ({ happenedAt: '2024-03-01T21:15', what, where: '', who: '', categories: [], felt: '', tags: [] });

let key: CryptoKey;
let base: Record<string, unknown>;
let valid: string;
/** The same payload as a version 2 file (what is saved today), as bytes. */
let validV2: Uint8Array;
let payload: Record<string, unknown>;

beforeAll(async () => {
  fakeBrowser.reset();
  key = await importKey(new Uint8Array(32).fill(5));
  await saveRevision(key, 'x', fields('one'), { now: new Date('2024-01-01T00:00:00Z') });
  await saveRevision(key, 'y', fields('two'), { now: new Date('2024-01-02T00:00:00Z') });
  await saveRevision(key, 'x', fields('one, edited'), { now: new Date('2024-01-03T00:00:00Z') });
  await saveDocument(key, 'reminders', ['true']);
  payload = (await collectBackup(key)).payload as unknown as Record<string, unknown>;
  valid = await sealBackup(payload, PASS, FAST);
  validV2 = new Uint8Array(await (await writeBackup(payload, PASS, { kdf: FAST })).arrayBuffer());
  // The device the files are imported into holds different data, so merges have work to do.
  await saveRevision(key, 'x', fields('device edit'), { now: new Date('2024-01-04T00:00:00Z') });
  base = structuredClone(await fakeBrowser.storage.local.get(null));
});

/** Every outcome the runs reached, so the last test can show the generators reach each check. */
const seen = new Set<string>();

const snapshot = async () => structuredClone(await fakeBrowser.storage.local.get(null));

async function importOnce(file: Uint8Array | string, passphrase = PASS): Promise<void> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(structuredClone(base));
  const result = await readBackup(file, passphrase);
  seen.add(result.ok ? 'accepted' : result.reason);
  if (!result.ok) {
    // A clear message for each, in every language the import screen can show it in.
    expect(rejectionText(result, 'en')).toMatch(/\S.*Nothing was changed\.$/);
    expect(rejectionText(result, 'es')).toMatch(/\S.*No se ha cambiado nada\.$/);
    expect(await snapshot()).toEqual(base);
    return;
  }
  const before = await openJournal(key);
  await applyRestore(key, result.payload);
  const after = await openJournal(key);
  const kept = new Set(after.entries.flatMap((entry) => entry.revisions.map((revision) => `${entry.id}|${revisionIdentity(revision)}`)));
  for (const entry of before.entries) for (const revision of entry.revisions) expect(kept.has(`${entry.id}|${revisionIdentity(revision)}`)).toBe(true);
  expect((await verifyChain(after.entries, after.head)).intact).toBe(true);
}

const entries = () => structuredClone(payload.entries) as { id: string; revisions: Record<string, unknown>[] }[];

/** Mutations of a valid payload that a real backup never has. */
const badPayload = () => fc.oneof(
  fc.constant({ ...payload, v: 2 }),
  fc.constant({ ...payload, entries: [...entries(), entries()[0]] }),
  fc.constant({ ...payload, entries: entries().map((entry) => ({ ...entry, revisions: entry.revisions.map((revision) => ({ ...revision, writtenAt: '2999-01-01T00:00:00.000Z' })) })) }),
  fc.constant({ ...payload, createdAt: '2999-01-01T00:00:00.000Z' }),
  fc.constant({ ...payload, entrySchema: 7 }),
  fc.tuple(fc.constantFrom('v', 'createdAt', 'entrySchema', 'entries', 'draft', 'plan', 'reminders', 'settings'), fc.jsonValue()).map(([field, value]) => ({ ...payload, [field]: value })),
  fc.tuple(fc.nat(1), fc.constantFrom('seq', 'writtenAt', 'fields', 'fieldsDigest', 'prev', 'hash', 'purged'), fc.jsonValue()).map(([index, field, value]) => {
    const list = entries();
    list[index]!.revisions[0]![field] = value;
    return { ...payload, entries: list };
  }),
  fc.jsonValue(),
);

// 1,400 files through the real KDF and AES-GCM: seconds each on a shared machine.
describe('import fuzzing', { timeout: 60_000 }, () => {
  it('survives random bytes and random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2_000 }), fc.json().map((text) => utf8.encode(text))), (bytes) => importOnce(bytes)),
      { numRuns: 300 },
    );
  });

  it('survives truncated and altered copies of a valid file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 3 }), fc.string({ minLength: 1, maxLength: 3 }), async (at, how, text) => {
        const mutated = [
          valid.slice(0, at),
          valid.slice(0, at) + text + valid.slice(at + 1),
          valid.slice(0, at) + valid.slice(at + 1),
          valid.slice(0, at) + text + valid.slice(at),
        ][how]!;
        await importOnce(mutated);
      }),
      { numRuns: 300 },
    );
  });

  it('survives truncated and altered copies of a valid version 2 file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(validV2.byteLength - 1), fc.integer({ min: 0, max: 3 }), fc.uint8Array({ minLength: 1, maxLength: 3 }), async (at, how, bytes) => {
        const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));
        const mutated = [
          validV2.slice(0, at),
          join(validV2.subarray(0, at), bytes, validV2.subarray(at + 1)),
          join(validV2.subarray(0, at), validV2.subarray(at + 1)),
          join(validV2.subarray(0, at), bytes, validV2.subarray(at)),
        ][how]!;
        await importOnce(mutated);
      }),
      { numRuns: 200 },
    );
  });

  it('survives other apps’ files, wrong header fields and wrong passphrases', async () => {
    const file = JSON.parse(valid) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.tuple(fc.constantFrom('kind', 'v', 'kdf', 'salt', 'env'), fc.jsonValue()).map(([field, value]) => [JSON.stringify({ ...file, [field]: value }), PASS] as const),
          fc.dictionary(fc.string(), fc.jsonValue()).map((other) => [JSON.stringify(other), PASS] as const),
          fc.string().map((passphrase) => [valid, passphrase === PASS ? `${passphrase}!` : passphrase] as const),
        ),
        ([text, passphrase]) => importOnce(text, passphrase),
      ),
      { numRuns: 300 },
    );
  });

  it('survives well-encrypted files whose contents are wrong', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(badPayload().map((value) => ({ sealed: false, value })), fc.jsonValue().map((value) => ({ sealed: true, value }))),
        async ({ sealed, value }) => importOnce(sealed ? await sealInner(value, PASS, FAST) : await sealBackup(value, PASS, FAST)),
      ),
      { numRuns: 300 },
    );
  });

  it('reached every kind of rejection', () => {
    for (const reason of REJECTION_REASONS.filter((reason) => reason !== 'too-big')) {
      expect(seen, reason).toContain(reason);
    }
  });
});
