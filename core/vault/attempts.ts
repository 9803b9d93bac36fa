import { fromBase64, randomBytes, toBase64, utf8 } from '../bytes';
import { DecryptError, hkdfKey } from '../crypto';
import { readLocal, writeLocal } from './area';
import { ATTEMPTS_KEY, TAPE_KEY } from './layout';
import { openRecord, sealRecord } from './records';

/**
 * The record of attempts (issue #18): every opening with the code, every wrong passphrase at the
 * gate, every use of the decoy code, with its time, shown to her after the passphrase.
 *
 * Events happen while Haven is locked, without the data key, so each is sealed to a public key:
 * an ephemeral ECDH P-256 key with hers, HKDF, AES-GCM over a fixed 16-byte body, one slot of
 * 109 bytes whatever the kind. The tape (`m5`) is that public key and TAPE_SLOTS slots, always
 * all filled: an empty slot is a sealed "nothing" event, so its bytes look like any other; a new
 * event pushes the oldest slot out. Its size never changes; only its bytes do.
 *
 * The private key lives in the record (`r5`), sealed with the data key (re-sealed by a
 * passphrase change like every data record). At the first unlock after events, the tape's
 * slots are opened, folded into the record, and the tape is refilled with "nothing", in one
 * write. The record keeps the newest KEPT_EVENTS events; older ones are summed up per kind.
 */
export type AttemptKind = 'open' | 'wrong' | 'memo';
export interface Attempt { kind: AttemptKind; at: number }
export interface Summary { count: number; first: number; last: number }
/** What the record noticed about itself, each with when it was noticed. */
export type Finding = 'tape-missing' | 'tape-replaced' | 'unreadable' | 'record-damaged';
export interface AttemptRecord {
  events: Attempt[];
  older: Partial<Record<AttemptKind, Summary>>;
  findings: { what: Finding; at: number; count?: number }[];
  /** Her last look at the record (the home line tells only of what came after). */
  seen: number;
}

export const TAPE_SLOTS = 32;
export const KEPT_EVENTS = 200;
const KEPT_FINDINGS = 20;
const BODY_BYTES = 16;
const POINT_BYTES = 65;
const IV_BYTES = 12;
const KIND_BYTE: Record<AttemptKind, number> = { open: 1, wrong: 2, memo: 3 };
const KINDS = Object.fromEntries(Object.entries(KIND_BYTE).map(([kind, byte]) => [byte, kind])) as Record<number, AttemptKind>;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

interface StoredTape { k: string; t: string[] }
interface StoredRecordValue { p: string; k: string; e: [number, number][]; o: Partial<Record<AttemptKind, Summary>>; f: AttemptRecord['findings']; s: number }

const slotKey = (shared: ArrayBuffer): Promise<CryptoKey> => hkdfKey(shared, 'tape');

/** One slot: `kind` (0: nothing) at `at`, sealed to `publicKey`. Always 109 bytes. */
export async function sealSlot(publicKey: CryptoKey, kind: AttemptKind | null, at: number): Promise<string> {
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, ephemeral.privateKey, 256);
  const body = new Uint8Array(BODY_BYTES);
  body[0] = kind ? KIND_BYTE[kind] : 0;
  new DataView(body.buffer).setFloat64(1, kind ? at : 0);
  const iv = randomBytes(IV_BYTES);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: utf8.encode(TAPE_KEY) as BufferSource }, await slotKey(shared), body as BufferSource));
  const point = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  return toBase64(new Uint8Array([...point, ...iv, ...ct]));
}

