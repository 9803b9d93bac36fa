import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentKey, forgetPrefsKey, lock } from '@/core/session';
import { loadDocument } from '@/core/vault/documents';
import { loadDraft, loadEntry, openJournal, openList, verifyChain, type Entry } from '@/core/vault/journal';
import { loadSettings } from '@/core/vault/settings';
import { readLaunchState } from '@/features/app/launch';
import { openSpace } from '@/features/haven/open-space';
import { planSections, readySummary, type Plan } from '@/features/plan/model';
import { checkCoverCode, forgetCachedLock } from '@/features/unlock/check-code';
import { unlockWithPassphrase } from '@/features/unlock/passphrase';
import { DRAFT, ENTRIES, ERASE_CODE, PASSPHRASE, PLAN, REMINDERS, SETTINGS, UNLOCK_CODE, WRITTEN } from './fixtures/storage-0.1.0';

/*
 * Updates never lose data. `fixtures/storage-0.1.0.json` is storage.local as version 0.1.0 left
 * it after a person set it up and used it (made once by fixtures/make-storage-0.1.0.ts, never
 * regenerated). Every later version must open it and show her everything she wrote.
 *
 * When the storage layout changes, this file must keep passing with the fixture untouched: run
 * the new migration where the app runs it (add that call to `openAsTheAppDoes`), and keep the
 * assertions about what she sees (texts, ticks, settings), not about keys or record shapes.
 * A new released version adds its own fixture and test beside this one.
 */
