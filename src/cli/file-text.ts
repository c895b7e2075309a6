import { closeSync, openSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';

/** Bytes read at once: the decoded piece stays a small string in V8's young generation. */
const PIECE = 1 << 16;

/**
 * The text of a regular file as UTF-8, in pieces of up to 64 KiB, read synchronously into
 * one reused buffer: no stream, no buffer per read, no thread-pool round trip per piece (a
 * 64 KiB read stream spent more time in its reads than the scan did in some files). An
 * all-ASCII piece (most logs) is copied as Latin-1; a multi-byte character split between
 * two reads is decoded whole with the next piece. The file is opened on the first read.
 */
export async function* fileText(file: string): AsyncIterable<string> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(PIECE + 4);
    let held = 0; // bytes of an incomplete character kept at the start of buf
    for (;;) {
      const n = readSync(fd, buf, held, PIECE, null);
      if (n === 0) break;
      let len = held + n;
      held = 0;
      if (isAscii(buf.subarray(0, len))) {
        yield buf.toString('latin1', 0, len);
        continue;
      }
      // Keep back an incomplete trailing UTF-8 sequence (a lead byte without all its continuation bytes).
      let i = len - 1;
      while (i > 0 && i > len - 4 && (buf[i]! & 0xc0) === 0x80) i--;
      const lead = buf[i]!;
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (need > len - i) {
        held = len - i;
        len = i;
      }
      const text = buf.toString('utf8', 0, len);
      if (held > 0) buf.copyWithin(0, len, len + held);
      yield text;
    }
    if (held > 0) yield buf.toString('utf8', 0, held);
  } finally {
    closeSync(fd);
  }
}
