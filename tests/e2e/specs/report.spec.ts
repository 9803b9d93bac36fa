import { expect, test } from '../fixture';
import type { View } from '../fixture/view';
import { alreadySetUp, openHaven, openJournal, saveReport } from '../flows';
import { pdfText } from '../../pdf-text';

/** Set a date-and-time field found by its label, as picking it in the browser's picker would. */
async function setWhen(popup: View, value: string): Promise<void> {
  await popup.page.evaluate((when) => {
    const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent === 'When it happened')!;
    const input = document.getElementById(label.htmlFor) as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, when);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function write(popup: View, what: string, when: string): Promise<void> {
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', what);
  await setWhen(popup, when);
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit');
}

test('a report of the journal is made in the popup, with entries in order and every written and edited time', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await write(popup, 'Later: ¿Qué pasó? 😀', '2026-03-10T10:00');
  await popup.click('button', 'Back to the list');
  await write(popup, 'Earlier: he took the keys', '2026-02-01T09:00');
  await popup.click('button', 'Edit');
  await popup.fill('textbox', 'What happened', 'Earlier: he took the car keys');
  await popup.click('button', 'Save entry');
  await popup.waitForText((text) => text.includes('History: 2 versions'), 'the edit');
  await popup.click('button', 'Back to the list');

  await popup.click('button', 'Make a report');
  await popup.fill('textbox', 'Your name (optional)', 'Ana Muñoz');
  expect(await popup.axe()).toEqual([]);
  await popup.click('button', 'Make the report');
  await popup.waitFor('link', 'Save the report', { timeoutMs: 30_000 });
  expect(await popup.text()).toContain('remove it from that list');
  expect(await popup.text()).toContain('anyone who opens the file can read every word');

  const file = await saveReport(haven, popup);
  expect(file.name).toMatch(/^document-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pages = await pdfText(file.bytes);
  const all = pages.join('\n');
  expect(pages[0]).toContain('Kept by Ana Muñoz');
  expect(pages[0]).toContain('The check passed: all 3 versions follow each other unchanged.');
  const order = ['1. ', 'Written ', 'Edited ', 'Earlier: he took the car keys', '2. ', 'Written ', 'Later: ¿Qué pasó? [U+1F600]'];
  let from = all.indexOf('Entries, in the order they happened');
  for (const text of order) {
    const at = all.indexOf(text, from);
    expect(at, `"${text}" after position ${from}`).toBeGreaterThan(from);
    from = at;
  }
  expect(all).not.toContain('Earlier: he took the keys\n');
});
