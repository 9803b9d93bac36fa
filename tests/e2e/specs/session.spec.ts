import { expect, test, type Haven } from '../fixture';
import { poll } from '../fixture/driver';
import type { View } from '../fixture/view';
import { alreadySetUp, CODE, openHaven, openJournal, PASSPHRASE, saveCopy, writeEntry } from '../flows';

// One session, owned by Haven's shell: the idle lock covers every screen, and no screen drops a
// word, whatever closes it.

const NOTES = 'Notes (where things are hidden, numbers, the code word)';
const NEW_REMINDER = 'Something I know to be true';

/** The shortest idle time a stored setting allows (3 s), so the real idle lock runs in the test. */
async function shortIdleTime(haven: Haven): Promise<void> {
  await haven.saveSettings(CODE, { autoLockMinutes: 0.05 });
}

/** Whether the page still holds this text anywhere: shown, in its markup, or in a field. */
function pageHolds(view: View, text: string): Promise<boolean> {
  return view.page.evaluate((needle) => {
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((field) => field.value);
    return [document.body.innerText, document.documentElement.outerHTML, ...fields].some((value) => value.includes(needle));
  }, text);
}

/** Leave the view alone until it has locked itself: the gate is back, and `secret` is gone from the page. */
async function expectLockedByItself(view: View, title: string, secret: string): Promise<void> {
  expect(await pageHolds(view, secret), `"${secret}" on the ${title} screen before the lock`).toBe(true);
  await view.waitFor('textbox', 'Passphrase', { timeoutMs: 15_000 });
  expect(await view.has('heading', title)).toBe(true);
  expect(await pageHolds(view, secret), `"${secret}" after the ${title} screen locked`).toBe(false);
}

async function unlock(view: View): Promise<void> {
  await view.fill('textbox', 'Passphrase', PASSPHRASE);
  await view.click('button', 'Open');
}

async function goHome(view: View): Promise<void> {
  await view.click('button', '← Home');
  await view.waitFor('heading', 'You are not imagining it');
}

test('with a short idle time, every screen that shows what she wrote locks by itself, and the text goes with it', async ({ haven }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const entry = `idleentry${stamp}`;
  const typing = `idletyping${stamp}`;
  const note = `idleplan${stamp}`;
  const reminder = `idlereminder${stamp}`;
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, `It happened: ${entry}`);
  await popup.click('button', '← Home');
  await popup.click('button', 'Safety plan');
  await popup.fill('textbox', NOTES, note, { timeoutMs: 10_000 });
  await popup.click('button', '← Home');
  await popup.click('button', 'Reminders');
  await popup.fill('textbox', NEW_REMINDER, reminder, { timeoutMs: 10_000 });
  await popup.click('button', 'Keep this');
  await popup.waitForText((text) => text.includes(reminder), 'the reminder');
  await popup.click('button', '← Home');
  await popup.click('button', 'Back up or restore');
  const copy = await saveCopy(haven, popup, PASSPHRASE, 'Saved 1 entry');
  await shortIdleTime(haven);
  await popup.page.close();

  const view = await openHaven(haven);
  // The journal's list, then an entry, then the editor with words being typed.
  await view.click('button', 'Journal');
  await unlock(view);
  await view.waitForText((text) => text.includes(entry), 'the entry in the list', 15_000);
  await expectLockedByItself(view, 'Journal', entry);
  await unlock(view);
  await view.click('button', entry, { partial: true, timeoutMs: 15_000 });
  await view.waitFor('button', 'Edit');
  await expectLockedByItself(view, 'Journal', entry);
  await unlock(view);
  await view.click('button', 'New entry', { timeoutMs: 15_000 });
  await view.fill('textbox', 'What happened', typing);
  await expectLockedByItself(view, 'Journal', typing);
  // The words typed were kept as the draft, for her alone.
  await unlock(view);
  await view.waitForText((text) => text.includes('You have an unsaved entry'), 'the draft offer', 15_000);
  await view.click('button', 'Continue writing');
  expect(await view.value('textbox', 'What happened')).toBe(typing);
  await view.click('button', 'Close (keep as draft)');

  // The report, the plan, the reminders.
  await view.click('button', 'Make a report');
  await view.waitFor('heading', 'A report to print or share');
  await view.waitFor('textbox', 'Passphrase', { timeoutMs: 15_000 });
  expect(await view.has('heading', 'A report to print or share')).toBe(true);
  await goHome(view);
  await view.click('button', 'Safety plan');
  await unlock(view);
  await poll('the plan notes', async () => (await pageHolds(view, note)) || undefined, 15_000);
  await expectLockedByItself(view, 'Safety plan', note);
  await goHome(view);
  await view.click('button', 'Reminders');
  await unlock(view);
  await view.waitForText((text) => text.includes(reminder), 'the reminder', 15_000);
  await expectLockedByItself(view, 'Reminders', reminder);

  // Back up or restore, with a copy opened for adding (Firefox's "Open in a tab" page is this
  // same page in a tab: the shell and its idle lock run there the same way).
  await goHome(view);
  await view.click('button', 'Back up or restore');
  await unlock(view);
  await view.click('button', 'Add from a copy', { timeoutMs: 15_000 });
  await view.chooseFile('Choose the file', copy);
  await view.fill('textbox', 'Passphrase of the copy', PASSPHRASE);
  await view.click('button', 'Open the copy');
  await view.waitForText((text) => text.includes('What the copy holds'), 'the preview', 20_000);
  await view.waitFor('textbox', 'Passphrase', { timeoutMs: 15_000 });
  expect(await view.has('heading', 'Back up or restore')).toBe(true);
  expect(await view.text()).not.toContain('What the copy holds');
});

