import { browser } from 'wxt/browser';
import { exportBackup } from '@/core/backup/export';
import { readBackup } from '@/core/backup/read';
import { applyRestore, previewRestore } from '@/core/backup/restore';
import { unwrapDataKey } from '@/core/crypto';
import { loadKeyring } from '@/core/vault/keyring';
import { makeReportFromJournal } from '@/features/backup/report-pdf';
import { ALL_CATEGORIES } from '@/features/journal/model';
import { appendEntries, newEntryId, openJournal, openList, saveRevision, type EntryFields } from '@/core/vault/journal';

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

export const bench = {
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
  async timeBackup(passphrase: string): Promise<{ exportMs: number; bytes: number; readMs: number; previewMs: number; applyMs: number; restored: number }> {
    const k = await key(passphrase);
    let started = performance.now();
    const { text } = await exportBackup(k, passphrase);
    const exportMs = performance.now() - started;
    const written = Object.keys(await browser.storage.local.get(null)).filter((name) => /^(e:|x:|head$|draft$|plan$|reminders$)/.test(name));
    await browser.storage.local.remove(written);
    started = performance.now();
    const read = await readBackup(text, passphrase);
    const readMs = performance.now() - started;
    if (!read.ok) throw new Error(read.message);
    started = performance.now();
    await previewRestore(k, read.payload);
    const previewMs = performance.now() - started;
    started = performance.now();
    await applyRestore(k, read.payload);
    const applyMs = performance.now() - started;
    const restored = (await openList(k)).summaries?.length ?? 0;
    return { exportMs, bytes: new TextEncoder().encode(text).length, readMs, previewMs, applyMs, restored };
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
};
