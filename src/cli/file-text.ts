import { closeSync, openSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';

/** Bytes read at once: the decoded piece stays a small string in V8's young generation. */
const PIECE = 1 << 16;

/** The longest partial line kept back for the next piece (longer ones are cut where the read ends). */
const HOLD = PIECE >> 1;

/** A byte range of a file (default: all of it). */
export interface ByteRange {
  /** First byte (default 0). */
  start?: number;
  /** Byte after the last one (default: the end of the file). */
  end?: number;
}

/**
 * The length of an incomplete UTF-8 sequence at the end of `buf[0, len)` (a lead byte without all
 * its continuation bytes), or 0.
 */
function incompleteTail(buf: Buffer, len: number): number {
  let i = len - 1;
  while (i > 0 && i > len - 4 && (buf[i]! & 0xc0) === 0x80) i--;
  const lead = buf[i]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > len - i ? len - i : 0;
}

/**
 * The text of a regular file (or of a byte range of it) as UTF-8, in pieces of about 64 KiB,
 * read synchronously into one reused buffer: no stream, no buffer per read, no thread-pool round
 * trip per piece (a 64 KiB read stream spent more time in its reads than the scan did in some
 * files). A piece ends at a line end where one is near: the partial line after it is kept back
 * and starts the next piece, so that scanStream, which scans whole lines, usually scans each
 * piece as it is instead of joining it to a carried partial line (a copy of the whole round).
 * An all-ASCII piece (most logs) is copied as Latin-1; a multi-byte character split between two
 * reads is decoded whole with the next piece. The file is opened on the first read. A range
 * should start at a character boundary (a line start is one).
 */
export async function* fileText(file: string, range: ByteRange = {}): AsyncIterable<string> {
  const fd = openSync(file, 'r');
  try {
    const end = range.end ?? Infinity;
    let pos = range.start ?? 0;
    const buf = Buffer.allocUnsafe(PIECE + HOLD);
    let held = 0; // bytes kept at the start of buf: a partial line, or an incomplete character
    for (;;) {
      const want = Math.min(PIECE, end - pos); // held <= HOLD: there is room for PIECE bytes
      const n = want > 0 ? readSync(fd, buf, held, want, pos) : 0;
      if (n === 0) break;
      pos += n;
      const len = held + n;
      let cut = buf.lastIndexOf(10, len - 1) + 1;
      if (cut === 0 || len - cut > HOLD) cut = len - incompleteTail(buf, len);
      if (cut === 0) {
        held = len; // only part of one character so far
        continue;
      }
      const text = isAscii(buf.subarray(0, cut)) ? buf.toString('latin1', 0, cut) : buf.toString('utf8', 0, cut);
      held = len - cut;
      if (held > 0) buf.copyWithin(0, cut, len);
      yield text;
    }
    if (held > 0) yield buf.toString('utf8', 0, held);
  } finally {
    closeSync(fd);
  }
}
