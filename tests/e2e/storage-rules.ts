import { PURPOSE_WORDS } from '../build/purpose-words';

/**
 * What someone reading Haven's storage in devtools may see (issue #21), as rules a dump is
 * checked against. Written apart from the code's own names on purpose: a record renamed back to
 * "journal" must fail here even though the code would agree with itself.
 *
 * - Key names: only the calculator-like names of the layout (docs/design.md, "Storage an
 *   observer reads"), never a word of what Haven keeps or does, in English or Spanish.
 * - Plain values: no such word either, in any field name or text (base64, the ciphertext and
 *   salts, is left out: random letters spell words by chance).
 * - Sizes: every record sealed with the data key is padded (v 3) to one of Padmé's sizes, at
 *   least 512 bytes; the history holds a multiple of 16 records; the two code records have the
 *   same shape and sizes whether an erase code is set or not.
 * - The decoy (issue #18): its code record `m3` shaped like the others, its notes `m4` a padded
 *   record, the tape of attempts `m5` a fixed number of slots of one size, the record `r5` padded.
 */
export const STORAGE_WORDS =
  /journal|diario|entr(y|ies|ada)|draft|borrador|\bplan\b|plan[A-Z]|remind|recordatorio|passphrase|contrase|key|llave|clave|erase|borra|wipe|safe|segur|grace|unlock|lock|setup|secret|article|art[ií]culo|report|backup|helpline|country|pa[ií]s/i;

const LOCAL_KEY = /^(prefs|m[0-5]|r[0-5]|h:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|x:\d+|p:[0-9a-f]{32})$/;
const DATA_RECORD = /^(r[0-5]|m4|h:.+|x:\d+|p:[0-9a-f]{32})$/;
/** The tape of attempts: this many slots, each this many bytes (its base64 is 148 characters). */
export const TAPE_SLOTS = 32;
const SLOT_BYTES = 109;
const BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;
export const HISTORY_STEP = 16;
const MIN_PADDED = 512;

export function padme(length: number): number {
  if (length <= 2) return length;
  const exponent = Math.floor(Math.log2(length));
  const bits = Math.floor(Math.log2(exponent)) + 1;
  const unit = 2 ** (exponent - bits);
  return Math.ceil(length / unit) * unit;
}

const base64Bytes = (text: string) => Math.floor((text.replace(/=+$/, '').length * 3) / 4);

/** Every field name and every plain (non-base64) text in a value, with where it is. */
function texts(value: unknown, at: string, out: { at: string; text: string }[] = []): { at: string; text: string }[] {
  if (typeof value === 'string') {
    if (!BASE64.test(value)) out.push({ at, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => texts(item, `${at}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, inner] of Object.entries(value)) {
      out.push({ at: `${at}.${name} (name)`, text: name });
      texts(inner, `${at}.${name}`, out);
    }
  }
  return out;
}

function revealing(area: string, dump: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(dump)) {
    for (const { at, text } of [{ at: `${area} key`, text: name }, ...texts(value, `${area}.${name}`)]) {
      const word = text.match(PURPOSE_WORDS) ?? text.match(STORAGE_WORDS);
      if (word) problems.push(`${at}: "${text.slice(0, 60)}" names "${word[0]}"`);
    }
  }
  return problems;
}

/** What is wrong with these dumps of `storage.local` and `storage.session`; empty when nothing. */
export function inspectStorage(local: Record<string, unknown>, session: Record<string, unknown>): string[] {
  const problems = [...revealing('local', local), ...revealing('session', session)];
  for (const name of Object.keys(local)) if (!LOCAL_KEY.test(name)) problems.push(`local key "${name}" is not one of the layout's names`);
  for (const [name, value] of Object.entries(local)) {
    if (!DATA_RECORD.test(name)) continue;
    const record = value as { v?: unknown; env?: { ct?: unknown } };
    if (record?.v !== 3 || typeof record.env?.ct !== 'string') {
      problems.push(`local "${name}" is not a padded record (v ${String(record?.v)})`);
      continue;
    }
    const plain = base64Bytes(record.env.ct) - 16;
    if (plain < MIN_PADDED || padme(plain) !== plain) problems.push(`local "${name}" holds ${plain} bytes, not a padded size`);
  }
  const history = Object.keys(local).filter((name) => name.startsWith('h:')).length;
  if (history % HISTORY_STEP) problems.push(`the history holds ${history} records, not a multiple of ${HISTORY_STEP}`);
  const shape = (value: unknown) => JSON.stringify(Object.entries((value ?? {}) as Record<string, unknown>).map(([name, inner]) => [name, typeof inner === 'string' ? inner.length : typeof inner]));
  if ('m1' in local && shape(local.m1) !== shape(local.m2)) problems.push('the two code records differ in shape or size');
  if ('m3' in local && shape(local.m1) !== shape(local.m3)) problems.push('the decoy code record differs in shape or size');
  if ('m5' in local) {
    const tape = local.m5 as { k?: unknown; t?: unknown };
    const slots = Array.isArray(tape?.t) ? (tape.t as unknown[]) : [];
    if (typeof tape?.k !== 'string' || slots.length !== TAPE_SLOTS || slots.some((slot) => typeof slot !== 'string' || !BASE64.test(slot) || base64Bytes(slot) !== SLOT_BYTES)) {
      problems.push(`local "m5" is not ${TAPE_SLOTS} slots of ${SLOT_BYTES} bytes`);
    }
  }
  return problems;
}
