import { expect, test } from '../fixture';
import { alreadySetUp, openHaven, openJournal, writeEntry } from '../flows';

// "Full storage ends in a clear message and the data intact", with a real quota.

/** A 4 MiB quota for the profile: small enough to fill in a few seconds. */
test.use({ storageLimitKb: 4 * 1024 });

// Firefox ESR 140 sometimes finds room again a moment after refusing a write (2 to 3 runs in 8
// here saved the entry after the storage was filled; 153 did not), so the fill does not always
// hold until the save. Until that is understood, this file alone gets more tries than CI's one;
// a run that needed them is reported as flaky, not hidden.
test.describe.configure({ retries: 3 });

const NO_ROOM = 'There is no room left on this device to save. Nothing was changed, and what you typed is still here.';

test('with storage full, saving says there is no room, keeps the words, and saves once there is room', async ({ haven }, testInfo) => {
  test.skip(
    haven.engine === 'chromium',
    'Chromium: Haven asks for unlimitedStorage, so storage.local has no quota to fill; StorageFullError is covered by core/vault unit tests',
  );
  const older = `older entry ${Date.now().toString(36)}`;
  const start = `written when the disk was full ${Date.now().toString(36)}`;
  // Long enough to need far more room than a full storage has left: records are padded to a few
  // sizes (core/vault/padding.ts), so a short entry could take the place of a spare of its size.
  const text = `${start} ${'and then he said it again, louder, in front of the children. '.repeat(50)}`.trim();
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, older);

  const filled = await haven.bench('fillStorage');
  await testInfo.attach('fill', { body: JSON.stringify({ ...filled, keys: filled.keys.length }, null, 2), contentType: 'application/json' });
  expect(filled.refusal).toMatch(/quota/i);

  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', text);
  await popup.click('button', 'Save entry');
  await popup.waitForText((screen) => screen.includes(NO_ROOM), 'the no-room message', 20_000);
  expect(await popup.value('textbox', 'What happened')).toBe(text);

  // Room again (the user deleted something elsewhere): the same save now goes through.
  await haven.bench('removeStorage', filled.keys);
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit', { timeoutMs: 10_000 });
  await popup.click('button', 'Back to the list');
  await popup.waitForText((screen) => screen.includes('2 of 2 entries'), 'both entries');
  expect(await popup.has('button', older, { partial: true })).toBe(true);
  expect(await popup.has('button', start, { partial: true })).toBe(true);
});
