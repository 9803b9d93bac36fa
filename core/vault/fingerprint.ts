import type { Revision } from './entry';

/**
 * A fingerprint of a place in the chain (issue #23): a witness the user can keep outside the
 * device. The revision's number, then twelve digits in three groups: eleven from its hash (the
 * first 40 bits, modulo 10^11) and a Luhn check digit, so a digit misheard on the phone or
 * mistyped is caught as such instead of reading as "not part of this record". Written on paper
 * or sent from a safe device, it lets anyone check later that this record already reached that
 * place then: a record rolled back to before it, or changed below it, no longer holds it.
 * Pure: no storage.
 */

export interface Fingerprint {
  seq: number;
  /** Twelve digits. */
  code: string;
}

const HASH_DIGITS = 11;

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function fingerprintOf(place: { seq: number; hash: string }): Fingerprint {
  const body = (BigInt(`0x${place.hash.slice(0, 10)}`) % 10n ** BigInt(HASH_DIGITS)).toString().padStart(HASH_DIGITS, '0');
  return { seq: place.seq, code: `${body}${luhnDigit(body)}` };
}

/** "124 · 4821 0937 5512": the number, then the digits in groups of four. */
export function formatFingerprint({ seq, code }: Fingerprint): string {
  return `${seq} · ${code.match(/\d{4}/g)!.join(' ')}`;
}

export type FingerprintCheck =
  /** Not a fingerprint as typed: too few or too many digits, or its check digit is wrong. */
  | { kind: 'mistyped' }
  /** Part of this record: it already reached this place when that revision was written. */
  | { kind: 'found'; seq: number; writtenAt: string }
  /** A well-formed fingerprint this record does not hold. */
  | { kind: 'not-found' };

/**
 * Check a fingerprint typed back (any spaces, dots or dashes) against the revisions stored. The
 * last twelve digits are the code; any digits before them, the revision's number.
 */
export function checkFingerprint(revisions: readonly Pick<Revision, 'seq' | 'hash' | 'writtenAt'>[], typed: string): FingerprintCheck {
  const digits = typed.replace(/\D/g, '');
  if (digits.length < 12) return { kind: 'mistyped' };
  const code = digits.slice(-12);
  const seq = digits.length > 12 ? Number(digits.slice(0, -12)) : null;
  if (luhnDigit(code.slice(0, HASH_DIGITS)) !== Number(code[HASH_DIGITS])) return { kind: 'mistyped' };
  const match = revisions.find((revision) => fingerprintOf(revision).code === code && (seq === null || revision.seq === seq));
  return match ? { kind: 'found', seq: match.seq, writtenAt: match.writtenAt } : { kind: 'not-found' };
}
