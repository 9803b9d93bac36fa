import { expect } from '@playwright/test';
import { poll } from './fixture/driver';
import type { Haven } from './fixture';
import type { View } from './fixture/view';

/** What a person chooses at setup in these scenarios. */
export const CODE = '4711';
export const PASSPHRASE = 'maple river quietly 42';

/** Go through first-run setup in a freshly opened popup, as a person would. */
export async function finishSetup(popup: View, code = CODE, passphrase = PASSPHRASE): Promise<void> {
  await popup.click('button', 'Start');
  await popup.fill('textbox', 'Code (4 to 12 digits)', code);
  await popup.fill('textbox', 'Type the code again', code);
  await popup.click('button', 'Continue');
  await popup.fill('textbox', 'Passphrase', passphrase);
  await waitForStrength(popup);
  await popup.fill('textbox', 'Type the passphrase again', passphrase);
  await popup.click('button', 'Continue');
  await popup.waitFor('heading', 'Closing in a hurry', { timeoutMs: 15_000 });
  await popup.click('button', 'Finish');
  // The one place the way back to setup is shown.
  await popup.waitForText((text) => text.includes('press ± five times, then ='), 'the setup gesture, shown once');
  await popup.click('button', 'Done');
  await popup.waitFor('main', 'Calculator');
}

/**
 * Setup's passphrase screen: wait for the strength hint under the passphrase. It appears once
 * its dictionaries have loaded and pushes Continue down, so a click aimed before that can land
 * beside the button (seen on CI: the screen still asking, no message).
 */
export async function waitForStrength(popup: View): Promise<void> {
  const hints = ['Very easy to guess.', 'Easy to guess.', 'Could be guessed with some effort.', 'Strong.', 'Very strong.', 'Use at least'];
  await popup.waitForText((text) => hints.some((hint) => text.includes(hint)), 'the strength of the passphrase', 15_000);
}

/** Type on the calculator's keys by clicking them (digits and + − × ÷ = as their names). */
export async function clickKeys(popup: View, keys: string): Promise<void> {
  const names: Record<string, string> = { '+': 'plus', '-': 'minus', '*': 'multiply', '/': 'divide', '=': 'equals', '.': 'decimal point' };
  for (const key of keys) await popup.click('button', names[key] ?? key);
}

/** The deliberate way back to setup when it does not show by itself: ± five times, then =. */
export async function setupByGesture(popup: View): Promise<void> {
  for (let i = 0; i < 5; i++) await popup.click('button', 'change sign');
  await popup.click('button', 'equals');
  await popup.waitFor('heading', 'Welcome', { timeoutMs: 10_000 });
}

export async function displayOf(popup: View): Promise<string> {
  return popup.page.evaluate(() => document.querySelector('output')?.textContent ?? '', undefined);
}

/** Set up Haven in a new browser through its setup screens and return a popup showing the cover. */
export async function installAndSetUp(haven: Haven): Promise<View> {
  const popup = await haven.openPopup();
  await popup.waitFor('heading', 'Welcome');
  await finishSetup(popup);
  return popup;
}

/**
 * Haven in a new browser, already set up with CODE and PASSPHRASE. Setup is saved by the vault
 * calls its screens make, not typed into them: for scenarios about something else (setup is
 * tested through its screens in cover.spec.ts and wherever the screens matter).
 */
export async function alreadySetUp(haven: Haven): Promise<void> {
  await haven.setUp(CODE, PASSPHRASE);
}

/**
 * Open the popup and unlock Haven with the code, typed on the keyboard (`inTab`: Haven's page
 * in a tab instead, for a second view beside the popup).
 */
export async function openHaven(haven: Haven, code = CODE, where: { inTab?: boolean } = {}): Promise<View> {
  return typeCode(where.inTab ? await haven.openTab() : await haven.openPopup(), code);
}

/** On the calculator just opened, type the code and `=`: Haven's home. */
export async function typeCode(popup: View, code = CODE): Promise<View> {
  await popup.waitFor('main', 'Calculator');
  await popup.type(`${code}=`);
  await popup.waitFor('button', 'Quick close', { timeoutMs: 10_000 });
  expect(await popup.has('main', 'Calculator')).toBe(false);
  return popup;
}

