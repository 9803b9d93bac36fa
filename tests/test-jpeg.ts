/**
 * A real JPEG (24 × 16, made by Chromium's canvas encoder: JFIF, an ICC profile, baseline), and
 * the same photo as a phone would save it: EXIF with a GPS position, the orientation and a
 * description, XMP, IPTC, a comment, and a second image after the picture's end. Every one of
 * those carries `canary`, so a test can search the bytes for it.
 */
export const SMALL_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAQABgDASIAAhEBAxEB/8QAGAAAAwEBAAAAAAAAAAAAAAAAAAECBgf/xAAjEAACAAQFBQAAAAAAAAAAAAAAARIWIjICBAYTFzE0NVKx/8QAFQEBAQAAAAAAAAAAAAAAAAAABgT/xAAfEQABAwMFAAAAAAAAAAAAAAABAAMEAhEiEhMxUXH/2gAMAwEAAhEDEQA/ANBovjKWcnM/l69/uvfFDZTbD0+nKWxtktlcOPeyRSnNs1HUTfs8eJNgS2AmZjYoy/KyX//Z',
  'base64',
);

const latin1 = (text: string) => [...Buffer.from(text, 'latin1')];
const u16 = (n: number) => [n >> 8, n & 255];
const u32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
const segment = (marker: number, body: number[]) => [0xff, marker, ...u16(body.length + 2), ...body];

/** EXIF (big-endian TIFF): IFD0 with Orientation, ImageDescription (the canary) and a GPS pointer; a GPS IFD with latitude. */
function exif(orientation: number, canary: string): number[] {
  const description = [...latin1(canary), 0];
  // Layout: header 8 | IFD0 at 8 (3 entries: 2 + 36 + 4 = 42) | GPS IFD at 50 (2 entries: 2 + 24 + 4 = 30) | latitude at 80 (24) | description at 104.
  const tiff = [
    0x4d, 0x4d, ...u16(42), ...u32(8),
    ...u16(3),
    ...u16(0x010e), ...u16(2), ...u32(description.length), ...u32(104),
    ...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0,
    ...u16(0x8825), ...u16(4), ...u32(1), ...u32(50),
    ...u32(0),
    ...u16(2),
    ...u16(0x0001), ...u16(2), ...u32(2), ...latin1('N'), 0, 0, 0,
    ...u16(0x0002), ...u16(5), ...u32(3), ...u32(80),
    ...u32(0),
    ...u32(51), ...u32(1), ...u32(30), ...u32(1), ...u32(1234), ...u32(100),
    ...description,
  ];
  return segment(0xe1, [...latin1('Exif\0\0'), ...tiff]);
}

export function photoWithLocation(canary: string, orientation = 6): Buffer {
  const jpeg = [...SMALL_JPEG];
  const app0End = 2 + 2 + ((jpeg[4]! << 8) | jpeg[5]!);
  const xmp = segment(0xe1, latin1(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>51,30.12N</exif:GPSLatitude><dc:title>${canary}</dc:title></x:xmpmeta>`));
  const iptc = segment(0xed, latin1(`Photoshop 3.0\x008BIM\x04\x04\0\0\0\0\0\x20\x1c\x02\x5a\0\x18${canary}`));
  const comment = segment(0xfe, latin1(canary));
  const second = [0xff, 0xd8, ...exif(1, canary), 0xff, 0xd9];
  return Buffer.from([...jpeg.slice(0, app0End), ...exif(orientation, canary), ...xmp, ...iptc, ...comment, ...jpeg.slice(app0End), ...second]);
}
