import { expect, test } from '../fixture';
import { alreadySetUp, clickKeys, CODE, displayOf, finishSetup, openHaven, PASSPHRASE, setupByGesture, waitForStrength } from '../flows';

const REVEALING = /haven|journal|narciss|abuse|safety|escape|panic|violence/i;

test('a person installs Haven, sets it up, and only the right code opens it', async ({ haven }) => {
  // First open: the setup, in neutral words, with no accessibility violations on any step.
  const first = await haven.openPopup();
  await first.waitFor('heading', 'Welcome');
  expect(await first.text()).not.toMatch(REVEALING);
  expect(await first.axe()).toEqual([]);
  await first.click('button', 'Start');
  await first.waitFor('heading', 'Choose your code');
  expect(await first.axe()).toEqual([]);
  // Typed key by key, as a person would; the passphrase's strength hint follows each key.
  await first.fill('textbox', 'Code (4 to 12 digits)', CODE, { keyByKey: true });
  await first.fill('textbox', 'Type the code again', CODE, { keyByKey: true });
  await first.click('button', 'Continue');
  await first.waitFor('heading', 'Choose a passphrase');
  expect(await first.axe()).toEqual([]);
  await first.fill('textbox', 'Passphrase', 'maple river quietly 42', { keyByKey: true });
  await waitForStrength(first);
  await first.fill('textbox', 'Type the passphrase again', 'maple river quietly 42', { keyByKey: true });
  await first.click('button', 'Continue');
  await first.waitFor('heading', 'Closing in a hurry', { timeoutMs: 15_000 });
  expect(await first.text()).not.toMatch(REVEALING);
  expect(await first.axe()).toEqual([]);
  await first.click('button', 'Finish');
  await first.click('button', 'Done');
  await first.page.close();

  // Every later open: a calculator that works.
  const popup = await haven.openPopup();
  await popup.waitFor('main', 'Calculator');
  expect(await popup.axe()).toEqual([]);
  await clickKeys(popup, '12+7=');
  expect(await displayOf(popup)).toBe('19');

  // A wrong code is just arithmetic.
  await popup.type('1234=');
  expect(await displayOf(popup)).toBe('1234');
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await popup.has('main', 'Calculator')).toBe(true);
  expect(await popup.has('button', 'Quick close')).toBe(false);

  // The right code opens Haven's home.
  await popup.type(`${CODE}=`);
  await popup.waitFor('button', 'Quick close', { timeoutMs: 10_000 });
  await popup.waitFor('heading', 'You are not imagining it');
  await popup.page.close();

  // Reopening shows the cover again.
  const again = await haven.openPopup();
  await again.waitFor('main', 'Calculator');
  expect(await again.has('button', 'Quick close')).toBe(false);

  // Storage holds the code only as a salted slow hash.
  const stored = JSON.stringify(await haven.storage());
  expect(stored).not.toContain(CODE);
  expect(stored).not.toContain('maple river');
  expect(await haven.storage()).toMatchObject({ m1: { v: 2, kdf: { alg: 'argon2id' } }, m2: { v: 2, kdf: { alg: 'argon2id' } } });
});

test('setup refuses bad codes with a clear message and resumes after the popup closes', async ({ haven }) => {
  const popup = await haven.openPopup();
  await popup.click('button', 'Start');
  await popup.fill('textbox', 'Code (4 to 12 digits)', '12');
  await popup.fill('textbox', 'Type the code again', '12');
  await popup.click('button', 'Continue');
  await popup.waitFor('alert', undefined);
  expect(await popup.text()).toContain('Use at least 4 digits.');
  await popup.fill('textbox', 'Code (4 to 12 digits)', '123456');
  await popup.fill('textbox', 'Type the code again', '123465');
  await popup.click('button', 'Continue');
  await popup.waitForText((text) => text.includes('not the same'), 'the mismatch message');
  await popup.fill('textbox', 'Code (4 to 12 digits)', '12a4');
  await popup.fill('textbox', 'Type the code again', '12a4');
  await popup.click('button', 'Continue');
  await popup.waitForText((text) => text.includes('digits only'), 'the digits-only message');
  // Nothing saved by a refused code: only the settings the install wrote (setup offered once).
  expect(Object.keys(await haven.storage())).toEqual(['prefs']);

  // A good code is saved (as a hash); the popup closes before the passphrase.
  await popup.fill('textbox', 'Code (4 to 12 digits)', CODE);
  await popup.fill('textbox', 'Type the code again', CODE);
  await popup.click('button', 'Continue');
  await popup.waitFor('heading', 'Choose a passphrase');
  await popup.page.close();

  // Reopened: setup resumes at the passphrase, and a weak one is refused.
  const resumed = await haven.openPopup();
  await resumed.waitFor('heading', 'Choose a passphrase');
  await resumed.fill('textbox', 'Passphrase', 'password1');
  await waitForStrength(resumed);
  await resumed.fill('textbox', 'Type the passphrase again', 'password1');
  await resumed.click('button', 'Continue');
  await resumed.waitForText((text) => text.includes('stronger passphrase'), 'the weak-passphrase message');
  expect(await haven.storage()).not.toHaveProperty('m0');
});

