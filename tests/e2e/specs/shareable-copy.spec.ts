import { createHash } from 'node:crypto';
import { exifOrientation } from '@/core/attachments/exif';
import { expect, test } from '../fixture';
import { file, give } from '../attach-files';
import { alreadySetUp, openHaven, openJournal, saveLinkedFile } from '../flows';
import { photoWithLocation } from '../../test-jpeg';

// A shareable copy of a photo without where it was taken (issue #17): made on request from the
// viewer, saved as a download, with no GPS position and none of the file's text; the original
// stays exactly as added (its fingerprint unchanged).

const CANARY = 'canary-gps-7e21-kitchen';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

test('a copy without location leaves out the GPS position and the file’s text, keeps the picture, and the original keeps its fingerprint', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'The photo of the kitchen door.');
  const photo = photoWithLocation(CANARY, 6);
  await give(popup, 'pick', [file('kitchen.jpg', 'image/jpeg', photo)]);
  await popup.waitFor('button', 'Remove kitchen.jpg');
  await popup.click('button', 'Save entry');
  await popup.click('button', 'Open kitchen.jpg');
  await popup.waitFor('heading', 'kitchen.jpg');
  await popup.waitForText((text) => text.includes(sha256(photo)), 'the original’s fingerprint');

  await popup.click('button', 'Make a copy without location');
  await popup.waitFor('link', 'Save the copy');
  const copy = await saveLinkedFile(haven, popup, 'Save the copy');
  expect(copy.name).toMatch(/^photo-\d{4}-\d{2}-\d{2}\.jpg$/);
  expect(has(photo, CANARY) && has(photo, 'GPSLatitude')).toBe(true);
  expect(has(copy.bytes, CANARY)).toBe(false);
  expect(has(copy.bytes, 'GPSLatitude')).toBe(false);
  expect(Buffer.from(copy.bytes).includes(Buffer.from([0x88, 0x25])), 'a GPS pointer').toBe(false);
  const exif = Buffer.from(copy.bytes).indexOf(Buffer.from('Exif\0\0', 'latin1'));
  expect(exifOrientation(copy.bytes.subarray(exif + 6)), 'the orientation, kept').toBe(6);
  expect(sha256(copy.bytes)).not.toBe(sha256(photo));

  // The copy is a picture the browser draws; the original is still the one added.
  const drawn = await popup.page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
    return [bitmap.width, bitmap.height];
  }, Buffer.from(copy.bytes).toString('base64'));
  expect(drawn.sort()).toEqual([16, 24]);
  await popup.click('button', 'Back to the entry');
  await popup.click('button', 'Open kitchen.jpg');
  await popup.waitForText((text) => text.includes(sha256(photo)), 'the original’s fingerprint, unchanged');
});
