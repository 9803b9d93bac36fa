/** A PNG's width and height, from its IHDR chunk (bytes 16–23). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(1, 4).equals(Buffer.from('PNG'))) throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
