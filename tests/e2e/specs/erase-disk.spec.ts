import { randomBytes } from 'node:crypto';
import { cp, writeFile } from 'node:fs/promises';
import { expect, test, type Haven } from '../fixture';
import { needlesOf, type DeepHit, type Needle } from '../fixture/disk';
import { poll } from '../fixture/driver';
import type { View } from '../fixture/view';
import { alreadySetUp, openHaven, openJournal, PASSPHRASE, turnOnEraseCode, waitForEraseToEnd, writeEntry } from '../flows';

// What an erase and "Delete for good" leave on disk, searched the way someone who copies the
// profile folder afterwards could: raw bytes, LevelDB's log records, every Snappy block, every
// SQLite row (see searchProfileDeep). The needles are the erased records' salts, hashes, IVs and
// ciphertexts, taken from storage dumps before (every version of them that was ever written).

const ERASE_CODE = '9090';
/** More entries already there (`ERASE_DISK_SEED=1000`, to measure a large journal by hand; CI uses none). */
const SEED = Number(process.env.ERASE_DISK_SEED ?? 0);

/** Everything in storage now, to take needles from later. */
async function snapshot(haven: Haven, versions: Record<string, unknown>[]): Promise<Record<string, unknown>> {
  const dump = await haven.storage();
  versions.push(dump);
  return dump;
}

/** Type into the new entry, and wait for the draft's autosave to land (a new sealed draft). */
async function typeDraft(haven: Haven, popup: View, text: string, versions: Record<string, unknown>[]): Promise<void> {
  const before = JSON.stringify((await haven.storage()).r1 ?? null);
  await popup.fill('textbox', 'What happened', text);
  await poll('the draft to be saved', async () => (JSON.stringify((await haven.storage()).r1 ?? null) !== before ? true : undefined));
  await snapshot(haven, versions);
}

/** The needles of these keys' values, in every version seen (each labelled), but those still stored (`live`). */
function needlesOfVersions(versions: Record<string, unknown>[], keep: (key: string) => boolean, live: Record<string, unknown> = {}): Needle[] {
  const seen = new Set(Object.values(live).map((value) => JSON.stringify(value)));
  const needles: Needle[] = [];
  versions.forEach((dump, index) => {
    for (const [key, value] of Object.entries(dump)) {
      if (!keep(key) || seen.has(JSON.stringify(value))) continue;
      seen.add(JSON.stringify(value));
      needles.push(...needlesOf({ [key]: value }, `v${index} `));
    }
  });
  return needles;
}

async function report(haven: Haven, needles: Needle[], name: string): Promise<DeepHit[]> {
  const started = Date.now();
  const hits = await haven.searchDiskDeep(needles);
  if (process.env.ERASE_DISK_KEEP) await cp(haven.profileDir, `${process.env.ERASE_DISK_KEEP}-${haven.engine}`, { recursive: true });
  const labels = [...new Set(hits.map((hit) => hit.label))];
  const where = [...new Set(hits.map((hit) => `${hit.file.replace(/[0-9a-f-]{20,}|[a-p]{32}/g, '…')} [${hit.layer}]`))];
  console.log(`${name} (${haven.engine}): ${labels.length} of ${new Set(needles.map((n) => n.label)).size} values found, in ${where.join(', ') || 'nothing'}; search ${Date.now() - started} ms`);
  const body = JSON.stringify({ searchMs: Date.now() - started, needles: needles.length, values: new Set(needles.map((n) => n.label)).size, foundValues: labels.length, labels, hits }, null, 2);
  await writeFile(test.info().outputPath('disk-search.json'), body);
  await test.info().attach(name, { body, contentType: 'application/json' });
  return hits;
}

