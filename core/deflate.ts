/**
 * Raw DEFLATE through the platform's CompressionStream (Chrome 80, Firefox 113, Node 18): no
 * library. Used before encrypting data that is read in bulk (the journal's list index), where
 * fewer bytes to read is what makes the list open quickly.
 *
 * The bytes are written straight into the stream and read straight out of it: going through a
 * Blob and a Response, as the usual recipe does, cost Chromium about 3 ms per call (the Blob is
 * read back through the browser process), ten times the work itself (`npm run bench`).
 */
async function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Not awaited before reading: the stream applies backpressure until its output is read. A
  // failure (damaged input) also rejects the read below, which is the error the caller gets.
  writer.write(bytes as BufferSource).then(() => writer.close()).catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    length += read.value.byteLength;
    if (length > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError(`More than ${limit} bytes`);
    }
  }
  if (chunks.length === 1) return chunks[0]!;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.byteLength;
  }
  return joined;
}

export function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return through(bytes, new CompressionStream('deflate-raw'));
}

/** `limit`: the most bytes it may inflate to (a file's contents: no "deflate bomb" fills memory); more throws a RangeError. */
export function inflate(bytes: Uint8Array, limit?: number): Promise<Uint8Array> {
  return through(bytes, new DecompressionStream('deflate-raw'), limit);
}
