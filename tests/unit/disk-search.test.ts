import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelDbLogRecords, needlesOf, searchProfile, searchProfileDeep } from '../e2e/fixture/disk';
import { snappyDecode, snappyLiterals } from '../e2e/fixture/snappy';

// The deep disk search of tests/e2e/fixture/disk.ts: each layer finds what only it can find.

describe('the Snappy decoder', () => {
  it('decodes literals and back-references, and refuses what is not a block', () => {
    // "abcd" then a copy of 8 bytes from 4 back (tag kind 1: length 8 → (8 - 4) << 2 | 1, offset 4).
    const block = Buffer.from([12, 3 << 2, 0x61, 0x62, 0x63, 0x64, ((8 - 4) << 2) | 1, 4]);
    expect(snappyDecode(block)?.out.toString()).toBe('abcdabcdabcd');
    expect(snappyDecode(Buffer.from([12, ((8 - 4) << 2) | 1, 4]))).toBeNull();
    const text = Buffer.from('x'.repeat(70_000));
    expect(snappyDecode(snappyLiterals(text))?.out.equals(text)).toBe(true);
  });
});

describe('LevelDB log records', () => {
  it('joins a value cut by the 32 KiB block boundary', () => {
    const value = Buffer.from(`${'a'.repeat(32_760)}NEEDLE-ACROSS-BLOCKS${'b'.repeat(100)}`);
    const first = value.subarray(0, 32_768 - 7);
    const rest = value.subarray(first.length);
    const header = (length: number, type: number) => {
      const h = Buffer.alloc(7);
      h.writeUInt16LE(length, 4);
      h[6] = type;
      return h;
    };
    const file = Buffer.concat([header(first.length, 2), first, header(rest.length, 4), rest]);
    expect(file.includes(Buffer.from('NEEDLE-ACROSS-BLOCKS'))).toBe(false);
    expect(levelDbLogRecords(file).includes(Buffer.from('NEEDLE-ACROSS-BLOCKS'))).toBe(true);
  });
});

describe('the deep profile search', () => {
  it('finds a ciphertext only inside a compressed block, where the plain search does not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'haven-disk-test-'));
    try {
      const secret = Buffer.from('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w').toString();
      // Compressed with a back-reference in the middle, so the text is not in the file as such.
      const half = Buffer.from(secret.slice(0, 20));
      const block = Buffer.from([40, (20 - 1) << 2, ...half, ((20 - 1) << 2) | 2, 20, 0]);
      expect(snappyDecode(block)?.out.toString()).toBe(secret.slice(0, 20).repeat(2));
      const folder = join(dir, 'Default', 'Local Extension Settings', 'id');
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, '000005.ldb'), Buffer.concat([Buffer.from([1, 2, 3]), block, Buffer.from([9, 9])]));
      const needle = secret.slice(10, 20) + secret.slice(0, 6);
      expect(await searchProfile(dir, [needle])).toEqual([]);
      const hits = await searchProfileDeep(dir, [{ label: 'record', text: needle }]);
      expect(hits.map((hit) => hit.layer)).toEqual(['snappy']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes slices of every base64 value of a dump, and its decoded bytes', () => {
    const ct = Buffer.alloc(90, 7).toString('base64');
    const needles = needlesOf({ 'e:1': { v: 1, env: { alg: 'A256GCM', iv: 'AAECAwQFBgcICQoL', ct } } });
    expect(needles.filter((needle) => needle.label === 'e:1.env.ct' && needle.text)).toHaveLength(3);
    expect(needles.some((needle) => needle.label === 'e:1.env.ct' && needle.bytes?.equals(Buffer.alloc(12, 7)))).toBe(true);
    expect(needles.some((needle) => needle.label.endsWith('alg'))).toBe(false);
  });
});
