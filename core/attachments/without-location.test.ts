import { describe, expect, it } from 'vitest';
import { photoWithLocation, SMALL_JPEG } from '@/tests/test-jpeg';
import { png } from '@/tests/test-png';
import { exifOrientation } from './exif';
import { withoutLocation } from './without-location';

const CANARY = 'canary-where-it-was-taken-7c1f';
const has = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

/** From the first start-of-scan to the end of the picture: the coded image itself. */
function picture(bytes: Uint8Array): Buffer {
  const buffer = Buffer.from(bytes);
  return buffer.subarray(buffer.indexOf(Buffer.from([0xff, 0xda])), buffer.indexOf(Buffer.from([0xff, 0xd9])) + 2);
}

/** The orientation the copy's own EXIF says, if it has one. */
function orientationOf(bytes: Uint8Array): number | null {
  const at = Buffer.from(bytes).indexOf(Buffer.from('Exif\0\0', 'latin1'));
  return at < 0 ? null : exifOrientation(bytes.subarray(at + 6));
}

describe('a copy of a photo without where it was taken', () => {
  it('drops EXIF (GPS too), XMP, IPTC, comments and the image after the end; the picture is the same bytes and stands the same way', () => {
    const original = new Uint8Array(photoWithLocation(CANARY, 6));
    expect(has(original, CANARY)).toBe(true);
    expect(has(original, 'GPSLatitude')).toBe(true);
    const copy = withoutLocation(original, 'image/jpeg')!;
    expect(copy).not.toBeNull();
    expect(has(copy, CANARY)).toBe(false);
    expect(has(copy, 'GPSLatitude')).toBe(false);
    expect(has(copy, 'http://ns.adobe.com/xap')).toBe(false);
    expect(has(copy, 'Photoshop')).toBe(false);
    // No GPS pointer (tag 0x8825) anywhere, and the orientation kept as the only tag.
    expect(Buffer.from(copy).includes(Buffer.from([0x88, 0x25]))).toBe(false);
    expect(orientationOf(copy)).toBe(6);
    expect(picture(copy).equals(picture(original))).toBe(true);
    expect(has(copy, 'ICC_PROFILE')).toBe(true);
    expect(has(copy, 'JFIF')).toBe(true);
    expect([...copy.subarray(-2)]).toEqual([0xff, 0xd9]);
    // The original is not touched.
    expect(Buffer.from(original).equals(photoWithLocation(CANARY, 6))).toBe(true);
  });

  it('writes no EXIF at all when the photo stood upright, and keeps a photo with nothing to drop as it was', () => {
    const upright = withoutLocation(new Uint8Array(photoWithLocation(CANARY, 1)), 'image/jpeg')!;
    expect(has(upright, 'Exif')).toBe(false);
    expect(Buffer.from(withoutLocation(new Uint8Array(SMALL_JPEG), 'image/jpeg')!).equals(SMALL_JPEG)).toBe(true);
  });

  it('keeps the stuffed bytes and restart markers of the coded data, which only look like markers', () => {
    const coded = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd7, 0x78];
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xfe, 0, 4, 0x41, 0x42, 0xff, 0xda, 0, 2, ...coded, 0xff, 0xd9, 0xff, 0xd8]);
    expect([...withoutLocation(jpeg, 'image/jpeg')!]).toEqual([0xff, 0xd8, 0xff, 0xda, 0, 2, ...coded, 0xff, 0xd9]);
  });

  it('drops PNG text and EXIF chunks, keeps the pixels', () => {
    const original = new Uint8Array(png(8, CANARY));
    const copy = withoutLocation(original, 'image/png')!;
    expect(has(copy, CANARY)).toBe(false);
    expect(Buffer.from(copy).equals(png(8))).toBe(true);
  });

  it('drops WebP EXIF and XMP chunks and their flags', () => {
    const le32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24];
    const chunk = (type: string, data: number[]) => [...Buffer.from(type, 'latin1'), ...le32(data.length), ...data, ...(data.length & 1 ? [0] : [])];
    const canary = [...Buffer.from(CANARY, 'latin1')];
    const body = [...Buffer.from('WEBP', 'latin1'), ...chunk('VP8X', [0x0c, 0, 0, 0, 7, 0, 0, 7, 0, 0]), ...chunk('VP8 ', [1, 2, 3]), ...chunk('EXIF', canary), ...chunk('XMP ', canary)];
    const webp = new Uint8Array([...Buffer.from('RIFF', 'latin1'), ...le32(body.length), ...body]);
    const copy = withoutLocation(webp, 'image/webp')!;
    expect(has(copy, CANARY)).toBe(false);
    expect(copy[20]).toBe(0); // VP8X flags: no EXIF, no XMP
    expect(new DataView(copy.buffer).getUint32(4, true)).toBe(copy.length - 8);
    expect(has(copy, 'VP8 ')).toBe(true);
  });

  it('makes no copy of what is not the type said, or is cut short', () => {
    const original = new Uint8Array(photoWithLocation(CANARY));
    expect(withoutLocation(original, 'image/png')).toBeNull();
    expect(withoutLocation(original.subarray(0, 400), 'image/jpeg')).toBeNull();
    expect(withoutLocation(new Uint8Array(png(8)).subarray(0, 30), 'image/png')).toBeNull();
    expect(withoutLocation(original, 'video/mp4')).toBeNull();
  });
});
