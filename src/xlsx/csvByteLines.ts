/**
 * The lines of a CSV file's bytes as normaliseLineEndings makes them: "\r\n", "\n" and a lone
 * "\r" each end a line. A file without "\r" (most) is searched with indexOf; one with "\r"
 * byte by byte.
 */
export class ByteLines {
  /** Whether the bytes hold a "\r" (past `start`). */
  readonly cr: boolean;
  /** How many "\n" (past `start`). */
  private readonly lineFeeds: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number
  ) {
    const { lineFeeds, cr } = lineFeedsAndCr(bytes, start);
    this.lineFeeds = lineFeeds;
    this.cr = cr;
  }

  /** The position of the line break ending the line at `pos`, or the end of the bytes. */
  endOf(pos: number): number {
    const { bytes } = this;
    if (!this.cr) {
      const at = bytes.indexOf(LF, pos);
      return at < 0 ? bytes.length : at;
    }
    for (let i = pos; i < bytes.length; i++) if (bytes[i] === LF || bytes[i] === CR) return i;
    return bytes.length;
  }

  /** The start of the line after the break at `lineEnd` ("\r\n" is one break). */
  next(lineEnd: number): number {
    return this.bytes[lineEnd] === CR && this.bytes[lineEnd + 1] === LF ? lineEnd + 2 : lineEnd + 1;
  }

  /** The start of the line holding position `at`. */
  startOf(at: number): number {
    const { bytes, start } = this;
    if (!this.cr) return Math.max(bytes.lastIndexOf(LF, at) + 1, start);
    for (let i = at - 1; i >= start; i--) if (bytes[i] === LF || bytes[i] === CR) return i + 1;
    return start;
  }

  /** How many lines: line breaks + 1. */
  count(): number {
    const { bytes, start } = this;
    if (!this.cr) return this.lineFeeds + 1;
    let n = 1;
    for (let i = start; i < bytes.length; i++) {
      if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) n++;
    }
    return n;
  }

  /** How many "\r\n" (two bytes, one character once the line endings are normalised). */
  crlfCount(): number {
    const { bytes, start } = this;
    let n = 0;
    if (this.cr)
      for (let i = start; i < bytes.length - 1; i++)
        if (bytes[i] === CR && bytes[i + 1] === LF) n++;
    return n;
  }
}

export const LF = 10;
export const CR = 13;

/**
 * The "\n" in bytes[start..] and whether there is a "\r", in one pass four bytes at a time (an
 * indexOf per line, then one for "\r" over the whole file, took twice as long).
 */
function lineFeedsAndCr(bytes: Uint8Array, start: number): { lineFeeds: number; cr: boolean } {
  let lineFeeds = 0;
  let cr = 0;
  let i = start;
  const aligned = Math.min(bytes.length, start + ((4 - ((bytes.byteOffset + start) & 3)) & 3));
  for (; i < aligned; i++) {
    if (bytes[i] === LF) lineFeeds++;
    else if (bytes[i] === CR) cr = 1;
  }
  // (Unaligned only when the bytes end before a 4-byte boundary: no word then.)
  const words =
    ((bytes.byteOffset + i) & 3) === 0
      ? new Int32Array(bytes.buffer, bytes.byteOffset + i, (bytes.length - i) >> 2)
      : new Int32Array(0);
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    const lf = zeroBytes(word ^ 0x0a0a0a0a);
    cr |= zeroBytes(word ^ 0x0d0d0d0d);
    // Bit 7 of each byte that is "\n", added up.
    if (lf !== 0) lineFeeds += Math.imul((lf >>> 7) & 0x01010101, 0x01010101) >>> 24;
  }
  for (i += words.length << 2; i < bytes.length; i++) {
    if (bytes[i] === LF) lineFeeds++;
    else if (bytes[i] === CR) cr = 1;
  }
  return { lineFeeds, cr: cr !== 0 };
}

/** Bit 7 set in each byte of `word` that is 0, no other bit (no carry from byte to byte). */
function zeroBytes(word: number): number {
  return ~(((word & 0x7f7f7f7f) + 0x7f7f7f7f) | word | 0x7f7f7f7f);
}
