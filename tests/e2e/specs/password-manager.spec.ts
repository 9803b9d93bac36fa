import { expect, test, type Engine, type Haven } from '../fixture';
import { View } from '../fixture/view';
import { CODE, openHaven, PASSPHRASE, waitForStrength } from '../flows';

// The browser's own password manager must never offer to keep her code, passphrase or erase
// code: one click on "Save" and they sit, readable, in about:logins / the browser's passwords.
// Every secret field is typed key by key (as she types), and the browser's own signal is read:
// Firefox's login manager log (signon.debug), Chromium's chrome://password-manager-internals.

test.use({ browserLog: true });

const NEW_PASSPHRASE = 'copper lantern sleeps 77';
const NEW_CODE = '909090';
const ERASE_CODE = '31337';
const KEY_BY_KEY = { keyByKey: true };

/**
 * The browsers' own words when they offer to keep a login (`offer`), and every earlier step
 * on the way there (`steps`). Firefox: its login manager's log (LoginManagerChild, -Parent,
 * -Prompter). Chromium: chrome://password-manager-internals, where PENDING_PASSWORD_STATE is
 * the "Save password?" bubble.
 */
const SIGNALS: Record<Engine, { offer: RegExp; steps: RegExp[] }> = {
  firefox: {
    offer: /Prompting user to save login/,
    steps: [/was filled or edited/, /#onPasswordEditedOrGenerated/, /Checking if logins to .* can be saved/, /Prompting user to (save|change)/],
  },
  // The bubble's state by name (Chromium 156) or by number (150: "The new state of the UI: 1").
  chromium: {
    offer: /PENDING_PASSWORD_STATE|The new state of the UI: 1\b/,
    steps: [/ProvisionallySaveForm/, /PENDING_PASSWORD_STATE/, /The new state of the UI: 1\b/, /Decision: ASK/i],
  },
};

/** Fill a secret field key by key, after checking it is found by its label and masked. */
async function fillSecret(popup: View, label: string, text: string): Promise<void> {
  await popup.waitFor('textbox', label, { timeoutMs: 15_000 });
  expect(await maskOf(popup, label), `"${label}" is masked`).toBe(true);
  await popup.fill('textbox', label, text, KEY_BY_KEY);
}

/**
 * Whether the field with this label shows dots instead of what is typed: a password field, or
 * a text field masked by CSS that also refuses copy and cut, as a password field does.
 */
function maskOf(popup: View, label: string): Promise<boolean | string> {
  return popup.page.evaluate((name) => {
    const found = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === name);
    const input = found?.control;
    if (!(input instanceof HTMLInputElement)) return `no field labelled "${name}"`;
    if (input.type === 'password') return true;
    const refused = (['copy', 'cut'] as const).every((kind) => !input.dispatchEvent(new ClipboardEvent(kind, { bubbles: true, cancelable: true })));
    return getComputedStyle(input).getPropertyValue('-webkit-text-security') === 'disc' && refused;
  }, label);
}

/** Setup, typed key by key: the code twice, the passphrase twice. */
async function setUpByHand(haven: Haven): Promise<void> {
  const popup = await haven.openPopup();
  await popup.waitFor('heading', 'Welcome');
  await popup.click('button', 'Start');
  await fillSecret(popup, 'Code (4 to 12 digits)', CODE);
  await fillSecret(popup, 'Type the code again', CODE);
  await popup.click('button', 'Continue');
  await fillSecret(popup, 'Passphrase', PASSPHRASE);
  await waitForStrength(popup);
  await fillSecret(popup, 'Type the passphrase again', PASSPHRASE);
  await popup.click('button', 'Continue');
  await popup.waitFor('heading', 'Closing in a hurry', { timeoutMs: 15_000 });
  await popup.click('button', 'Finish');
  await popup.click('button', 'Done');
  await popup.waitFor('main', 'Calculator');
  await popup.page.close();
}

/**
 * The passphrase gate, then a passphrase change, each typed key by key, in Haven's page in a tab
 * (setup and Settings run in the popup: Chromium's real one; Firefox's is a tab too).
 */
