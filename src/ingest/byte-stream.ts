/** Helpers for reading inputs as streams of bytes, so that a large archive is never held whole. */

export type ByteStream = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Pass a stream through, telling `onBytes` how many bytes went by so far (progress over the file). */
export async function* counted(source: ByteStream, onBytes: (read: number) => void): AsyncGenerator<Uint8Array> {
  let read = 0;
  for await (const chunk of source) {
    read += chunk.length;
    onBytes(read);
    yield chunk;
  }
}

/** Read a whole (small) stream, refusing it past `maxBytes`. Returns null when over. */
export async function readUpTo(source: ByteStream, maxBytes: number): Promise<Buffer | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** One line of a text stream: its 1-based number, and its bytes, or null when it was over the limit. */
export interface Line {
  number: number;
  bytes: Buffer | null;
}

/**
 * Split a stream into lines (LF or CRLF). A line over `maxBytes` is given as null rather than
 * gathered, so one runaway line cannot fill memory.
 */
export async function* lines(source: ByteStream, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    let bytes: Buffer | null = over ? null : Buffer.concat(parts);
    if (bytes && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    over = false;
    return { number, bytes };
  };
  for await (const input of source) {
    let chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a)) {
      take(chunk.subarray(0, newline));
      yield finish();
      chunk = chunk.subarray(newline + 1);
    }
    take(chunk);
  }
  if (size > 0 || over) yield finish();

  function take(piece: Buffer): void {
    if (piece.length === 0 || over) return;
    size += piece.length;
    if (size > maxBytes) {
      over = true;
      parts = [];
    } else parts.push(piece);
  }
}
