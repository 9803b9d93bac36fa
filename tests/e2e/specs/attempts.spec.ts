import { expect, test } from '../fixture';
import type { View } from '../fixture/view';
import { alreadySetUp, openHaven, openJournal, turnOnDecoyCode } from '../flows';
import { inspectStorage } from '../storage-rules';

// The record of attempts (issue #18): what happened while Haven was locked is shown to her,
// and only after her passphrase.

const DECOY = '2580';

async function wrongPassphrase(popup: View, passphrase: string): Promise<void> {
  await popup.fill('textbox', 'Passphrase', passphrase);
  await popup.click('button', 'Open');
  await popup.waitForText((text) => text.includes('That passphrase did not open it.'), 'the refusal', 20_000);
}

const count = (text: string, part: string) => text.split(part).length - 1;

test('two wrong passphrases and one decoy opening, then the right passphrase: home tells her, the record lists them with their times', async ({ haven }) => {
  await alreadySetUp(haven);
  const setting = await openHaven(haven);
  await setting.click('button', 'Settings');
  await turnOnDecoyCode(setting, DECOY);
  await setting.page.close();

  const gate = await openHaven(haven);
  await gate.click('button', 'Journal');
  await wrongPassphrase(gate, 'not it');
  await wrongPassphrase(gate, 'not it either');
  await gate.page.close();

  const notes = await haven.openPopup();
  await notes.waitFor('main', 'Calculator');
  await notes.type(`${DECOY}=`);
  await notes.waitFor('main', 'Notes', { timeoutMs: 10_000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await notes.page.close();
  // Recorded while locked: nothing readable, and storage still reads as a calculator's.
  const locked = await haven.storage();
  expect(JSON.stringify(locked)).not.toMatch(/wrong|decoy|attempt/i);
  expect(inspectStorage(locked, await haven.sessionStorage())).toEqual([]);

  const popup = await openHaven(haven);
  // Before the passphrase, home says nothing of it.
  expect(await popup.text()).not.toContain('wrong passphrase');
  await openJournal(popup);
  await popup.click('button', '← Home');
  const home = await popup.waitForText((text) => text.includes('2 wrong passphrases, the last on') && text.includes('Your decoy code was used on'), 'the home line', 10_000);
  expect(home).toMatch(/2 wrong passphrases, the last on \w+ at \d{2}:\d{2}\./);
  await popup.click('button', 'See attempts to get in');
  await popup.waitFor('heading', 'Attempts to get in');
  const record = await popup.waitForText((text) => text.includes('Decoy code used'), 'the record');
  expect(count(record, 'Wrong passphrase')).toBe(2);
  expect(count(record, 'Decoy code used')).toBe(1);
  // Each with its time; and the openings with the code too (setting the decoy, the gate, now).
  expect(record.match(/\w+ at \d{2}:\d{2}: (Wrong passphrase|Decoy code used|Opened with your code)/g)?.length).toBeGreaterThanOrEqual(6);
  expect(count(record, 'Opened with your code')).toBeGreaterThanOrEqual(3);
  expect(await popup.axe()).toEqual([]);

  // Seen: home says nothing more until something new happens.
  await popup.click('button', '← Home');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await popup.has('button', 'See attempts to get in')).toBe(false);
  expect(inspectStorage(await haven.storage(), await haven.sessionStorage())).toEqual([]);
});
