/**
 * What a file's first bytes say it is, whatever its name or the type it claims: the type an
 * attachment is shown as (a picture, a player, a file) comes from here, so a `.jpg` that is not
 * a JPEG is kept and shown as a file. Pure, no browser API.
 */

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const starts = (bytes: Uint8Array, ...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** The type these first bytes (at least 64 of them, when the file has them) show; '' for none known. */
export function sniffType(head: Uint8Array): string {
  if (starts(head, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(head, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return 'audio/wav';
  if (ascii(head, 0, 2) === 'BM' && head.length >= 26) return 'image/bmp';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(head, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(head, 0, 4) === 'fLaC') return 'audio/flac';
  if (ascii(head, 0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0 && ((head[1] ?? 0) & 0x06) !== 0)) return 'audio/mpeg';
  if (starts(head, 0x1a, 0x45, 0xdf, 0xa3)) return ascii(head, 0, 64).includes('webm') ? 'video/webm' : 'video/x-matroska';
  if (ascii(head, 4, 4) === 'ftyp') {
    const brand = ascii(head, 8, 4);
    if (['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].includes(brand)) return 'image/heic';
    if (brand === 'avif') return 'image/avif';
    if (brand === 'qt  ') return 'video/quicktime';
    if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
    return 'video/mp4';
  }
  return '';
}

export type AttachmentKind = 'image' | 'audio' | 'video' | 'pdf' | 'file';

export function kindOf(type: string): AttachmentKind {
  if (type === 'application/pdf') return 'pdf';
  const major = type.split('/')[0];
  return major === 'image' || major === 'audio' || major === 'video' ? major : 'file';
}

const BY_EXTENSION: Record<string, AttachmentKind> = {
  jpg: 'image', jpeg: 'image', png: 'image', gif: 'image', webp: 'image', bmp: 'image', heic: 'image', avif: 'image',
  pdf: 'pdf',
  mp3: 'audio', wav: 'audio', ogg: 'audio', oga: 'audio', m4a: 'audio', flac: 'audio', opus: 'audio',
  mp4: 'video', mov: 'video', webm: 'video', mkv: 'video', m4v: 'video',
};

/**
 * The kind a file claimed (its type, else its name's ending) when its bytes show another:
 * a `.jpg` that is not an image. Null when the claim and the bytes agree, or nothing was claimed.
 */
export function claimedKindThatLies(name: string, claimedType: string, sniffed: string): AttachmentKind | null {
  const claimed = claimedType ? kindOf(claimedType) : BY_EXTENSION[name.split('.').at(-1)?.toLowerCase() ?? ''];
  if (!claimed || claimed === 'file') return null;
  const actual = kindOf(sniffed);
  // Audio in a video container (an .m4a read as mp4, a .webm voice note) is not a lie.
  if ((claimed === 'audio' && actual === 'video') || (claimed === 'video' && actual === 'audio')) return null;
  return claimed === actual ? null : claimed;
}
