import { expect, test } from '../fixture';
import { DRAFT_KEY } from '../../../core/vault/layout';
import { poll } from '../fixture/driver';
import { alreadySetUp, openHaven, openJournal, writeEntry, withoutAttempts } from '../flows';

test('the journal keeps every word, encrypted: entries, a draft after the popup closed, search, edits', async ({ haven }) => {
  const canary = `canary-${Date.now().toString(36)}-lantern`;
  const draftCanary = `draft-${Date.now().toString(36)}-harbour`;
  const witness = `witness-${Date.now().toString(36)}`;
  await alreadySetUp(haven);

  const popup = await openHaven(haven);
  await openJournal(popup);
  expect(await popup.axe()).toEqual([]);
  // Typed key by key, as a person writes; other scenarios enter text in one go.
  await writeEntry(popup, `He said ${canary} never happened`, { where: 'Kitchen', who: witness, category: 'Gaslighting', keyByKey: true });

  // Half-way through a second entry, the popup closes.
  await popup.click('button', 'New entry');
  expect(await popup.axe()).toEqual([]);
  await popup.fill('textbox', 'What happened', `Started to write ${draftCanary}`);
  await new Promise((resolve) => setTimeout(resolve, 600));
  await popup.page.close();

  // Reopen: the cover, then the journal asks for the passphrase again and offers the draft.
  const again = await openHaven(haven);
  await openJournal(again);
  await again.waitForText((text) => text.includes('You have an unsaved entry'), 'the draft offer');
  await again.click('button', 'Continue writing');
  expect(await again.value('textbox', 'What happened')).toBe(`Started to write ${draftCanary}`);
  await again.click('button', 'Save entry');
  await again.click('button', 'Back to the list');
  await again.waitForText((text) => text.includes('2 of 2 entries'), 'both entries');

  // Search finds the first entry by its canary; editing keeps the earlier version.
  await again.fill('searchbox', 'Search', canary);
  await again.waitForText((text) => text.includes('1 of 2 entries'), 'one search result');
  await again.click('button', canary, { partial: true });
  await again.click('button', 'Edit');
  await again.fill('textbox', 'What happened', `He said ${canary} never happened, and laughed`);
  await again.click('button', 'Save entry');
  await again.waitForText((text) => text.includes('History: 2 versions'), 'the history');
  expect(await again.text()).toContain('edited');
  expect(await again.axe()).toEqual([]);

  // Storage holds none of it in plain form.
  const stored = JSON.stringify(await haven.storage());
  for (const secret of [canary, draftCanary, witness, 'Kitchen', 'gaslighting', 'laughed']) expect(stored).not.toContain(secret);
});

test('a wrong passphrase says so calmly and changes nothing', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Journal');
  const before = await haven.storage();
  for (const attempt of ['wrong one', 'another wrong one', 'maple river quietly']) {
    await popup.fill('textbox', 'Passphrase', attempt);
    await popup.click('button', 'Open');
    await popup.waitForText((text) => text.includes('did not open it'), 'the wrong-passphrase message', 15_000);
  }
  // Only the record of attempts keeps them (three wrong passphrases, sealed while locked).
  const after = await haven.storage();
  expect(withoutAttempts(after)).toEqual(withoutAttempts(before));
  expect(after['m5']).not.toEqual(before['m5']);
  await popup.fill('textbox', 'Passphrase', 'maple river quietly 42');
  await popup.click('button', 'Open');
  await popup.waitFor('button', 'New entry', { timeoutMs: 15_000 });
});

test('a corrupted record is reported and the rest of the journal opens', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, 'The first thing that happened');
  const withOne = await haven.storage();
  await writeEntry(popup, 'The second thing that happened');
  await popup.page.close();
  const stored = await haven.storage();
  // Entries and spares look alike (core/vault/spares.ts): the second entry is the record it added.
  const [victim] = Object.keys(stored).filter((key) => key.startsWith('h:') && !(key in withOne));
  const record = stored[victim!] as { v: number; env: { ct: string } };
  await haven.putStorage({ [victim!]: { ...record, env: { ...record.env, ct: record.env.ct.slice(0, 20) } } });

  const again = await openHaven(haven);
  await openJournal(again);
  await again.waitForText((text) => text.includes('1 record could not be opened'), 'the report of the bad record');
  expect(await again.text()).toContain('1 of 1 entries');
  expect(Object.keys(await haven.storage())).toContain(victim);
});

test('a kept draft is offered at once, and neither "New entry" nor another entry’s "Edit" writes over it', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, 'An entry already saved');
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'Half of what happened');
  await popup.click('button', 'Close (keep as draft)');
  // Offered on the list straight away, not only after opening the journal again.
  await popup.waitFor('button', 'Continue writing');
  const draft = async () => JSON.stringify((await haven.storage())[DRAFT_KEY]);
  const kept = await poll('the draft kept', async () => ((await haven.storage())[DRAFT_KEY] ? draft() : undefined));

  await popup.click('button', 'New entry');
  await popup.waitFor('alert', 'Continue writing the unsaved entry, or discard it, before starting another', { partial: true });
  await popup.click('button', 'An entry already saved', { partial: true });
  await popup.click('button', 'Edit');
  await popup.waitFor('alert', 'Continue writing the unsaved entry, or discard it', { partial: true });
  expect(await draft()).toBe(kept);

  await popup.click('button', 'Continue writing');
  expect(await popup.value('textbox', 'What happened')).toBe('Half of what happened');
});