test('Home, then the journal after the idle time: the passphrase is asked again', async ({ haven }) => {
  await alreadySetUp(haven);
  await shortIdleTime(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await goHome(popup);
  // Nothing is done for longer than the idle time, on Home, which shows nothing she wrote.
  await new Promise((resolve) => setTimeout(resolve, 4_500));
  await popup.click('button', 'Journal');
  await popup.waitFor('textbox', 'Passphrase');
  expect(await popup.has('button', 'New entry')).toBe(false);
});

/** Type key by key, then start `close` `gapMs` later; returns how long after the last key it started. */
async function typeThenClose(view: View, label: string, text: string, close: () => Promise<void>, gapMs: number): Promise<number> {
  await view.click('textbox', label, { timeoutMs: 15_000 });
  await view.type(text);
  const typed = Date.now();
  if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
  const closing = close();
  const after = Date.now() - typed;
  await closing;
  return after;
}

/**
 * A quick close waits for the last write (core/panic-view), so it starts at once after the last
 * key. A view that simply closes cannot wait: each key is written within a few milliseconds
 * (core/autosave), so it is closed 30 ms after the last key, sooner than a person can move from
 * a key to a click outside the popup.
 */
const CLOSES = [
  { how: 'a quick close', gapMs: 0 },
  { how: 'closing the view', gapMs: 30 },
] as const;

for (const { how, gapMs } of CLOSES) {
  test(`words typed in the plan's notes and in a reminder survive ${how} within 100 ms of the last key`, async ({ haven }) => {
    const stamp = Date.now().toString(36);
    const note = `notes ${stamp} under the loose floorboard`;
    const reminder = `it was ${stamp} not my fault`;
    const close = (view: View) => async () => {
      if (how === 'a quick close') await haven.pressShortcut();
      else await view.page.close();
    };
    await alreadySetUp(haven);

    const plan = await openHaven(haven);
    await plan.click('button', 'Safety plan');
    await unlock(plan);
    expect(await typeThenClose(plan, NOTES, note, close(plan), gapMs), 'ms from the last key to the close').toBeLessThan(100);
    await poll('the view to close', async () => (await plan.isGone()) || undefined, 5_000);

    const reminders = await openHaven(haven);
    await reminders.click('button', 'Reminders');
    await unlock(reminders);
    expect(await typeThenClose(reminders, NEW_REMINDER, reminder, close(reminders), gapMs), 'ms from the last key to the close').toBeLessThan(100);
    await poll('the view to close', async () => (await reminders.isGone()) || undefined, 5_000);

    const again = await openHaven(haven);
    await again.click('button', 'Safety plan');
    await unlock(again);
    await again.waitFor('heading', 'Ready to leave', { timeoutMs: 15_000 });
    expect(await again.value('textbox', NOTES)).toBe(note);
    await goHome(again);
    await again.click('button', 'Reminders');
    // The reminder not yet kept is back in its field, as it was typed.
    await poll('the reminder being written', async () => ((await again.value('textbox', NEW_REMINDER)) === reminder ? true : undefined), 10_000);
    const stored = JSON.stringify(await haven.storage());
    for (const secret of [note, reminder, stamp]) expect(stored).not.toContain(secret);
  });
}