/** From Haven's home, open the journal with the passphrase. */
export async function openJournal(popup: View, passphrase = PASSPHRASE): Promise<void> {
  await popup.click('button', 'Journal');
  await popup.fill('textbox', 'Passphrase', passphrase);
  await popup.click('button', 'Open');
  await popup.waitFor('button', 'New entry', { timeoutMs: 15_000 });
}

/** Write and save one entry with the given text in "What happened" (`keyByKey`: see View.fill). */
export async function writeEntry(
  popup: View,
  what: string,
  extra: { where?: string; who?: string; category?: string; keyByKey?: boolean } = {},
): Promise<void> {
  const typing = { keyByKey: extra.keyByKey };
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', what, typing);
  if (extra.where) await popup.fill('textbox', 'Where', extra.where, typing);
  if (extra.who) await popup.fill('textbox', 'Who was there (witnesses)', extra.who, typing);
  if (extra.category) await popup.click('checkbox', extra.category);
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit');
  await popup.click('button', 'Back to the list');
  await popup.waitFor('button', 'New entry');
}

/**
 * From the "Back up or restore" screen, save a copy and return the file as it was saved.
 * Chromium: the file is the one that landed in the browser's downloads folder (see
 * fixture/downloads.ts), from the real popup. Firefox: the link's click is caught in the page
 * and its Blob URL read back (`catchLinkDownload`), since there Haven's page is a tab, not the
 * popup, and no test has a downloads folder of Firefox's to look in.
 */
/** The saved copy: its name, and its bytes as Latin-1 text (one character per byte: the file is binary after its first line). */
export async function saveCopy(haven: Haven, popup: View, passphrase: string, savedMessage: string): Promise<{ name: string; text: string }> {
  const downloadsBefore = haven.engine === 'chromium' ? haven.downloads.count() : 0;
  if (haven.engine === 'firefox') await catchLinkDownload(popup);
  await popup.fill('textbox', 'Your passphrase', passphrase);
  await popup.click('button', 'Save the file');
  await popup.waitForText((text) => text.includes(savedMessage), 'the saved message', 20_000);
  if (haven.engine === 'firefox') return popup.page.evaluate(() => (globalThis as unknown as { savedFile: Promise<{ name: string; text: string }> }).savedFile, undefined);
  const file = await haven.downloads.completed(downloadsBefore);
  return { name: file.name, text: Buffer.from(file.bytes).toString('latin1') };
}

/**
 * Firefox only: replace `HTMLAnchorElement.click` in the page so a download link's click is
 * recorded and its Blob read back, instead of handed to the browser. The file name and bytes
 * are what the browser would have saved.
 */
async function catchLinkDownload(popup: View): Promise<void> {
  await popup.page.evaluate(() => {
    const caught = globalThis as unknown as { savedFile?: Promise<{ name: string; text: string }> };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      caught.savedFile = fetch(this.href).then(async (response) => {
        const bytes = new Uint8Array(await response.arrayBuffer());
        let text = '';
        for (let at = 0; at < bytes.length; at += 0x2000) text += String.fromCharCode.apply(null, bytes.subarray(at, at + 0x2000) as unknown as number[]);
        return { name: this.download, text };
      });
    };
  }, undefined);
}

/** In Settings: the erase code on, checked against the unlock code. */
export async function turnOnEraseCode(popup: View, eraseCode: string, code = CODE): Promise<void> {
  await popup.fill('textbox', 'Your code that opens this space', code);
  await popup.fill('textbox', 'Erase code (4 to 12 digits)', eraseCode);
  await popup.fill('textbox', 'Type the erase code again', eraseCode);
  await popup.click('button', 'Turn on the erase code');
  await popup.waitForText((text) => text.includes('The erase code is on.'), 'the erase code is on');
}

/** In Settings: the decoy code on (issue #18), checked against the unlock code (and the erase code, when given). */
export async function turnOnDecoyCode(popup: View, decoyCode: string, code = CODE, eraseCode?: string): Promise<void> {
  await popup.fill('textbox', 'Your code that opens this space (to check the decoy against it)', code);
  if (eraseCode) await popup.fill('textbox', 'Your erase code', eraseCode);
  await popup.fill('textbox', 'Decoy code (4 to 12 digits)', decoyCode);
  await popup.fill('textbox', 'Type the decoy code again', decoyCode);
  await popup.click('button', 'Turn on the decoy code');
  await popup.waitForText((text) => text.includes('The decoy code is on.'), 'the decoy code is on');
}

