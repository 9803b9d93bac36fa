import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import { alreadySetUp, CODE, openHaven, openJournal, PASSPHRASE, writeEntry } from '../flows';

// "The key lingers": after lock and after a quick close, nothing decrypted stays reachable.

test('after the journal locks and after a quick close, no decrypted entry is left in memory', async ({ haven }) => {
  test.skip(haven.engine === 'firefox', 'Firefox offers no heap snapshot over WebDriver BiDi (docs/threat-model.md)');
  test.setTimeout(120_000);
  const canary = `heapcanary${Date.now().toString(36)}`;
  await alreadySetUp(haven);
  // The shortest idle lock a stored setting allows, so the real auto-lock runs within the test.
  await haven.saveSettings(CODE, { autoLockMinutes: 0.1 });

  // The canary is typed on the keyboard and never passed to the page as a string by the test.
  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, `It happened: ${canary}`, { keyByKey: true });
  // Unlocked, the list shows the entry: the snapshot must find it, or the search proves nothing.
  expect(await haven.heapHolds(canary), 'the canary while the journal is open').toBe(true);

  await popup.waitFor('textbox', 'Passphrase', { timeoutMs: 15_000 });
  expect(await haven.heapHolds(canary), 'the canary after the journal locked itself').toBe(false);

  // Open it again (the entry is decrypted again), then the quick close.
  await popup.fill('textbox', 'Passphrase', PASSPHRASE);
  await popup.click('button', 'Open');
  await popup.waitFor('button', 'New entry', { timeoutMs: 15_000 });
  expect(await haven.heapHolds(canary), 'the canary in the reopened journal').toBe(true);
  await popup.click('button', 'Quick close');
  await poll('the view to close', async () => (await popup.isGone()) || undefined, 5_000);
  expect(await haven.heapHolds(canary), 'the canary after the quick close').toBe(false);
});
