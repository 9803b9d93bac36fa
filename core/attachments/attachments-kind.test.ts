import { describe, expect, it } from 'vitest';
import { exifDateTaken } from './exif';
import { checkLimits, MAX_ENTRY_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_ENTRY } from './limits';
import { claimedKindThatLies, kindOf, sniffType } from './sniff';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

/** A JPEG with an APP1 Exif segment holding DateTimeOriginal, big- or little-endian. */
export function jpegWithDate(date: string, little = false): Uint8Array {
  const u16 = (n: number) => (little ? [n & 255, n >> 8] : [n >> 8, n & 255]);
  const u32 = (n: number) => (little ? [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24] : [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255]);
  // TIFF: header (8), IFD0 at 8 with one entry (ExifIFD pointer -> 26), Exif IFD at 26 with one entry (0x9003 -> 44), the text at 44.
  const tiff = [
    ...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8),
    ...u16(1), ...u16(0x8769), ...u16(4), ...u32(1), ...u32(26), ...u32(0),
    ...u16(1), ...u16(0x9003), ...u16(2), ...u32(20), ...u32(44), ...u32(0),
    ...[...date].map((c) => c.charCodeAt(0)), 0,
  ];
  const app1 = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat(tiff);
  return bytes([0xff, 0xd8, 0xff, 0xe1], [(app1.length + 2) >> 8, (app1.length + 2) & 255], app1, [0xff, 0xda, 0, 2, 0xff, 0xd9]);
}

describe('what the bytes say a file is', () => {
  it('knows pictures, PDFs, sound and video by their first bytes', () => {
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffType(bytes('GIF89a'))).toBe('image/gif');
    expect(sniffType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffType(bytes('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffType(bytes('ID3', [3, 0]))).toBe('audio/mpeg');
    expect(sniffType(bytes('OggS'))).toBe('audio/ogg');
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftypmp42'))).toBe('video/mp4');
    expect(sniffType(bytes([0, 0, 0, 0x18], 'ftypqt  '))).toBe('video/quicktime');
    expect(sniffType(bytes([0x1a, 0x45, 0xdf, 0xa3], 'xxxxwebm'))).toBe('video/webm');
    expect(sniffType(bytes('hello, this is text'))).toBe('');
    expect(sniffType(new Uint8Array())).toBe('');
  });

  it('tells a .jpg that is not an image from one that is', () => {
    expect(claimedKindThatLies('door.jpg', 'image/jpeg', '')).toBe('image');
    expect(claimedKindThatLies('door.jpg', '', 'application/pdf')).toBe('image');
    expect(claimedKindThatLies('door.jpg', 'image/jpeg', 'image/jpeg')).toBeNull();
    expect(claimedKindThatLies('door.png', 'image/png', 'image/jpeg')).toBeNull();
    expect(claimedKindThatLies('voice.m4a', 'audio/mp4', 'video/mp4')).toBeNull();
    expect(claimedKindThatLies('notes.txt', 'text/plain', '')).toBeNull();
    expect(kindOf('video/webm')).toBe('video');
    expect(kindOf('application/zip')).toBe('file');
  });
});

describe("a photo's own date", () => {
  it('reads DateTimeOriginal from either byte order', () => {
    expect(exifDateTaken(jpegWithDate('2023:11:05 22:41:09'))).toBe('2023-11-05T22:41:09');
    expect(exifDateTaken(jpegWithDate('2023:11:05 22:41:09', true))).toBe('2023-11-05T22:41:09');
  });

  it('gives none for a JPEG without it, an empty date, or something cut short', () => {
    expect(exifDateTaken(bytes([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBeNull();
    expect(exifDateTaken(jpegWithDate('0000:00:00 00:00:00'))).toBeNull();
    expect(exifDateTaken(jpegWithDate('2023:11:05 22:41:09').subarray(0, 40))).toBeNull();
    expect(exifDateTaken(bytes('%PDF-1.7'))).toBeNull();
  });
});

describe('limits', () => {
  it('refuses empty files, files over the limit, a full entry and one file too many', () => {
    const none = { count: 0, total: 0 };
    expect(checkLimits(0, none)).toBe('empty');
    expect(checkLimits(MAX_FILE_BYTES, none)).toBeNull();
    expect(checkLimits(MAX_FILE_BYTES + 1, none)).toBe('file-too-large');
    expect(checkLimits(10, { count: MAX_FILES_PER_ENTRY - 1, total: 0 })).toBeNull();
    expect(checkLimits(10, { count: MAX_FILES_PER_ENTRY, total: 0 })).toBe('too-many');
    expect(checkLimits(10, { count: 3, total: MAX_ENTRY_BYTES - 5 })).toBe('entry-full');
  });
});
