const QUOTE = 34;

/**
 * The fields of the line bytes[pos..lineEnd) as [start, stop, escaped] triples when its quoting
 * is the plain kind: each field either holds no quote, or is quoted whole (from the separator
 * to the separator or the line's end) with its quotes inside doubled. Papaparse reads such a
 * line as one record, each quoted field its bytes inside the quotes with "" made " (`escaped`
 * when there is one), without an error; any other line is left to it (null), and so is a line
 * starting with a byte-order mark, which papaparse drops from the start of what it reads.
 */
export function plainQuotedFields(
  bytes: Uint8Array,
  pos: number,
  lineEnd: number,
  separator: number
): number[] | null {
  if (bytes[pos] === 0xef && bytes[pos + 1] === 0xbb && bytes[pos + 2] === 0xbf) return null;
  const fields: number[] = [];
  for (let i = pos; ; i++) {
    let j = i;
    if (j < lineEnd && bytes[j] === QUOTE) {
      let escaped = 0;
      for (j++; ; j++) {
        if (j >= lineEnd) return null;
        if (bytes[j] !== QUOTE) continue;
        if (j + 1 < lineEnd && bytes[j + 1] === QUOTE) {
          escaped = 1;
          j++;
        } else break;
      }
      fields.push(i + 1, j, escaped);
      j++;
      if (j < lineEnd && bytes[j] !== separator) return null;
    } else {
      for (; j < lineEnd && bytes[j] !== separator; j++) if (bytes[j] === QUOTE) return null;
      fields.push(i, j, 0);
    }
    if (j >= lineEnd) return fields;
    i = j;
  }
}

/** bytes[start..stop) with each doubled quote made one. */
export function unescaped(bytes: Uint8Array, start: number, stop: number): Uint8Array {
  const out = new Uint8Array(stop - start);
  let n = 0;
  for (let i = start; i < stop; i++) {
    out[n++] = bytes[i];
    if (bytes[i] === QUOTE) i++;
  }
  return out.subarray(0, n);
}
