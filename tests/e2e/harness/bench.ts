import { browser } from 'wxt/browser';
import { exportBackup } from '@/core/backup/export';
import { readBackup } from '@/core/backup/read';
import { applyRestore, previewRestore } from '@/core/backup/restore';
import { unwrapDataKey } from '@/core/data-key';
import { loadKeyring } from '@/core/vault/keyring';
import { isDataRecordKey } from '@/core/vault/layout';
import { changeDataKey } from '@/core/vault/rekey';
import { wipeEverything } from '@/core/vault/wipe';
import { listLocalKeys } from '@/core/vault/area';
import { findProblems } from '@/core/vault/record-check';
import { attachmentsBench } from './attachments-bench';
import { makeReportFromJournal } from '@/features/report/report-pdf';
import { ALL_CATEGORIES } from '@/features/journal/model';
import {
  appendEntries,
  chainOf,
  newEntryId,
  openJournal,
  openList,
  purgeEntry,
  saveRevision,
  verifyChain,
  type ChainCheck,
  type EntryFields,
  type RecordProblem,
} from '@/core/vault/journal';

/** Benchmark helpers of the test build: seed a journal, time the vault from inside the browser. */

const WORDS = 'the door kitchen said never again why money phone keys friends mother quiet night morning car shouted promised sorry work late'.split(' ');

function entryText(index: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(index * 7 + i * 13) % WORDS.length]!);
  return `Entry ${index}: ${out.join(' ')}`;
}

async function key(passphrase: string): Promise<CryptoKey> {
  const keyring = await loadKeyring();
  if (!keyring) throw new Error('Set Haven up first');
  return unwrapDataKey(keyring, passphrase);
}

function fieldsFor(index: number, words: number): EntryFields {
  const day = new Date(Date.UTC(2020, 0, 1) + index * 3_600_000 * 7);
  return {
    happenedAt: day.toISOString().slice(0, 16),
    what: entryText(index, words),
    where: 'home',
    who: '',
    categories: index % 3 === 0 ? ['gaslighting'] : ['other'],
    felt: 'tired',
    tags: [`t${index % 10}`],
  };
}

/**
 * The most JS heap in use from now until `stop()`, in MiB, sampled every few ms (Chromium's
 * performance.memory, precise with --enable-precise-memory-info; null where there is none).
 */
function heapPeak(): { stop: () => number | null } {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  if (!memory) return { stop: () => null };
  let peak = memory.usedJSHeapSize;
  const timer = setInterval(() => (peak = Math.max(peak, memory.usedJSHeapSize)), 5);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, memory.usedJSHeapSize) / 1024 / 1024;
    },
  };
}

/** The copy between the steps of `copyStep`. */
const kept: { file?: Blob; read?: Extract<Awaited<ReturnType<typeof readBackup>>, { ok: true }> } = {};

/** The save loop's record: an id is added only once its save was acknowledged. */
const saveLoop = { acknowledged: [] as string[], failure: null as string | null };

export interface JournalInspection {
  ids: string[];
  /** Ids whose latest revision decrypted to the text the loop wrote. */
  readable: string[];
  problems: RecordProblem[];
  chain: ChainCheck;
}

