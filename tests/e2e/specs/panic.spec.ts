import { expect, test, type Haven } from '../fixture';
import { poll } from '../fixture/driver';
import type { View } from '../fixture/view';
import { alreadySetUp, chooseSafePage, CODE, openHaven, openJournal, PASSPHRASE } from '../flows';

async function setSafePage(haven: Haven): Promise<void> {
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await chooseSafePage(popup, haven.site.url('/safe'));
  await popup.page.close();
}

async function expectGone(view: View): Promise<void> {
  await poll('the Haven view to close', async () => (await view.isGone()) || undefined, 5_000);
}

/** The browser's own list of tabs agrees: no Haven view is open. */
async function expectNoHavenTab(haven: Haven): Promise<void> {
  await poll('no Haven tab', async () => (!(await haven.tabUrls()).some((url) => url.endsWith('/popup.html')) ? true : undefined));
}

async function expectCoverOnReopen(haven: Haven): Promise<void> {
  await expectNoHavenTab(haven);
  const again = await haven.openPopup();
  await again.waitFor('main', 'Calculator');
  expect(await again.has('button', 'Quick close')).toBe(false);
}

test('the shortcut closes Haven, sends the tab to the safe page, and the cover comes back', async ({ haven }) => {
  await alreadySetUp(haven);
  await setSafePage(haven);
  await haven.openWebPage('/reading');
  const popup = await openHaven(haven);
  await haven.pressShortcut();
  await expectGone(popup);
  await poll('the safe page', async () => ((await haven.tabUrls()).includes(haven.site.url('/safe')) ? true : undefined));
  expect(await haven.tabUrls()).not.toContain(haven.site.url('/reading'));
  await expectCoverOnReopen(haven);
});

test('the quick close button, Esc twice and Shift three times each close Haven', async ({ haven }) => {
  await alreadySetUp(haven);
  const byButton = await openHaven(haven);
  await byButton.click('button', 'Quick close');
  await expectGone(byButton);
  await expectNoHavenTab(haven);

  const byEscape = await openHaven(haven);
  await byEscape.press('Escape');
  await byEscape.press('Escape');
  await expectGone(byEscape);
  await expectNoHavenTab(haven);

  const byShift = await openHaven(haven);
  for (let i = 0; i < 3; i++) await byShift.press('Shift');
  await expectGone(byShift);
  await expectCoverOnReopen(haven);
});

test('one trigger closes every Haven view, and a second press is harmless', async ({ haven }) => {
  await alreadySetUp(haven);
  // One popup at a time in a browser: the second view is Haven's page in a tab.
  const second = await openHaven(haven, CODE, { inTab: true });
  const first = await openHaven(haven);
  await first.click('button', 'Quick close');
  await expectGone(first);
  await expectGone(second);
  await haven.pressShortcut();
  await haven.pressShortcut();
  await expectCoverOnReopen(haven);
});

test('with no safe page set, the tab the user was on stays as it was', async ({ haven }) => {
  await alreadySetUp(haven);
  await haven.openWebPage('/reading');
  const popup = await openHaven(haven);
  await haven.pressShortcut();
  await expectGone(popup);
  expect(await haven.tabUrls()).toContain(haven.site.url('/reading'));
});

test('a quick close during setup, even while the key is being made, leaves setup resumable', async ({ haven }) => {
  const popup = await haven.openPopup();
  await popup.click('button', 'Start');
  await popup.fill('textbox', 'Code (4 to 12 digits)', '2580');
  await popup.fill('textbox', 'Type the code again', '2580');
  await popup.click('button', 'Continue');
  await popup.fill('textbox', 'Passphrase', PASSPHRASE);
  await popup.fill('textbox', 'Type the passphrase again', PASSPHRASE);
  await popup.press('Enter');
  await popup.press('Escape');
  await popup.press('Escape');
  await expectGone(popup);
  const again = await haven.openPopup();
  await poll('setup to resume', async () =>
    (await again.has('heading', 'Choose a passphrase')) || (await again.has('heading', 'Closing in a hurry')) || undefined,
  );
});

test('a quick close mid-entry: Haven vanishes, the tab goes to the safe page, the words wait as a draft', async ({ haven }) => {
  const halfTyped = `half-typed-${Date.now().toString(36)} he took my phone and`;
  await alreadySetUp(haven);
  await setSafePage(haven);
  await haven.openWebPage('/reading');
  const popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', halfTyped);
  await new Promise((resolve) => setTimeout(resolve, 600));
  await haven.pressShortcut();
  await expectGone(popup);
  await poll('the safe page', async () => ((await haven.tabUrls()).includes(haven.site.url('/safe')) ? true : undefined));
  await expectCoverOnReopen(haven);

  const again = await openHaven(haven);
  await openJournal(again);
  await again.click('button', 'Continue writing');
  expect(await again.value('textbox', 'What happened')).toBe(halfTyped);
  expect(JSON.stringify(await haven.storage())).not.toContain(halfTyped);
});

test('a quick close while an entry is being saved loses nothing', async ({ haven }) => {
  const text = `saving-${Date.now().toString(36)} in flight`;
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', text);
  await new Promise((resolve) => setTimeout(resolve, 600));
  await popup.click('button', 'Save entry');
  await popup.click('button', 'Quick close');
  await expectGone(popup);

  const again = await openHaven(haven);
  await openJournal(again);
  // Either the save completed (the entry is listed) or it did not (the draft holds the words).
  const listed = await again.has('button', text, { partial: true });
  if (!listed) {
    await again.click('button', 'Continue writing');
    expect(await again.value('textbox', 'What happened')).toBe(text);
  }
});
