import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectStorage, padme } from '../e2e/storage-rules';

/*
 * The rules the inspection scenario checks storage against (tests/e2e/specs/inspection.spec.ts),
 * shown to fail: 0.1.0's storage, which named a journal, breaks them; a dump of today's shape
 * passes them.
 */
const OLD = JSON.parse(readFileSync(new URL('./fixtures/storage-0.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const sealed = (bytes: number) => ({ v: 3, env: { v: 1, alg: 'A256GCM', iv: 'A'.repeat(16), ct: Buffer.alloc(bytes + 16, 7).toString('base64') } });
const code = { v: 2, kdf: { alg: 'argon2id', memoryKiB: 8192, iterations: 2, parallelism: 1 }, salt: 'B'.repeat(24), hash: 'C'.repeat(44) };

describe('the storage rules an observer’s view is checked against', () => {
  it('find what 0.1.0 gave away: its key names, its plain settings, its unpadded records', () => {
    const problems = inspectStorage(OLD, { graceUntil: 1, articlePosition: { top: 3 } }).join('\n');
    for (const expected of ['local key "keyring"', 'local key "settings"', 'safePage', 'graceMinutes', 'session key: "graceUntil"', 'session key: "articlePosition"', 'local "x:0" is not a padded record (v 2)']) {
      expect(problems).toContain(expected);
    }
  });

  it('pass a dump of today’s shape, and catch one planted word, one bad size or one missing spare in it', () => {
    const history = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`h:${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`, sealed(padme(600 + i * 100))]));
    const clean = { prefs: { v: 2, icon: 'calculator', ready: true, intro: false, lang: 'auto' }, m0: { ...code, env: sealed(32).env }, m1: code, m2: code, r0: sealed(512), 'x:0': sealed(1024), ...history };
    expect(inspectStorage(clean, {})).toEqual([]);
    expect(inspectStorage({ ...clean, prefs: { ...clean.prefs, safePage: 'https://example.com/' } }, {})).toHaveLength(1);
    expect(inspectStorage({ ...clean, r1: sealed(700) }, {})).toEqual(['local "r1" holds 700 bytes, not a padded size']);
    const [first] = Object.keys(history);
    const fewer: Record<string, unknown> = { ...clean };
    delete fewer[first!];
    expect(inspectStorage(fewer, {})).toEqual(['the history holds 15 records, not a multiple of 16']);
    expect(inspectStorage({ ...clean, m2: { ...code, hash: 'C'.repeat(40) } }, {})).toEqual(['the two code records differ in shape or size']);
  });

  it('pass the decoy’s records and the tape of attempts, and catch a decoy record, notes or slot that differ', () => {
    const slot = Buffer.alloc(109, 9).toString('base64');
    const tape = { k: Buffer.alloc(65, 4).toString('base64'), t: Array.from({ length: 32 }, () => slot) };
    const clean = { prefs: { v: 2, icon: 'calculator', ready: true, intro: false, lang: 'auto' }, m1: code, m2: code, m3: code, m4: sealed(2048), m5: tape, r5: sealed(512) };
    expect(inspectStorage(clean, {})).toEqual([]);
    expect(inspectStorage({ ...clean, m3: { ...code, hash: 'C'.repeat(40) } }, {})).toEqual(['the decoy code record differs in shape or size']);
    expect(inspectStorage({ ...clean, m4: sealed(2000) }, {})).toEqual(['local "m4" holds 2000 bytes, not a padded size']);
    expect(inspectStorage({ ...clean, m5: { ...tape, t: tape.t.slice(1) } }, {})).toEqual(['local "m5" is not 32 slots of 109 bytes']);
    // One byte more in one slot (its base64 as long, one "=" fewer): a kind that sealed longer shows.
    expect(inspectStorage({ ...clean, m5: { ...tape, t: [...tape.t.slice(1), Buffer.alloc(110, 9).toString('base64')] } }, {})).toEqual(['local "m5" is not 32 slots of 109 bytes']);
    expect(inspectStorage({ ...clean, m6: code }, {})).toEqual(['local key "m6" is not one of the layout\'s names']);
  });
});