export const bench = {
  ...attachmentsBench,
  /** Add `count` entries of about `words` words, numbered from `from`. */
  async seed(passphrase: string, from: number, count: number, words = 500): Promise<number> {
    const k = await key(passphrase);
    const items = Array.from({ length: count }, (_, i) => ({ id: newEntryId(), fields: fieldsFor(from + i, words) }));
    return appendEntries(k, items);
  },
  /** KDF + unwrap of the data key, in ms. */
  async timeKdf(passphrase: string): Promise<number> {
    const started = performance.now();
    await key(passphrase);
    return performance.now() - started;
  },
  /** Save one new entry, in ms (the key is opened first, not timed). */
  async timeSave(passphrase: string, words = 500): Promise<number> {
    const k = await key(passphrase);
    const started = performance.now();
    await saveRevision(k, newEntryId(), fieldsFor(999_999, words));
    return performance.now() - started;
  },
  /** Open the list index and then every entry, in ms each (the key is opened first, not timed). */
  async timeOpen(passphrase: string): Promise<{ list: number; listed: number; all: number; opened: number }> {
    const k = await key(passphrase);
    let started = performance.now();
    const list = await openList(k);
    const listMs = performance.now() - started;
    started = performance.now();
    const all = await openJournal(k);
    return { list: listMs, listed: list.summaries?.length ?? -1, all: performance.now() - started, opened: all.entries.length };
  },
  /**
   * Save a copy of everything, then restore it onto a device whose journal, plan and reminders
   * are gone (the copy brings them all back), each step with its KDF run: ms, and bytes.
   */
  async timeBackup(
    passphrase: string,
  ): Promise<{
    exportMs: number;
    bytes: number;
    readMs: number;
    previewMs: number;
    applyMs: number;
    restored: number;
    files: number;
    filesRestored: number;
    saveHeapMiB: number | null;
    restoreHeapMiB: number | null;
  }> {
    const k = await key(passphrase);
    let heap = heapPeak();
    let started = performance.now();
    const { file, files } = await exportBackup(k, passphrase);
    const exportMs = performance.now() - started;
    const saveHeapMiB = heap.stop();
    const written = Object.keys(await browser.storage.local.get(null)).filter(isDataRecordKey);
    await browser.storage.local.remove(written);
    heap = heapPeak();
    started = performance.now();
    const read = await readBackup(file, passphrase);
    const readMs = performance.now() - started;
    if (!read.ok) throw new Error(read.message);
    started = performance.now();
    await previewRestore(k, read.payload, read.blobs);
    const previewMs = performance.now() - started;
    started = performance.now();
    const { preview } = await applyRestore(k, read.payload, read.blobs);
    const applyMs = performance.now() - started;
    const restoreHeapMiB = heap.stop();
    const restored = (await openList(k)).summaries?.length ?? 0;
    return { exportMs, bytes: file.size, readMs, previewMs, applyMs, restored, files, filesRestored: preview.files.toAdd, saveHeapMiB, restoreHeapMiB };
  },
  /**
   * The same steps one call each, the copy kept in the page between them, so the bench can
   * watch the browser's memory step by step (bench/backup.bench.ts): save, remove every data
   * record, read, add. Each returns its time in ms.
   */
  async copyStep(step: 'save' | 'empty' | 'read' | 'add', passphrase: string): Promise<{ ms: number; files: number }> {
    const k = await key(passphrase);
    const started = performance.now();
    let files = 0;
    if (step === 'save') {
      const saved = await exportBackup(k, passphrase);
      kept.file = saved.file;
      files = saved.files;
    } else if (step === 'empty') {
      // The keys alone where the browser can list them: reading 200 MB of values would be the bench's own cost.
      await browser.storage.local.remove((await listLocalKeys()).keys.filter(isDataRecordKey));
    } else if (step === 'read') {
      const read = await readBackup(kept.file!, passphrase);
      if (!read.ok) throw new Error(read.message);
      kept.read = read;
      files = read.blobs.length;
    } else {
      await previewRestore(k, kept.read!.payload, kept.read!.blobs);
      files = (await applyRestore(k, kept.read!.payload, kept.read!.blobs)).preview.files.toAdd;
      kept.file = undefined;
      kept.read = undefined;
    }
    return { ms: performance.now() - started, files };
  },
  /** "Delete for good" of one entry just saved, scrub of what it leaves on disk included, in ms. */
  async timePurge(passphrase: string, words = 500): Promise<number> {
    const k = await key(passphrase);
    const id = newEntryId();
    await saveRevision(k, id, fieldsFor(999_998, words));
    const started = performance.now();
    await purgeEntry(k, id);
    return performance.now() - started;
  },
  /** The erase code's wipe (core/vault/wipe.ts), scrub included, in ms: the store is empty after. */
  async timeWipe(): Promise<{ ms: number; left: number }> {
    const started = performance.now();
    await wipeEverything();
    const ms = performance.now() - started;
    return { ms, left: Object.keys(await browser.storage.local.get(null)).length };
  },
  /** Read and remove a value another extension page left in localStorage (bench figures). */
  async takeLocal(key: string): Promise<string | null> {
    const value = localStorage.getItem(key);
    localStorage.removeItem(key);
    return value;
  },
  /** Make the evidence report of the whole journal, as "Make the report" does, in ms (key opened first, not timed). */
  async timeReport(passphrase: string): Promise<{ ms: number; bytes: number }> {
    const k = await key(passphrase);
    const started = performance.now();
    const pdf = await makeReportFromJournal(k, { from: '', to: '', categories: ALL_CATEGORIES });
    return { ms: performance.now() - started, bytes: pdf.length };
  },
  /** What storage.local holds, in bytes of JSON (what the browser keeps, give or take). */
  async storageBytes(): Promise<number> {
    return new TextEncoder().encode(JSON.stringify(await browser.storage.local.get(null))).length;
  },
  /**
   * What a reader of storage learns from the records' sizes: how many sealed records there are,
   * how many distinct stored lengths they have, and the bytes stored (any layout: every value
   * with an `env` counts).
   */
  async storageShape(): Promise<{ records: number; sizes: number; bytes: number }> {
    const all = await browser.storage.local.get(null);
    const sealed = Object.values(all).filter((value): value is { env: { ct: string } } => typeof (value as { env?: { ct?: unknown } })?.env?.ct === 'string');
    return { records: sealed.length, sizes: new Set(sealed.map((value) => value.env.ct.length)).size, bytes: new TextEncoder().encode(JSON.stringify(all)).length };
  },
  /**
   * Save new entries one after another, for ever, through the vault's own save (a crash test
   * kills the browser meanwhile). Returns at once. An id is recorded as acknowledged only after
   * `saveRevision` resolved, which is after `storage.local.set` resolved: what the UI calls saved.
   */
  async startSaving(passphrase: string, words = 500): Promise<void> {
    const k = await key(passphrase);
    void (async () => {
      for (let index = 0; ; index++) {
        const id = newEntryId();
        try {
          await saveRevision(k, id, fieldsFor(index, words));
        } catch (error) {
          saveLoop.failure = String(error);
          return;
        }
        saveLoop.acknowledged.push(id);
      }
    })();
  },
  /** A passphrase change (re-key: every record sealed again), in ms, from `from` to `to`. */
  async timeRekey(from: string, to: string): Promise<{ ms: number; resealed: number }> {
    const started = performance.now();
    const result = await changeDataKey(from, to);
    if (!result) throw new Error('Not the passphrase');
    return { ms: performance.now() - started, resealed: result.resealed };
  },
  /** The save loop's acknowledged ids so far, in order, and its failure if it stopped. */
  async savesSoFar(): Promise<{ acknowledged: string[]; failure: string | null }> {
    return { acknowledged: [...saveLoop.acknowledged], failure: saveLoop.failure };
  },
  /** The check on opening (issue #23) over the journal as opened, in ms: what it adds after the list. */
  async timeRecordCheck(passphrase: string): Promise<{ ms: number; found: number }> {
    const k = await key(passphrase);
    const list = await openList(k);
    const opened = await openJournal(k);
    const started = performance.now();
    const { findings } = await findProblems(opened, list.summaries?.map((summary) => summary.id) ?? null);
    return { ms: performance.now() - started, found: findings.length };
  },
  /** Open the whole journal as Haven does and check every entry and the chain. */
  async inspectJournal(passphrase: string): Promise<JournalInspection> {
    const k = await key(passphrase);
    const opened = await openJournal(k);
    const readable = opened.entries
      .filter((entry) => entry.revisions.at(-1)?.fields?.what.startsWith('Entry '))
      .map((entry) => entry.id);
    return { ids: opened.entries.map((entry) => entry.id), readable, problems: opened.problems, chain: await verifyChain(chainOf(opened), opened.head) };
  },
  /**
   * Fill storage.local until the browser refuses a write: incompressible filler records, ever
   * smaller, down to `smallest` bytes, so less room than that is left. Returns the filler keys
   * (to free the room again), how much was written and the browser's refusal.
   */
  async fillStorage(smallest = 256): Promise<{ keys: string[]; bytes: number; refusal: string }> {
    const keys: string[] = [];
    let bytes = 0;
    let refusal = '';
    for (let size = 256 * 1024; size >= smallest; ) {
      const key = `filler:${keys.length}`;
      try {
        await browser.storage.local.set({ [key]: randomText(size) });
        keys.push(key);
        bytes += size;
      } catch (error) {
        refusal = String(error);
        size = Math.floor(size / 2);
      }
    }
    return { keys, bytes, refusal };
  },
  async removeStorage(keys: string[]): Promise<void> {
    await browser.storage.local.remove(keys);
  },
};

/** Text that no storage engine can compress: base64 of random bytes. */
function randomText(length: number): string {
  const bytes = new Uint8Array(Math.ceil((length * 3) / 4));
  // getRandomValues fills at most 64 KiB per call.
  for (let at = 0; at < bytes.length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).slice(0, length);
}
