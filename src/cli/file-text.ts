import { closeSync, openSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';

/** Bytes per piece (about): a piece's string stays small, in V8's young generation. */
const PIECE = 1 << 16;

/** Bytes read at once: one read per 16 pieces (64 KiB reads cost ~10 ms more per 50 MB in system calls). */
const BLOCK = 1 << 20;

/** The longest partial line kept back for the next piece (longer ones are cut where the piece ends). */
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
 * Where a piece that starts at `from` and may run to `to` (exclusive) ends in `buf`: after its
 * last newline, unless that leaves more than HOLD bytes of a partial line (or there is none):
 * then at `to`, moved back before an incomplete UTF-8 character. `from` when `to` ends inside
 * the first character.
 */
function pieceEnd(buf: Buffer, from: number, to: number): number {
  const nl = from + buf.subarray(from, to).lastIndexOf(10);
  if (nl >= from && to - (nl + 1) <= HOLD) return nl + 1;
  return Math.max(from, to - incompleteTail(buf, to));
}

/**
 * The text of a regular file (or of a byte range of it) as UTF-8, in pieces of about 64 KiB,
 * read synchronously, 1 MiB at a time, into one reused buffer: no stream, no buffer per read, no
 * thread-pool round trip per piece (a 64 KiB read stream spent more time in its reads than the
 * scan did in some files). A piece ends at a line end where one is near: the partial line after
 * it starts the next piece, so that scanStream, which scans whole lines, usually scans each piece
 * as it is instead of joining it to a carried partial line (a copy of the whole round). An
 * all-ASCII piece (most logs) is copied as Latin-1; a multi-byte character split between two
 * reads is decoded whole with the next piece. The file is opened on the first read. A range
 * should start at a character boundary (a line start is one).
 */
export async function* fileText(file: string, range: ByteRange = {}): AsyncIterable<string> {
  const fd = openSync(file, 'r');
  try {
    const end = range.end ?? Infinity;
    let pos = range.start ?? 0;
    const buf = Buffer.allocUnsafe(BLOCK + HOLD);
    let held = 0; // bytes kept at the start of buf: a partial line, or an incomplete character
    for (;;) {
      const want = Math.min(BLOCK, end - pos); // held <= HOLD: there is room for BLOCK bytes
      const n = want > 0 ? readSync(fd, buf, held, want, pos) : 0;
      if (n === 0) break;
      pos += n;
      const len = held + n;
      let at = 0;
      // Whole pieces while more than one is left, then the last one, whose partial line is held.
      for (;;) {
        const cut = pieceEnd(buf, at, len - at > PIECE + HOLD ? at + PIECE : len);
        if (cut === at) break;
        yield isAscii(buf.subarray(at, cut)) ? buf.toString('latin1', at, cut) : buf.toString('utf8', at, cut);
        at = cut;
        if (len - at <= HOLD && buf.subarray(at, len).indexOf(10) < 0) break; // the rest is the partial line
      }
      held = len - at;
      if (held > 0) buf.copyWithin(0, at, len);
    }
    if (held > 0) yield buf.toString('utf8', 0, held);
  } finally {
    closeSync(fd);
  }
}
