/**
 * Raw DEFLATE through the platform's CompressionStream (Chrome 80, Firefox 113, Node 18): no
 * library. Used before encrypting data that is read in bulk (the journal's list index), where
 * fewer bytes to read is what makes the list open quickly.
 */
async function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return through(bytes, new CompressionStream('deflate-raw'));
}

export function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  return through(bytes, new DecompressionStream('deflate-raw'));
}
