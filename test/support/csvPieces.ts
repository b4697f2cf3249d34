import fc from "fast-check";

/**
 * Pieces of CSV text for the readers' property tests: fields, separators, quotes paired or not,
 * quoted line breaks, blank lines, every line ending, an error value's text, a non-ASCII letter.
 */
export const CSV_PIECES = [
  "a",
  "b",
  "12,5",
  " ",
  ";",
  ",",
  "\t",
  '"q"',
  '""',
  '"a\nb"',
  '"x;y"',
  '"x,y"',
  '"un""paired',
  '"',
  'Le "Petit" Prince',
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "#N/A",
  "é",
];

/** A CSV text of up to 120 pieces (CSV_PIECES and any `more`). */
export function csvTextOf(more: readonly string[] = []): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...CSV_PIECES, ...more), { maxLength: 120 })
    .map((parts) => parts.join(""));
}
