import fc from "fast-check";
import { csvTextOf } from "../support/csvPieces";
import Papa from "papaparse";
import { readCsvBytes } from "../../src/xlsx/csvBytes";
import { plainQuotedFields } from "../../src/xlsx/csvPlainQuotes";
import { decodeCsvBytes, readCsvFileBytes, readCsvSheet } from "../../src/xlsx/csvWorkbookSource";

/** The readers' pieces, and more past ASCII, byte-order marks and quoted non-ASCII. */
const csvText = csvTextOf(["Thé", "€", "😀", "\ufeff", '"a""b"', '"é;x"', '"€,😀"', '" "']);
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

  it("gives columns whenever readCsvSheet does, for UTF-8", () => {
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
      fc
        .tuple(csvText, fc.constantFrom("\r\n", "\r"))
        .map(([t, eol]) => utf8(t.replace(/\n/g, eol))),
      csvText.map((t) => Uint8Array.from([0xff, 0xfe, ...utf16le(t)])),
      fc.uint8Array({ maxLength: 200 }),
      fc
        .array(fc.constantFrom(...'ab;,\n"\xe9\xe8\x80\x93'.split("")), { maxLength: 100 })
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

/**
 * A file of `lines` lines past the separator guess's first 64 KB: an id column of mostly
 * distinct texts (one text per cell after PROBE_TEXTS cells), a customer column of repeats
 * (the table grows), an amount, and a label sometimes quoted (separator, doubled quote, line
 * break: a record over two lines), non-ASCII, or equal to an unquoted label.
 */
function largeCsv(seed: number, lines: number, eol = "\n"): string {
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const labels = [
    "Thé vert",
    "Café",
    "PLAIN",
    '"PLAIN"',
    '"a;b"',
    '"say ""hi"""',
    '"two\nlines"',
    "€ 5",
    "😀",
    "",
  ];
  const out = ["id;customer;amount;label"];
  for (let i = 0; i < lines; i++) {
    const id = next(10) === 0 ? String(i - 1) : String(100000 + i);
    out.push(
      [id, `C${next(3000)}`, `${next(500)},${next(100)}`, labels[next(labels.length)]].join(";")
    );
  }
  return out.join(eol) + eol;
}

describe("readCsvBytes: a byte-order mark papaparse drops", () => {
  it("reads a quoted line starting with U+FEFF as papaparse does (the mark dropped), as readCsvSheet", () => {
    for (const text of ['\ufeff\ufeff\ufeff,"x,y"', 'a,b\n\ufeff"q",c\n', 'a,b\n\ufeff,"q"\n']) {
      const bytes = utf8(text);
      expect(readCsvBytes(bytes)).toStrictEqual(expected(bytes));
    }
  });
});

describe("plainQuotedFields (property): papaparse's record of a line of plain quoting", () => {
  const linePiece = fc.constantFrom(
    "a",
    "é",
    ";",
    ",",
    '"',
    '""',
    '"q"',
    '"a""b"',
    '"x;y"',
    " ",
    "😀"
  );
  it("is the one record papaparse reads without an error, where it answers (a line with a quote)", () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.array(linePiece, { maxLength: 12 }),
        fc.constantFrom(";", ","),
        (parts, sep) => {
          const line = parts.join("");
          fc.pre(line.includes('"')); // asked only of a line holding a quote
          const bytes = utf8(line);
          const triples = plainQuotedFields(bytes, 0, bytes.length, sep.charCodeAt(0));
          if (triples === null) return;
          answered++;
          const parsed = Papa.parse<string[]>(line, { delimiter: sep, newline: "\n" });
          expect(parsed.errors).toEqual([]);
          const fields: string[] = [];
          for (let f = 0; f < triples.length; f += 3) {
            const text = new TextDecoder().decode(bytes.subarray(triples[f], triples[f + 1]));
            fields.push(triples[f + 2] === 1 ? text.replace(/""/g, '"') : text);
          }
          expect(parsed.data).toEqual([fields]);
        }
      ),
      { numRuns: 3000 }
    );
    expect(answered).toBeGreaterThan(100);
  });

  it("leaves to papaparse a quote inside a field, after a closing quote, or never closed", () => {
    for (const line of ['a"b;c', '"a"b;c', '"a;b', '"a""', ' "a";b']) {
      expect(plainQuotedFields(utf8(line), 0, utf8(line).length, 59)).toBeNull();
    }
    expect(plainQuotedFields(utf8('"a;""b""";;x'), 0, 12, 59)).toEqual([
      1, 8, 1, 10, 10, 0, 11, 12, 0,
    ]);
  });
});

describe("readCsvBytes on files past the preview and the probe (tens of thousands of lines)", () => {
  it("gives readCsvSheet's columns", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 17_000, max: 30_000 }),
        (seed, lines) => {
          const bytes = utf8(largeCsv(seed, lines));
          const columns = readCsvBytes(bytes);
          expect(columns).not.toBeNull();
          expect(columns).toStrictEqual(expected(bytes));
        }
      ),
      { numRuns: 4 }
    );
  });

  it("reads CRLF and lone CR line ends as readCsvSheet does; falls back to the text for Windows-1252", () => {
    for (const eol of ["\r\n", "\r"]) {
      const bytes = utf8(largeCsv(7, 20_000, eol));
      const columns = readCsvBytes(bytes);
      expect(columns).not.toBeNull();
      expect(columns).toStrictEqual(expected(bytes));
    }
    // Windows-1252 bytes: a character past 0xff as "?", "é" as its one byte (not UTF-8).
    const latin = Uint8Array.from(largeCsv(9, 20_000), (c) =>
      c.charCodeAt(0) > 0xff ? 63 : c.charCodeAt(0)
    );
    expect(readCsvBytes(latin)).toBeNull();
    expect(readCsvFileBytes(latin)).toStrictEqual(expected(latin));
  });
});

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++)
    out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return out;
}
