import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import { alreadySetUp, openHaven, openJournal, PASSPHRASE } from '../flows';

// "Nothing the user wrote is ever lost", when the browser dies without warning.

/** Long entries (about 450 kB of text each), so a kill often lands inside a write. */
const WORDS = 60_000;

test('a browser killed in the middle of a save loop keeps every acknowledged entry, and the journal opens', async ({ haven }, testInfo) => {
  await alreadySetUp(haven);

  // The harness page saves entries one after another through the vault's own save. An id is
  // acknowledged once its `storage.local.set` resolved, as the UI's "saved" is.
  await haven.bench('startSaving', PASSPHRASE, WORDS);
  await poll('a few acknowledged saves', async () => ((await haven.bench('savesSoFar')).acknowledged.length >= 6 ? true : undefined), 30_000);
  // Land the kill at an arbitrary point of a save, not just after one.
  await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 40)));
  let before = { acknowledged: [] as string[], failure: null as string | null };
  await haven.killAndRelaunch(async () => {
    before = await haven.bench('savesSoFar');
  });
  expect(before.failure).toBeNull();

  const after = await haven.bench('inspectJournal', PASSPHRASE);
  await testInfo.attach('crash', {
    body: JSON.stringify({ acknowledged: before.acknowledged.length, found: after.ids.length, chain: after.chain, problems: after.problems }, null, 2),
    contentType: 'application/json',
  });
  expect(after.problems).toEqual([]);
  for (const id of before.acknowledged) expect(after.readable, `acknowledged entry ${id}`).toContain(id);
  // Besides them only saves that finished after the last report, each one whole.
  expect(after.readable).toEqual(after.ids);
  expect(after.chain).toMatchObject({ intact: true, length: after.ids.length });

  // And the user sees the whole journal, with nothing reported broken.
  const popup = await openHaven(haven);
  await openJournal(popup);
  await popup.waitForText((text) => text.includes(`${after.ids.length} of ${after.ids.length} entries`), 'the whole journal', 15_000);
  expect(await popup.text()).not.toContain('could not be opened');
});