/** What a slot holds: an event, null for "nothing", 'unreadable' when it is not one of ours. */
export async function openSlot(privateKey: CryptoKey, slot: string): Promise<Attempt | null | 'unreadable'> {
  try {
    const bytes = fromBase64(slot);
    const point = await crypto.subtle.importKey('raw', bytes.slice(0, POINT_BYTES) as BufferSource, ECDH, false, []);
    const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: point }, privateKey, 256);
    const iv = bytes.slice(POINT_BYTES, POINT_BYTES + IV_BYTES);
    const body = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: utf8.encode(TAPE_KEY) as BufferSource }, await slotKey(shared), bytes.slice(POINT_BYTES + IV_BYTES) as BufferSource));
    if (body[0] === 0) return null;
    const kind = KINDS[body[0]!];
    const at = new DataView(body.buffer).getFloat64(1);
    return kind && Number.isFinite(at) ? { kind, at } : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

async function freshTape(publicKey: CryptoKey, raw: string): Promise<StoredTape> {
  const slots: string[] = [];
  for (let i = 0; i < TAPE_SLOTS; i++) slots.push(await sealSlot(publicKey, null, 0));
  return { k: raw, t: slots };
}

const importPublic = (raw: string) => crypto.subtle.importKey('raw', fromBase64(raw) as BufferSource, ECDH, false, []);

function parseTape(stored: unknown): StoredTape | null {
  const tape = stored as Partial<StoredTape> | undefined;
  if (!tape || typeof tape.k !== 'string' || !Array.isArray(tape.t) || !tape.t.every((slot) => typeof slot === 'string')) return null;
  return tape as StoredTape;
}

/**
 * Record an attempt, while locked: sealed to the tape's public key, pushed onto the tape. Never
 * throws and never waits on anything but its one write: without a tape (not set up) it does nothing.
 */
export async function recordAttempt(kind: AttemptKind, at = Date.now()): Promise<void> {
  try {
    const tape = parseTape((await readLocal([TAPE_KEY]))[TAPE_KEY]);
    if (!tape) return;
    const slot = await sealSlot(await importPublic(tape.k), kind, at);
    const slots = [...tape.t, slot].slice(-TAPE_SLOTS);
    await writeLocal({ [TAPE_KEY]: { k: tape.k, t: slots } });
  } catch {
    // A full storage, a damaged tape: the attempt goes unrecorded, nothing else is held up.
  }
}

/** A new key pair, an empty record and a fresh tape: the writes that start a record. */
export async function startRecord(dataKey: CryptoKey, findings: AttemptRecord['findings'] = [], now = Date.now()): Promise<{ record: AttemptRecord; writes: Record<string, unknown> }> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const raw = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const pkcs8 = toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
  const record: AttemptRecord = { events: [], older: {}, findings, seen: now };
  return { record, writes: { [ATTEMPTS_KEY]: await sealValue(dataKey, pkcs8, raw, record), [TAPE_KEY]: await freshTape(pair.publicKey, raw) } };
}

function sealValue(dataKey: CryptoKey, p: string, k: string, record: AttemptRecord) {
  const value: StoredRecordValue = { p, k, e: record.events.map(({ kind, at }) => [KIND_BYTE[kind], at]), o: record.older, f: record.findings, s: record.seen };
  return sealRecord(dataKey, ATTEMPTS_KEY, value);
}

/** The newest KEPT_EVENTS events, the rest summed up per kind. Pure, for the tests. */
export function bound(record: AttemptRecord, kept = KEPT_EVENTS): AttemptRecord {
  const events = [...record.events].sort((a, b) => a.at - b.at);
  const dropped = events.splice(0, Math.max(0, events.length - kept));
  const older = { ...record.older };
  for (const { kind, at } of dropped) {
    const sum = older[kind];
    older[kind] = sum ? { count: sum.count + 1, first: Math.min(sum.first, at), last: Math.max(sum.last, at) } : { count: 1, first: at, last: at };
  }
  return { ...record, events, older, findings: record.findings.slice(-KEPT_FINDINGS) };
}

