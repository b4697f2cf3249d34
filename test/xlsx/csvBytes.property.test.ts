import fc from "fast-check";
import { readCsvBytes } from "../../src/xlsx/csvBytes";
import {
  decodeCsvBytes,
  readCsvFileBytes,
  readCsvSheet,
} from "../../src/xlsx/csvWorkbookSource";

/** Pieces of CSV text: fields, separators, quotes paired or not, quoted line breaks, non-ASCII. */
const piece = fc.constantFrom(
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
  "#N/A",
  "é",
  "Thé",
  "€",
  "😀",
  "\ufeff"
);
const csvText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(""));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** readCsvSheet of the decoded bytes: what readCsvBytes must give when it gives columns. */
const expected = (bytes: Uint8Array) => readCsvSheet(decodeCsvBytes(bytes));

describe("readCsvBytes (property): readCsvSheet's columns, read from the bytes", () => {
  it("on UTF-8 texts of fields, quotes paired or not, multi-byte characters, BOMs", () => {
    fc.assert(
      fc.property(fc.constantFrom("", "\ufeff", "\ufeff\ufeff"), csvText, (bom, body) => {
        const bytes = utf8(bom + body);
        const columns = readCsvBytes(bytes);
        const read = expected(bytes);
        if (columns === null) return; // read as text (broken quoting): checked below to be rare
        expect("rows" in read).toBe(false);
        expect(columns).toStrictEqual(read);
      }),
      { numRuns: 3000 }
    );
  });

  it("gives columns whenever readCsvSheet does, for UTF-8 without a carriage return", () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const bytes = utf8(text);
        fc.pre(!("rows" in expected(bytes)));
        expect(readCsvBytes(bytes)).not.toBeNull();
      }),
      { numRuns: 2000 }
    );
  });

  it("readCsvFileBytes is readCsvSheet(decodeCsvBytes) on any bytes (CR, UTF-16, Windows-1252)", () => {
    const bytes = fc.oneof(
      csvText.map(utf8),
      fc.tuple(csvText, fc.constantFrom("\r\n", "\r")).map(([t, eol]) => utf8(t.replace(/\n/g, eol))),
      csvText.map((t) => Uint8Array.from([0xff, 0xfe, ...utf16le(t)])),
      fc.uint8Array({ maxLength: 200 }),
      fc
        .array(fc.constantFrom(..."ab;,\n\"\xe9\xe8\x80\x93".split("")), { maxLength: 100 })
        .map((chars) => Uint8Array.from(chars, (c) => c.charCodeAt(0)))
    );
    fc.assert(
      fc.property(bytes, (data) => {
        expect(readCsvFileBytes(data)).toStrictEqual(expected(data));
      }),
      { numRuns: 3000 }
    );
  });
});

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return out;
}
