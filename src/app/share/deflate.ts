/**
 * Raw DEFLATE through the Compression Streams API, so links stay short without a dependency. Current
 * Chromium, Firefox and Safari support the 'deflate-raw' format, and so does Node.js 20, which runs the tests.
 */

/** Compresses bytes with raw DEFLATE. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Decompresses raw DEFLATE, stopping with an error once the output passes `maxBytes`: a link of a
 * few kilobytes could otherwise expand to gigabytes.
 */
export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new RangeError(`expands to more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }

  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return output;
}