test('after the erase code and a restart, nothing of what was erased is anywhere in the profile folder', async ({ haven }) => {
  if (SEED) test.setTimeout(600_000);
  const versions: Record<string, unknown>[] = [];
  await alreadySetUp(haven);
  await haven.bench('seed', PASSPHRASE, 0, 3 + SEED, SEED ? 500 : 60);
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await turnOnEraseCode(popup, ERASE_CODE);
  await popup.click('button', '← Home');
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await typeDraft(haven, popup, 'A first version of what happened', versions);
  await typeDraft(haven, popup, 'A second version, longer, of what happened that night', versions);
  await popup.page.close();
  const before = await snapshot(haven, versions);
  // The keyring, the two codes' records, the chain's end and the draft (docs/design.md's layout).
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['m0', 'm1', 'm2', 'r0', 'r1']));

  const cover = await haven.openPopup();
  await cover.waitFor('main', 'Calculator');
  await cover.type(`${ERASE_CODE}=`);
  // The wipe runs in the background and the cover stays a calculator, so the end is read from
  // storage: empty already before the scrub (between its clears), then the scrub's filler, then
  // empty again and staying so.
  await waitForEraseToEnd(haven, SEED ? 300_000 : 30_000);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await haven.storage()).toEqual({});
  await cover.page.close().catch(() => undefined);
  await haven.restart();
  await haven.openPopup();
  // A record written after the erase, shaped like Haven's: the search must find it.
  const control = { v: 1, env: { v: 1, alg: 'A256GCM', iv: randomBytes(12).toString('base64'), ct: randomBytes(600).toString('base64') } };
  await haven.putStorage({ check: control });

  const needles = needlesOfVersions(versions, () => true);
  expect(new Set(needles.map((needle) => needle.label.split(' ')[1]!.split('.')[0])).size).toBeGreaterThanOrEqual(8);
  const hits = await report(haven, [...needles, ...needlesOf({ check: control }, 'kept ')], 'disk search after the erase');
  expect(hits.filter((hit) => hit.label.startsWith('kept ')).length, 'the record written after is found: the search works').toBeGreaterThan(0);
  expect(hits.filter((hit) => !hit.label.startsWith('kept '))).toEqual([]);
});

test('after "Delete for good" and a restart, no version of the entry, its drafts or its summary is anywhere in the profile folder', async ({ haven }) => {
  if (SEED) test.setTimeout(600_000);
  const versions: Record<string, unknown>[] = [];
  await alreadySetUp(haven);
  if (SEED) await haven.bench('seed', PASSPHRASE, 0, SEED);
  const popup = await openHaven(haven);
  await openJournal(popup);
  const seeded = await haven.storage();
  await writeEntry(popup, 'This one stays, every word of it');
  const kept = await snapshot(haven, versions);

  await popup.click('button', 'New entry');
  await typeDraft(haven, popup, 'The one to erase, a first draft', versions);
  await typeDraft(haven, popup, 'The one to erase, a second draft of it', versions);
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit');
  await snapshot(haven, versions);
  await popup.click('button', 'Edit');
  await popup.fill('textbox', 'What happened', 'The one to erase, as saved twice');
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit');
  const saved = await snapshot(haven, versions);
  const erasedKey = Object.keys(saved).find((key) => key.startsWith('h:') && !(key in kept))!;

  await popup.click('button', 'Delete…');
  await popup.click('button', 'Delete for good…');
  await popup.click('button', 'Erase for good');
  await popup.waitFor('button', 'New entry', { timeoutMs: 30_000 });
  const after = await haven.storage();
  expect(after[erasedKey]).toBeDefined();
  expect(after[erasedKey]).not.toEqual(saved[erasedKey]);
  await popup.page.close();
  await haven.restart();
  await haven.openPopup();

  // Every version of the erased entry, of the list's index (its first words) and of the draft,
  // as they were before the purge; and, to show the search finds what is there, the kept entry.
  const erased = needlesOfVersions(versions, (key) => key === erasedKey || key.startsWith('x:') || key === 'r1', after);
  // A history record written with the kept entry and still there (the entry itself, or a spare
  // beside it: core/vault/spares.ts; the second entry took one spare's place).
  const keptKey = Object.keys(kept).find((key) => key.startsWith('h:') && !(key in seeded) && key in after && key !== erasedKey)!;
  const control = needlesOf({ [keptKey]: after[keptKey] }, 'kept ');
  const hits = await report(haven, [...erased, ...control], 'disk search after delete for good');
  expect(hits.filter((hit) => hit.label.startsWith('kept ')).length, 'the kept entry is found: the search works').toBeGreaterThan(0);
  expect(hits.filter((hit) => !hit.label.startsWith('kept '))).toEqual([]);
});
