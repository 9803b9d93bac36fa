import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import { alreadySetUp, CODE, displayOf, installAndSetUp, openHaven, PASSPHRASE } from '../flows';

test('the toolbar icon and title follow the chosen cover', async ({ haven }) => {
  await alreadySetUp(haven);
  expect(await haven.actionTitle()).toBe('Calculator');
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await popup.click('radio', 'Weather');
  await poll('the new title', async () => ((await haven.actionTitle()) === 'Weather' ? true : undefined));
  await popup.click('radio', 'Calculator');
  await poll('the calculator title again', async () => ((await haven.actionTitle()) === 'Calculator' ? true : undefined));
});

test('a grace period skips the cover on reopening, and a quick close ends it', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await popup.select('Reopening within a few minutes', 'Skip the calculator for 1 minute');
  const settingsBefore = JSON.stringify((await haven.storage()).prefs);
  // Skipping the calculator needs the passphrase: a wrong one changes nothing.
  await popup.fill('textbox', 'Your passphrase, to skip the calculator', 'not it at all');
  await popup.click('button', 'Skip the calculator');
  await popup.waitForText((text) => text.includes('nothing was changed'), 'the refusal', 15_000);
  expect(JSON.stringify((await haven.storage()).prefs)).toBe(settingsBefore);
  await popup.fill('textbox', 'Your passphrase, to skip the calculator', PASSPHRASE);
  await popup.click('button', 'Skip the calculator');
  // Saved: the passphrase field goes once the setting holds the new choice.
  await poll('the grace period saved', async () => ((await popup.has('textbox', 'Your passphrase, to skip the calculator')) ? undefined : true), 15_000);
  await popup.waitForText((text) => text.includes('Saved.'), 'the saved status');
  await popup.page.close();

  // The grace starts with the next unlock.
  const unlocked = await openHaven(haven);
  await unlocked.page.close();
  const within = await haven.openPopup();
  await within.waitFor('button', 'Quick close', { timeoutMs: 10_000 });
  await within.click('button', 'Quick close');
  await poll('the view to close', async () => (await within.isGone()) || undefined);

  const after = await haven.openPopup();
  await after.waitFor('main', 'Calculator');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await after.has('button', 'Quick close')).toBe(false);
});

test('two views at once: the code opens only the one it was typed in', async ({ haven }) => {
  await alreadySetUp(haven);
  // A browser shows one popup at a time: the second view is Haven's page in a tab (Chrome
  // lets a person open one beside the popup).
  const second = await haven.openTab();
  const first = await haven.openPopup();
  await first.waitFor('main', 'Calculator');
  await second.waitFor('main', 'Calculator');
  await second.type('5+5=');
  await first.type(`${CODE}=`);
  await first.waitFor('button', 'Quick close', { timeoutMs: 10_000 });
  expect(await displayOf(second)).toBe('10');
  expect(await second.has('button', 'Quick close')).toBe(false);
});

test.describe('in a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the cover, setup and Haven have no accessibility violations', async ({ haven }) => {
    const setup = await haven.openPopup();
    await setup.waitFor('heading', 'Welcome');
    expect(await setup.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined)).toBe(true);
    expect(await setup.axe()).toEqual([]);
    await setup.page.close();
    const cover = await installAndSetUp(haven);
    expect(await cover.axe()).toEqual([]);
    const inside = await openHaven(haven);
    expect(await inside.axe()).toEqual([]);
    await inside.click('button', 'Settings');
    expect(await inside.axe()).toEqual([]);
  });
});
