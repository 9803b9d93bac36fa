import { describe, expect, it } from 'vitest';
import { checkFingerprint, fingerprintOf, formatFingerprint } from './fingerprint';

const hash = (start: string) => start.padEnd(64, '0');
const revisions = [
  { seq: 1, hash: hash('0123456789'), writtenAt: '2026-01-01T10:00:00.000Z' },
  { seq: 2, hash: hash('ffffffffff'), writtenAt: '2026-02-01T10:00:00.000Z' },
];

describe('the fingerprint of a place in the chain', () => {
  it('is the number and twelve digits in groups of four, the same every time for the same hash', () => {
    const print = fingerprintOf(revisions[1]!);
    expect(print.code).toMatch(/^\d{12}$/);
    expect(formatFingerprint(print)).toMatch(/^2 · \d{4} \d{4} \d{4}$/);
    expect(fingerprintOf(revisions[1]!)).toEqual(print);
    expect(fingerprintOf(revisions[0]!).code).not.toBe(print.code);
  });

  it('typed back with any separators, finds the place and when it was written', () => {
    const typed = formatFingerprint(fingerprintOf(revisions[0]!)).replace(/ /g, '-');
    expect(checkFingerprint(revisions, typed)).toEqual({ kind: 'found', seq: 1, writtenAt: '2026-01-01T10:00:00.000Z' });
    // The code alone is enough.
    expect(checkFingerprint(revisions, fingerprintOf(revisions[1]!).code)).toMatchObject({ kind: 'found', seq: 2 });
  });

  it('a digit wrong, or missing, reads as mistyped, not as a different record', () => {
    const { code } = fingerprintOf(revisions[0]!);
    for (let place = 0; place < 12; place++) {
      const wrong = code.slice(0, place) + String((Number(code[place]) + 1) % 10) + code.slice(place + 1);
      expect(checkFingerprint(revisions, wrong)).toEqual({ kind: 'mistyped' });
    }
    expect(checkFingerprint(revisions, code.slice(1))).toEqual({ kind: 'mistyped' });
  });

  it('a well-formed fingerprint this record does not hold (rolled back, or another record) is not found', () => {
    const elsewhere = fingerprintOf({ seq: 3, hash: hash('abcdef0123') });
    expect(checkFingerprint(revisions, formatFingerprint(elsewhere))).toEqual({ kind: 'not-found' });
    // The right code with the wrong number is not this record's either.
    expect(checkFingerprint(revisions, `7 ${fingerprintOf(revisions[0]!).code}`)).toEqual({ kind: 'not-found' });
  });
});
