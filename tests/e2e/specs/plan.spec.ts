import { expect, test } from '../fixture';
import { alreadySetUp, openHaven, PASSPHRASE } from '../flows';

test('"Plan safely" leads to the safety plan; ticks and notes stay, encrypted', async ({ haven }) => {
  const note = `plannote-${Date.now().toString(36)} under the blue box`;
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Why leaving feels impossible');
  await popup.click('button', 'Make a safety plan');
  await popup.waitFor('heading', 'Safety plan');
  await popup.fill('textbox', 'Passphrase', PASSPHRASE);
  await popup.click('button', 'Open');
  await popup.waitFor('heading', 'Ready to leave', { timeoutMs: 15_000 });
  for (const item of ['Some cash set aside somewhere safe', 'ID or passport', 'Phone charger']) await popup.click('checkbox', item);
  await popup.fill('textbox', 'Notes (where things are hidden, numbers, the code word)', note);
  await popup.waitForText((text) => text.includes('3 of'), 'the summary');
  expect(await popup.axe()).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 600));
  await popup.page.close();

  const again = await openHaven(haven);
  await again.click('button', 'Safety plan');
  await again.fill('textbox', 'Passphrase', PASSPHRASE);
  await again.click('button', 'Open');
  await again.waitFor('heading', 'Ready to leave', { timeoutMs: 15_000 });
  const ticked = await again.page.evaluate(
    () => Array.from(document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')).filter((box) => box.checked).map((box) => box.parentElement!.textContent!.trim()),
    undefined,
  );
  expect(ticked).toEqual(['Some cash set aside somewhere safe', 'ID or passport', 'Phone charger']);
  expect(await again.value('textbox', 'Notes (where things are hidden, numbers, the code word)')).toBe(note);

  const stored = JSON.stringify(await haven.storage());
  for (const secret of [note, 'cash', 'passport', 'charger']) expect(stored).not.toContain(secret);
});

test('"Believe yourself" keeps reminders, encrypted', async ({ haven }) => {
  const truth = `truth-${Date.now().toString(36)}: it was not my fault`;
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Reminders');
  await popup.fill('textbox', 'Passphrase', PASSPHRASE);
  await popup.click('button', 'Open');
  await popup.fill('textbox', 'Something I know to be true', truth, { timeoutMs: 15_000 });
  await popup.click('button', 'Keep this');
  await popup.waitForText((text) => text.includes(truth), 'the reminder');
  expect(await popup.axe()).toEqual([]);
  expect(JSON.stringify(await haven.storage())).not.toContain('not my fault');
});
