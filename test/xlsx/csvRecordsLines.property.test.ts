import fc from "fast-check";
import { readCsvRecords } from "../../src/xlsx/csvRecords";
import { readCsvRecordsByLine } from "../support/readCsvRecordsByLine";

/** Pieces of CSV lines: fields, separators, quotes paired or not, quoted line breaks, blank lines. */
const piece = fc.constantFrom(
  "a",
  "12,5",
  " ",
  ";",
  ",",
  '"q"',
  '"a\nb"',
  '"x;y"',
  '"un""paired',
  '"',
  'Le "Petit" Prince',
  "\n",
  "\n\n",
  "#N/A"
);
const csvText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(""));

describe("readCsvRecords (property)", () => {
  it("gives the rows, malformed and quotes-as-text lines of the line-by-line read", () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(";", ","), (text, delimiter) => {
        expect(readCsvRecords(text, delimiter)).toStrictEqual(
          readCsvRecordsByLine(text, delimiter)
        );
      }),
      { numRuns: 3000 }
    );
  });

  it("reads a file of one-line records, blank lines kept inside and dropped at the end", () => {
    expect(readCsvRecords('a;b\n1;"x;y"\n\n2;\n\n', ";")).toEqual({
      rows: [["a", "b"], ["1", "x;y"], [null], ["2", null]],
      malformedRows: [],
      quotesAsTextRows: [],
    });
  });
});
