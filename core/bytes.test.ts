import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './bytes';

/** Whichever way the platform gives (its own typed-array base64, or btoa/atob), the same text both ways. */
describe('base64', () => {
  it('round-trips every length around the 3-byte groups and the 8 KiB pieces, as btoa writes it', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 0x1fff, 0x2000, 0x2001, 100_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) % 256);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });

  it('refuses text that is not base64', () => {
    expect(() => fromBase64('not base64!')).toThrow();
  });
});
