import { createHash } from 'node:crypto';
import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import type { View } from '../fixture/view';
import { file, give, shownPictures } from '../attach-files';
import { addCopy, alreadySetUp, eraseAndSetUpAgain, openHaven, openJournal, PASSPHRASE, saveCopy } from '../flows';
import { png } from '../../test-png';

// The files kept with entries travel in the saved copy (issue #17): saved with it, refused when
// the copy is cut short, restored byte for byte after an erase (the picture's SHA-256 equal to
// the one added), added once however often the copy is added, and sealed on disk again.

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 of the bytes behind the picture shown at its own size (read back from its object URL). */
function shownPictureSha256(popup: View, width: number): Promise<string | null> {
  return popup.page.evaluate(async (width) => {
    const img = [...document.querySelectorAll('img')].find((candidate) => candidate.complete && candidate.naturalWidth === width);
    if (!img) return null;
    const bytes = await (await fetch(img.src)).arrayBuffer();
    return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  }, width);
}

test('a saved copy carries the files kept with entries, and restores the same bytes once', async ({ haven }) => {
  test.setTimeout(180_000);
  const canary = `canary-${Date.now().toString(36)}-copyphoto`;
  const photo = png(36, canary, [30, 90, 200]);
  const recording = Buffer.from(`ID3\u0003\u0000fake recording ${canary}`.padEnd(5000, '.'), 'latin1');
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'The photo of the door, and the call.');
  await give(popup, 'pick', [file('door.png', 'image/png', photo), file('call.mp3', 'audio/mpeg', recording)]);
  await popup.waitFor('button', 'Remove call.mp3');
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit');

  await popup.click('button', '← Home');
  await popup.click('button', 'Back up or restore');
  const copy = await saveCopy(haven, popup, PASSPHRASE, 'Saved 1 entry');
  expect(await popup.text()).toContain('It holds 2 attached files');
  expect(copy.text).not.toContain(canary);
  expect(copy.text).not.toContain('door.png');

  // Everything erased with the erase code, Haven set up again, then the copy added.
  const restored = await eraseAndSetUpAgain(haven, popup);
  await restored.click('button', 'Back up or restore');
  await restored.fill('textbox', 'Passphrase', PASSPHRASE);
  await restored.click('button', 'Open');

  // Cut short inside the files' section: refused in words, nothing added.
  const cut = { name: copy.name, text: copy.text.slice(0, copy.text.length - 2000) };
  expect(await addCopy(restored, cut, 'damaged or incomplete')).toContain('Nothing was changed.');
  await restored.click('button', 'Save a copy');
  expect(await addCopy(restored, copy, 'attached files')).toContain('2 attached files');
  await restored.click('button', 'Add to my journal');
  await restored.waitForText((text) => text.includes('Added 2 attached files'), 'the added message', 30_000);

  // Added again: nothing more.
  const chunks = () => haven.storage().then((dump) => Object.keys(dump).filter((name) => name.startsWith('p:')).sort());
  const chunksBefore = await chunks();
  await restored.click('button', 'Save a copy');
  await addCopy(restored, copy, 'already here');
  await restored.click('button', 'Add to my journal');
  await restored.waitForText((text) => text.includes('already here, so nothing was added'), 'nothing added');
  expect(await chunks()).toEqual(chunksBefore);

  // The picture shows again, and its bytes are the ones added.
  await restored.click('button', '← Home');
  await restored.click('button', 'Journal');
  await restored.click('button', 'The photo of the door', { partial: true });
  await poll('the thumbnail', async () => ((await shownPictures(restored)).length === 1 ? true : undefined), 10_000);
  await restored.click('button', 'Open door.png');
  await restored.waitForText((text) => text.includes(sha256(photo)), 'the fingerprint');
  expect(await poll('the picture', () => shownPictureSha256(restored, 36).then((hash) => hash ?? undefined), 10_000)).toBe(sha256(photo));
  await restored.click('button', 'Back to the entry');
  await restored.click('button', 'Open call.mp3');
  await restored.waitForText((text) => text.includes(sha256(recording)), 'the recording’s fingerprint');
  expect(await restored.text()).not.toContain('not on this device');

  expect(await haven.searchDisk([canary, 'door.png', 'call.mp3'])).toEqual([]);
});
