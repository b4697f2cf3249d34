/**
 * The lines of a CSV file's bytes as normaliseLineEndings makes them: "\r\n", "\n" and a lone
 * "\r" each end a line. A file without "\r" (most) is searched with indexOf, as fast as a scan
 * gets in plain JavaScript; one with "\r" byte by byte.
 */
export class ByteLines {
  /** Whether the bytes hold a "\r" (past `start`). */
  readonly cr: boolean;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number
  ) {
    this.cr = bytes.indexOf(CR, start) >= 0;
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
    let n = 1;
    if (!this.cr) {
      for (let i = bytes.indexOf(LF, start); i >= 0; i = bytes.indexOf(LF, i + 1)) n++;
      return n;
    }
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
