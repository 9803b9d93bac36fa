import { describe, expect, it } from 'vitest';
import { deflate, inflate } from './deflate';
import { constantTimeEqual, randomBytes, utf8 } from './bytes';

describe('deflate', () => {
  it('round-trips text, empty input, and output larger than one stream chunk', async () => {
    const text = utf8.encode('the door, the kitchen, never again. '.repeat(20_000));
    // getRandomValues fills at most 64 KiB at a time.
    const random = new Uint8Array(300_000);
    for (let at = 0; at < random.length; at += 65_536) random.set(randomBytes(Math.min(65_536, random.length - at)), at);
    for (const bytes of [text, new Uint8Array(0), random]) {
      const back = await inflate(await deflate(bytes));
      // (toEqual walks 300,000 elements one by one: too slow for a unit test.)
      expect(back.length).toBe(bytes.length);
      expect(constantTimeEqual(back, bytes)).toBe(true);
    }
    expect((await deflate(text)).length).toBeLessThan(text.length / 20);
  });

  it('refuses damaged and truncated input rather than returning part of it', async () => {
    const packed = await deflate(utf8.encode('what happened on Tuesday, in full. '.repeat(500)));
    await expect(inflate(packed.subarray(0, packed.length - 10))).rejects.toThrow();
    await expect(inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]))).rejects.toThrow();
  });
});