const STORAGE = JSON.parse(readFileSync(new URL('./fixtures/storage-0.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Load 0.1.0's storage into a fresh browser, as an update finds it. */
async function openAsTheAppDoes(): Promise<void> {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(STORAGE));
  forgetCachedLock();
  forgetPrefsKey();
  await lock();
  // The popup opens: what needs no key moves to today's layout (core/vault/legacy-layout.ts).
  await readLaunchState();
}

/** She types her code on the calculator and her space opens, as in the app (features/app/App.tsx). */
async function typeHerCode(): Promise<void> {
  expect(await checkCoverCode(UNLOCK_CODE)).toBe('open');
  await openSpace();
}

/** What the entry shows now: the latest revision's words, or null when it was deleted. */
const shown = (entry: Entry) => entry.revisions.at(-1)!.fields;
const history = (entry: Entry) => entry.revisions.map((revision) => revision.fields?.what ?? null);

describe('storage written by version 0.1.0', () => {
  beforeAll(openAsTheAppDoes);

  it('opens on the cover, set up, not on first-run setup', async () => {
    expect(await readLaunchState()).toEqual({ step: 'done', offered: false, direct: false, unfinished: false });
  });

  it('opens with her code on the calculator, erases with her erase code, and does nothing with any other', async () => {
    expect(await checkCoverCode(UNLOCK_CODE)).toBe('open');
    expect(await checkCoverCode(ERASE_CODE)).toBe('clear');
    expect(await checkCoverCode('2469')).toBeNull();
    expect(await checkCoverCode('246')).toBeNull();
  }, 20_000);

  it('still opens and erases with the same codes once her first code has updated the records', async () => {
    await openAsTheAppDoes();
    await typeHerCode();
    forgetCachedLock();
    expect(await checkCoverCode(UNLOCK_CODE)).toBe('open');
    expect(await checkCoverCode(ERASE_CODE)).toBe('clear');
    expect(await checkCoverCode('2469')).toBeNull();
  }, 20_000);

  it('unlocks with her passphrase, and only with it', async () => {
    expect(await unlockWithPassphrase('sunlight over the quiet harbour')).toEqual({ ok: false, reason: 'wrong-passphrase' });
    expect(await unlockWithPassphrase(PASSPHRASE)).toEqual({ ok: true });
    expect(currentKey()).not.toBeNull();
  }, 20_000);

  describe('once unlocked', () => {
    let entries: Entry[];
    const find = (what: string) => entries.find((entry) => entry.revisions.some((revision) => revision.fields?.what === what));

    beforeAll(async () => {
      await openAsTheAppDoes();
      await typeHerCode();
      expect((await unlockWithPassphrase(PASSPHRASE)).ok).toBe(true);
      const journal = await openJournal(currentKey()!);
      expect(journal.problems).toEqual([]);
      entries = journal.entries;
    }, 20_000);

    it('lists all four entries, newest words first in each, with the chain intact', async () => {
      expect(entries).toHaveLength(4);
      const opened = await openJournal(currentKey()!);
      expect(await verifyChain(opened.entries, opened.head)).toMatchObject({ intact: true });
      const list = await openList(currentKey()!);
      expect(list.brokenShards).toEqual([]);
      const snippets = list.summaries!.filter((summary) => !summary.deleted).map((summary) => summary.snippet).sort();
      expect(snippets).toEqual([ENTRIES.kept.what, ENTRIES.edited.then.what].sort());
      expect(list.summaries!.filter((summary) => summary.deleted)).toHaveLength(2);
    });

    it('reads the edited entry as last written, with its first version and both times in its history', async () => {
      const entry = (await loadEntry(currentKey()!, find(ENTRIES.edited.then.what)!.id))!;
      expect(shown(entry)).toEqual(ENTRIES.edited.then);
      expect(history(entry)).toEqual([ENTRIES.edited.first.what, ENTRIES.edited.then.what]);
      expect(entry.revisions.map((revision) => revision.writtenAt)).toEqual([WRITTEN[0], WRITTEN[1]]);
    });

    it('reads every field of an entry exactly, accents and all', () => {
      expect(shown(find(ENTRIES.kept.what)!)).toEqual(ENTRIES.kept);
    });

    it('shows the deleted entry as deleted, its words kept in the history; the one deleted for good has no words left', () => {
      const deleted = find(ENTRIES.deleted.what)!;
      expect(shown(deleted)).toBeNull();
      expect(history(deleted)).toEqual([ENTRIES.deleted.what, null]);
      const purged = entries.filter((entry) => entry.revisions.every((revision) => revision.fields === null));
      expect(purged).toHaveLength(1);
      expect(JSON.stringify(entries)).not.toContain('not one word');
    });

    it('gives back the half-written draft', async () => {
      expect((await loadDraft(currentKey()!))?.fields).toEqual(DRAFT);
    });

    it('shows the same ticks and notes in the safety plan', async () => {
      const plan = (await loadDocument<Plan>(currentKey()!, 'plan'))!;
      expect(plan.notes).toBe(PLAN.notes);
      const ticked = planSections('en').flatMap((section) => section.items.filter((item) => plan.done.includes(item.key)));
      expect(ticked).toHaveLength(PLAN.ticked.length);
      expect(readySummary(plan, 'en').done).toBe(PLAN.ticked.length);
    });

    it('shows the same reminders, in order', async () => {
      expect(await loadDocument<string[]>(currentKey()!, 'reminders')).toEqual(REMINDERS);
    });
  });

  it('keeps her settings: cover, grace period, auto-lock, safe page, tabs, language', async () => {
    await openAsTheAppDoes();
    await typeHerCode();
    expect(await loadSettings()).toMatchObject({ setupDone: true, ...SETTINGS });
    // And again in a later view, with the code typed again.
    await lock();
    forgetPrefsKey();
    forgetCachedLock();
    await typeHerCode();
    expect(await loadSettings()).toMatchObject({ setupDone: true, ...SETTINGS, eraseCode: true });
  }, 20_000);

  it('holds none of her words in plain', () => {
    const text = JSON.stringify(STORAGE);
    for (const words of ['nobody else', 'llaves', 'spare room', 'not my fault', 'Half-written', UNLOCK_CODE, PASSPHRASE]) expect(text).not.toContain(words);
  });
});
