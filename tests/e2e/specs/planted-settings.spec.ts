import { expect, test, type Haven } from '../fixture';
import { poll } from '../fixture/driver';
import type { View } from '../fixture/view';
import { alreadySetUp, chooseSafePage, openHaven } from '../flows';

// "A setting that Haven did not write itself is never obeyed" (#21): someone who writes into
// extension storage from devtools gets neither a report of her quick close (his page as the
// safe page) nor a Haven that opens without the code right after she used it (a grace period).

const his = (haven: Haven) => haven.site.url('/his-server');

async function expectGone(view: View): Promise<void> {
  await poll('the Haven view to close', async () => (await view.isGone()) || undefined, 5_000);
}

/** Open, use and close the popup with her code, then open it again: the cover, not Haven. */
async function expectCodeAskedAgain(haven: Haven): Promise<void> {
  const used = await openHaven(haven);
  await used.page.close();
  const again = await haven.openPopup();
  await again.waitFor('main', 'Calculator');
  await new Promise((resolve) => setTimeout(resolve, 700));
  expect(await again.has('button', 'Quick close'), 'Haven opened without the code').toBe(false);
  await again.page.close();
}

/** With her reading a page, the quick close leaves that tab where it was and opens his page nowhere. */
async function expectQuickCloseGoesNowhere(haven: Haven): Promise<void> {
  await haven.openWebPage('/reading');
  const popup = await openHaven(haven);
  await haven.pressShortcut();
  await expectGone(popup);
  await new Promise((resolve) => setTimeout(resolve, 700));
  const urls = await haven.tabUrls();
  expect(urls).toContain(haven.site.url('/reading'));
  expect(urls.some((url) => url.startsWith(his(haven))), 'a tab sent to the planted page').toBe(false);
}

test('a safe page and a grace period written straight into storage are not obeyed', async ({ haven }) => {
  await alreadySetUp(haven);
  const stored = await haven.storage();
  const planted = { safePage: his(haven), graceMinutes: 15, closeTabs: false };
  // In the settings record's plain part, in 0.1.0's old record, and in the quick close's copy.
  await haven.putStorage({ prefs: { ...(stored.prefs as object), ...planted }, settings: { v: 1, setupDone: true, ...planted } });
  await haven.putSessionStorage({ fmt: { u: his(haven), c: false } });
  await expectCodeAskedAgain(haven);
  await expectQuickCloseGoesNowhere(haven);
});

test('her own safe page is obeyed; once its sealed record is altered, neither it nor his page is', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await chooseSafePage(popup, haven.site.url('/safe'));
  expect(await popup.text()).toContain('once you have opened your space with the code');
  await popup.page.close();
  // Her choice, sealed, is not in plain anywhere in storage.
  expect(JSON.stringify(await haven.storage())).not.toContain('/safe');
  await haven.openWebPage('/reading');
  const before = await openHaven(haven);
  await haven.pressShortcut();
  await expectGone(before);
  await poll('her safe page', async () => ((await haven.tabUrls()).includes(haven.site.url('/safe')) ? true : undefined));

  const prefs = (await haven.storage()).prefs as { env: { ct: string } };
  const flipped = `${prefs.env.ct.slice(0, 10)}${prefs.env.ct[10] === 'A' ? 'B' : 'A'}${prefs.env.ct.slice(11)}`;
  await haven.putStorage({ prefs: { ...prefs, safePage: his(haven), env: { ...prefs.env, ct: flipped } } });
  await expectQuickCloseGoesNowhere(haven);
});

test('a grace period planted in storage.session does not skip the code', async ({ haven }) => {
  await alreadySetUp(haven);
  await haven.putSessionStorage({ ans: { t: Date.now() + 10 * 60_000, k: Buffer.alloc(32, 7).toString('base64') } });
  const popup = await haven.openPopup();
  await popup.waitFor('main', 'Calculator');
  await new Promise((resolve) => setTimeout(resolve, 700));
  expect(await popup.has('button', 'Quick close'), 'Haven opened without the code').toBe(false);
});
