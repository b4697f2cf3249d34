import fc from "fast-check";
import Papa from "papaparse";
import { guessDelimiter, previewRows } from "../../src/xlsx/csvWorkbookSource";

/** Papaparse's preview over the whole text, as guessDelimiter read it before previewRows. */
function wholePreview(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter, preview: 50, skipEmptyLines: "greedy" }).data;
}

/** Random CSV-like texts: fields with separators, quotes (paired or not), blank lines, "\n" only. */
const piece = fc.constantFrom(
  "a",
  "12,5",
  "x;y",
  '"q"',
  '"a\nb"',
  '"un""paired',
  '"',
  " ",
  "\t",
  "|",
  ",",
  ";",
  "\n",
  "\n\n",
  "2010-12-01 08:26"
);
const csvText = fc.array(piece, { maxLength: 400 }).map((parts) => parts.join(""));

describe("previewRows", () => {
  it("gives papaparse's preview of the whole text, whatever prefix it starts from", () => {
    fc.assert(
      fc.property(
        csvText,
        fc.constantFrom(";", ",", "\t", "|"),
        fc.integer({ min: 1, max: 64 }),
        (text, delimiter, firstChars) => {
          expect(previewRows(text, delimiter, firstChars)).toEqual(wholePreview(text, delimiter));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("reads the first 50 records of a long file from a prefix", () => {
    const lines = ["id;label;amount"];
    for (let i = 0; i < 200; i++) lines.push(`K${i};"line\n${i}";${i},50`);
    const text = `${lines.join("\n")}\n`;
    const rows = previewRows(text, ";", 16);
    expect(rows).toHaveLength(50);
    expect(rows[49]).toEqual(["K48", "line\n48", "48,50"]);
    expect(rows).toEqual(wholePreview(text, ";"));
  });

  it("parses a text with carriage returns whole, as papaparse guesses its line ending", () => {
    const text = "a,b\r\n1,2\r\n3,4\r\n";
    expect(previewRows(text, ",", 4)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });
});

describe("guessDelimiter", () => {
  it("picks the separator splitting the lines alike, from the file's first lines", () => {
    const rows = ["Client;Montant;Date"];
    for (let i = 0; i < 100_000; i++) rows.push(`K${i};12,${i % 100};01/12/2010`);
    expect(guessDelimiter(`${rows.join("\n")}\n`)).toBe(";");
    expect(guessDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(guessDelimiter("a\tb\n1\t2\n")).toBe("\t");
  });
});
