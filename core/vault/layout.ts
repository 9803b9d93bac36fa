/**
 * Where each of the vault's records lives in `storage.local`, under names a calculator could
 * have (issue #21: someone reading storage in devtools must not read "journal", "draft" or
 * "keyring"). Memory registers hold the small records: `m0` the wrapped data key, `m1` and
 * `m2` the two codes' hashes (core/vault/lock.ts); registers `r0`…`r4` the chain's end, the
 * draft and the documents; the history `h:<id>` one record per entry (and spare ones, so their
 * number says little: core/vault/spares.ts); `x:<n>` the list index's shards.
 *
 * Version 0.1.0 used plain names; core/vault/legacy-layout.ts moves the ones that need no key
 * when the popup opens, and core/vault/layout-migration.ts the sealed ones at the first unlock.
 * Records keep their names in their additional data, so one moved by hand to another name does
 * not open.
 */
export const KEYRING_KEY = 'm0';
export const HEAD_KEY = 'r0';
export const DRAFT_KEY = 'r1';
/** The documents' registers (core/vault/documents.ts says which is which). */
export const DOCUMENT_REGISTERS = ['r2', 'r3', 'r4'] as const;
export const ENTRY_PREFIX = 'h:';
/**
 * The decoy code (issue #18): `m3` its record (shaped like `m1` and `m2`, a dummy while none is
 * set), `m4` the notes its pad shows (sealed with a key from the decoy code, always present),
 * `m5` the tape of attempts sealed while locked (a public key and fixed-size slots), `r5` the
 * record of attempts, sealed with the data key (core/vault/attempts.ts).
 */
export const DECOY_KEY = 'm3';
export const MEMO_KEY = 'm4';
export const TAPE_KEY = 'm5';
export const ATTEMPTS_KEY = 'r5';
export const INDEX_PREFIX = 'x:';
/**
 * The chunks of attached files (core/vault/attachments.ts): `p:` and 32 hex digits derived from
 * the file's secret id and the chunk's number, so nothing outside the sealed entry tells which
 * chunks belong together. A calculator's paper roll.
 */
export const CHUNK_PREFIX = 'p:';

const REGISTERS = new Set<string>([HEAD_KEY, DRAFT_KEY, ...DOCUMENT_REGISTERS, ATTEMPTS_KEY]);

/**
 * Whether a key holds one of the records sealed with the data key (today's or 0.1.0's name):
 * what a passphrase change re-seals and the first unlock moves. Not the keyring, the codes'
 * hashes or the settings, whose envelopes, if any, are sealed with other keys.
 */
export function isDataRecordKey(storageKey: string): boolean {
  return (
    REGISTERS.has(storageKey) ||
    storageKey.startsWith(ENTRY_PREFIX) ||
    storageKey.startsWith(INDEX_PREFIX) ||
    storageKey.startsWith(CHUNK_PREFIX)
  );
}

/** Every name this layout writes (the scrub's filler, written and removed within an erase, aside). */
const CURRENT = /^(prefs|m[0-5]|r[0-5]|h:.+|x:\d+|p:[0-9a-f]{32}|.tape\d+)$/;

/**
 * Whether a key is one of this layout's names. Any other key found at launch is left from an
 * older layout (0.1.0's plain names, which only core/vault/legacy-layout.ts knows, so that the
 * cover's code does not name them): the launch loads that module to move what it can.
 */
export function isCurrentName(storageKey: string): boolean {
  return CURRENT.test(storageKey);
}