async function unlockAndChangePassphrase(haven: Haven): Promise<void> {
  const popup = await openHaven(haven, CODE, { inTab: true });
  await popup.click('button', 'Journal');
  await fillSecret(popup, 'Passphrase', PASSPHRASE);
  // Enter submits, as in any form.
  await popup.press('Enter');
  await popup.waitFor('button', 'New entry', { timeoutMs: 15_000 });
  await popup.click('button', 'Change passphrase');
  await fillSecret(popup, 'Current passphrase', PASSPHRASE);
  await fillSecret(popup, 'New passphrase', NEW_PASSPHRASE);
  await fillSecret(popup, 'Type the new passphrase again', NEW_PASSPHRASE);
  await popup.click('button', 'Change passphrase');
  await popup.waitFor('button', 'New entry', { timeoutMs: 20_000 });
  await popup.page.close();
}

/** In Settings: the erase code turned on, then a new code (which asks for the passphrase). */
async function eraseCodeAndNewCode(haven: Haven): Promise<void> {
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await fillSecret(popup, 'Your code that opens this space', CODE);
  await fillSecret(popup, 'Erase code (4 to 12 digits)', ERASE_CODE);
  await fillSecret(popup, 'Type the erase code again', ERASE_CODE);
  await popup.click('button', 'Turn on the erase code');
  await popup.waitForText((text) => text.includes('The erase code is on.'), 'the erase code is on');
  await fillSecret(popup, 'New code (4 to 12 digits)', NEW_CODE);
  await fillSecret(popup, 'Type the new code again', NEW_CODE);
  await popup.click('button', 'Change the code');
  await popup.waitForText((text) => text.includes('this change needs it'), 'the passphrase asked for');
  await fillSecret(popup, 'Your passphrase, to change the code', NEW_PASSPHRASE);
  await popup.click('button', 'Change the code');
  await popup.waitForText((text) => text.includes('The code is changed'), 'the confirmation', 15_000);
  // Leaving the page is one more moment a password manager captures a form.
  await popup.page.close();
}

test('no browser offers to save the code, the passphrase or the erase code', async ({ haven }, testInfo) => {
  test.setTimeout(120_000);
  await setUpByHand(haven);
  await unlockAndChangePassphrase(haven);
  await eraseCodeAndNewCode(haven);
  // A moment for anything the browser captured on the way out to reach the log.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const havenLog = await haven.browserLog();
  await testInfo.attach(`${haven.engine} log: Haven`, { body: havenLog, contentType: 'text/plain' });

  // The same browser offers to save an ordinary sign-in typed the same way: the signal is on.
  const signIn = new View(await haven.webPage('/sign-in'));
  await signIn.fill('textbox', 'Email', 'someone@example.org', KEY_BY_KEY);
  await signIn.fill('textbox', 'Password', 'a password typed here', KEY_BY_KEY);
  await signIn.click('button', 'Sign in');
  const signals = SIGNALS[haven.engine];
  const controlLog = (await waitForLog(haven, (log) => signals.offer.test(log.slice(havenLog.length)))).slice(havenLog.length);
  await testInfo.attach(`${haven.engine} log: an ordinary sign-in page`, { body: controlLog, contentType: 'text/plain' });

  const offers = havenLog.split('\n').filter((line) => signals.steps.some((signal) => signal.test(line)));
  expect(offers, "the browser on its way to offering to save Haven's fields").toEqual([]);
  // Chromium says why: its renderer refuses an extension's pages before the browser sees a form.
  if (haven.engine === 'chromium') expect(havenLog).toContain('Security origin cannot access password manager');
  // Nor kept in the profile some other way (form history, session restore): the passphrases
  // are long enough to be found by a byte search and by nothing else.
  expect(await haven.searchDisk([PASSPHRASE, NEW_PASSPHRASE])).toEqual([]);
});

async function waitForLog(haven: Haven, done: (log: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await haven.browserLog();
    if (done(log)) return log;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${haven.engine} to offer to save the sign-in page's password:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