test('"Not now" leaves a plain calculator for good; only the deliberate gesture brings setup back', async ({ haven }) => {
  const popup = await haven.openPopup();
  await popup.click('button', 'Not now');
  await popup.waitFor('main', 'Calculator');
  await popup.type('6*7=');
  expect(await displayOf(popup)).toBe('42');
  await popup.page.close();
  const again = await haven.openPopup();
  await again.waitFor('main', 'Calculator');
  // Setup does not show by itself; ± pressed a few times and = is only arithmetic.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await again.has('heading', 'Welcome')).toBe(false);
  for (let i = 0; i < 3; i++) await again.click('button', 'change sign');
  await again.click('button', 'equals');
  expect(await again.has('heading', 'Welcome')).toBe(false);
  await setupByGesture(again);
  await finishSetup(again);
});

test('the keyboard, paste and garbage keys work like a calculator', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await haven.openPopup();
  await popup.waitFor('main', 'Calculator');
  await popup.type('0.1+0.2=');
  expect(await displayOf(popup)).toBe('0.3');
  await popup.press('Escape');
  await popup.type('8/0=');
  expect(await displayOf(popup)).toBe('Error');
  await popup.press('Escape');
  await popup.type('qwerty!@#$ 5');
  await popup.press('Backspace');
  await popup.type('9');
  expect(await displayOf(popup)).toBe('9');
  await popup.press('Escape');
  await popup.type('9'.repeat(40));
  expect(await displayOf(popup)).toBe('999999999999');
  // Paste text with junk in it: only the calculator's keys count.
  await popup.press('Escape');
  await popup.page.evaluate(() => {
    // Firefox ignores clipboardData in the ClipboardEvent constructor, so attach it by hand.
    const data = new DataTransfer();
    data.setData('text/plain', 'total: 12 + 30 = ');
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', { value: data });
    document.dispatchEvent(paste);
  }, undefined);
  expect(await displayOf(popup)).toBe('42');
});

test('settings change the code, and the new code opens Haven', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await popup.fill('textbox', 'New code (4 to 12 digits)', '909090');
  await popup.fill('textbox', 'Type the new code again', '909090');
  // Knowing the code is not enough to change it: the passphrase is asked, and a wrong one changes nothing.
  const lockBefore = JSON.stringify((await haven.storage()).m1);
  await popup.click('button', 'Change the code');
  await popup.waitForText((text) => text.includes('this change needs it'), 'the passphrase asked for');
  await popup.fill('textbox', 'Your passphrase, to change the code', 'not it at all');
  await popup.click('button', 'Change the code');
  await popup.waitForText((text) => text.includes('nothing was changed'), 'the refusal', 15_000);
  expect(JSON.stringify((await haven.storage()).m1)).toBe(lockBefore);
  await popup.fill('textbox', 'Your passphrase, to change the code', PASSPHRASE);
  await popup.click('button', 'Change the code');
  await popup.waitForText((text) => text.includes('The code is changed'), 'the confirmation', 15_000);
  expect(await popup.axe()).toEqual([]);
  await popup.page.close();

  const cover = await haven.openPopup();
  await cover.type(`${CODE}=`);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await cover.has('button', 'Quick close')).toBe(false);
  await cover.type('909090=');
  await cover.waitFor('button', 'Quick close', { timeoutMs: 10_000 });
});