async function openValue(dataKey: CryptoKey, stored: unknown): Promise<{ value: StoredRecordValue; record: AttemptRecord }> {
  const { value } = await openRecord<StoredRecordValue>(dataKey, ATTEMPTS_KEY, stored);
  if (typeof value?.p !== 'string' || typeof value.k !== 'string' || !Array.isArray(value.e)) throw new DecryptError();
  const events = value.e.flatMap(([byte, at]) => (KINDS[byte] && typeof at === 'number' ? [{ kind: KINDS[byte], at }] : []));
  return { value, record: { events, older: value.o ?? {}, findings: Array.isArray(value.f) ? value.f : [], seen: typeof value.s === 'number' ? value.s : 0 } };
}

let folding: Promise<AttemptRecord | null> | null = null;
let foldedWith: CryptoKey | null = null;

/**
 * At unlock: the tape's events folded into the record, the tape refilled, in one write (a
 * failed write loses nothing: the next fold finds the same record and tape). A missing or
 * replaced tape, slots that are not ours, a record that does not open: each becomes a finding
 * the record shows. One fold at a time per key; null only when nothing could be read or made.
 */
export function foldAttempts(dataKey: CryptoKey, now = Date.now()): Promise<AttemptRecord | null> {
  if (folding && foldedWith === dataKey) return folding;
  foldedWith = dataKey;
  folding = fold(dataKey, now).catch(() => null);
  return folding;
}

/** For the tests: forget the fold this view made. */
export function forgetFold(): void {
  folding = null;
  foldedWith = null;
}

async function fold(dataKey: CryptoKey, now: number): Promise<AttemptRecord | null> {
  const stored = await readLocal([ATTEMPTS_KEY, TAPE_KEY]);
  if (stored[ATTEMPTS_KEY] === undefined) {
    const started = await startRecord(dataKey, [], now);
    await writeLocal(started.writes);
    return started.record;
  }
  let opened: Awaited<ReturnType<typeof openValue>>;
  try {
    opened = await openValue(dataKey, stored[ATTEMPTS_KEY]);
  } catch {
    // Damaged (or written by a newer version): say so, and start again so attempts are kept from now on.
    const started = await startRecord(dataKey, [{ what: 'record-damaged', at: now }], now);
    await writeLocal(started.writes).catch(() => undefined);
    return started.record;
  }
  const { value } = opened;
  let record = opened.record;
  const tape = parseTape(stored[TAPE_KEY]);
  const findings = [...record.findings];
  const fresh: Attempt[] = [];
  if (!tape) findings.push({ what: 'tape-missing', at: now });
  else if (tape.k !== value.k) findings.push({ what: 'tape-replaced', at: now });
  else {
    const privateKey = await crypto.subtle.importKey('pkcs8', fromBase64(value.p) as BufferSource, ECDH, false, ['deriveBits']);
    let unreadable = 0;
    for (const slot of tape.t) {
      const opened = await openSlot(privateKey, slot);
      if (opened === 'unreadable') unreadable++;
      else if (opened) fresh.push(opened);
    }
    if (unreadable) findings.push({ what: 'unreadable', at: now, count: unreadable });
    if (tape.t.length !== TAPE_SLOTS) findings.push({ what: 'unreadable', at: now, count: Math.abs(TAPE_SLOTS - tape.t.length) });
  }
  if (!fresh.length && findings.length === record.findings.length) return record;
  record = bound({ ...record, events: [...record.events, ...fresh], findings });
  const writes = { [ATTEMPTS_KEY]: await sealValue(dataKey, value.p, value.k, record), [TAPE_KEY]: await freshTape(await importPublic(value.k), value.k) };
  await writeLocal(writes).catch(() => undefined);
  return record;
}

/** She looked at the record: the home line says nothing of what came before now. */
export async function markSeen(dataKey: CryptoKey, now = Date.now()): Promise<void> {
  const stored = (await readLocal([ATTEMPTS_KEY]))[ATTEMPTS_KEY];
  if (stored === undefined) return;
  const { value, record } = await openValue(dataKey, stored);
  await writeLocal({ [ATTEMPTS_KEY]: await sealValue(dataKey, value.p, value.k, { ...record, seen: now }) });
  forgetFold();
}