/** In Settings: after a quick close the tab she was on goes to this address. */
export async function chooseSafePage(popup: View, url: string): Promise<void> {
  await popup.select('The tab you were on goes to', 'Another page…');
  await popup.fill('textbox', 'Web address', url);
  await popup.click('button', 'Use this page');
  await popup.waitForText((text) => text.includes('Saved.'), 'the saved status');
}

/**
 * From Haven's home: the erase code turned on in Settings and typed on the cover (everything
 * erased, as a person would), then Haven set up again by the gesture; Haven's home after, open.
 */
export async function eraseAndSetUpAgain(haven: Haven, popup: View, eraseCode = '9090'): Promise<View> {
  await popup.click('button', '← Home');
  await popup.click('button', 'Settings');
  await turnOnEraseCode(popup, eraseCode);
  await popup.page.close();
  const cover = await haven.openPopup();
  await cover.waitFor('main', 'Calculator');
  await cover.type(`${eraseCode}=`);
  await waitForEraseToEnd(haven);
  await setupByGesture(cover);
  await finishSetup(cover);
  return openHaven(haven);
}

/** On the "Back up or restore" screen: a saved copy chosen and opened with its passphrase; the screen's text once it says `expected`. */
export async function addCopy(popup: View, copy: { name: string; text: string }, expected: string, passphrase = PASSPHRASE): Promise<string> {
  await popup.click('button', 'Add from a copy');
  await popup.chooseFile('Choose the file', copy);
  await popup.waitForText((text) => text.includes(`Chosen: ${copy.name}`), 'the chosen file');
  await popup.fill('textbox', 'Passphrase of the copy', passphrase);
  await popup.click('button', 'Open the copy');
  return popup.waitForText((text) => text.includes(expected), expected, 30_000);
}

/**
 * The erase (run by the background, while the cover stays a calculator) has ended: storage goes
 * empty before the scrub (between its clears), holds the scrub's filler, then is empty again.
 */
export async function waitForEraseToEnd(haven: Haven, limitMs = 30_000): Promise<void> {
  await poll('the scrub under way', async () => (Object.keys(await haven.storage()).some((key) => /^.tape\d+$/.test(key)) ? true : undefined), limitMs);
  await poll('the erase done', async () => (Object.keys(await haven.storage()).length === 0 ? true : undefined), limitMs);
}

/**
 * A file offered by a link (`<a download>`) named `link`, as saved. Chromium: clicked in the real
 * popup, the file that landed in the downloads folder. Firefox (Haven's page in a tab there, no
 * downloads folder to look in): the file behind the link, read in the page (a blob: address,
 * not the network).
 */
export async function saveLinkedFile(haven: Haven, popup: View, link: string): Promise<{ name: string; bytes: Uint8Array }> {
  if (haven.engine === 'chromium') {
    const before = haven.downloads.count();
    await popup.click('link', link);
    return haven.downloads.completed(before);
  }
  const { name, base64 } = await popup.page.evaluate(async (label) => {
    const anchor = [...document.querySelectorAll('a')].find((candidate) => candidate.textContent === label)!;
    const bytes = new Uint8Array(await (await fetch(anchor.href)).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { name: anchor.download, base64: btoa(binary) };
  }, link);
  return { name, bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/** "Save the report", as saved. */
export function saveReport(haven: Haven, popup: View): Promise<{ name: string; bytes: Uint8Array }> {
  return saveLinkedFile(haven, popup, 'Save the report');
}

/**
 * Storage without the record of attempts (`m5`, the tape sealed while locked, and `r5`, what an
 * unlock folds it into: issue #18). A wrong passphrase is written there by design, and an unlock
 * folds it; "changes nothing" means nothing else.
 */
export function withoutAttempts(storage: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(storage).filter(([name]) => name !== 'm5' && name !== 'r5'));
}
