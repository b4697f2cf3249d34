import fc from "fast-check";
import { csvTextOf } from "../support/csvPieces";
import Papa from "papaparse";
import { rowsOfColumns } from "../../src/analytics/input/sheetGrid";
import { readCsvColumns } from "../../src/xlsx/csvColumns";
import { readCsvRecords } from "../../src/xlsx/csvRecords";
import { readCsvSheet, readCsvText } from "../../src/xlsx/csvWorkbookSource";

const csvText = csvTextOf();

describe("readCsvColumns (property): the columns hold readCsvRecords' rows", () => {
  it("on texts of one-line records with and without quotes, and broken ones", () => {
    fc.assert(
      fc.property(
        csvText.map((t) => t.replace(/\r\n?/g, "\n")),
        fc.constantFrom(";", ",", "\t"),
        (text, delimiter) => {
          const columns = readCsvColumns(text, delimiter);
          const records = readCsvRecords(text, delimiter);
          if (columns === null) return; // readCsvRecords reads it (checked below that it is rare)
          expect(records.malformedRows).toEqual([]);
          expect(records.quotesAsTextRows).toEqual([]);
          expect(rowsOfColumns(columns)).toStrictEqual(records.rows);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("reads into columns every text papaparse reads without an error (none goes the slow way)", () => {
    // Texts of fields, separators and closed quoted fields: those papaparse reads cleanly.
    const clean = fc
      .array(fc.constantFrom("a", "1", ";", ",", "\n", '"q"', '"a\nb"', '"x;y"', '""""', "é"), {
        maxLength: 80,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(clean, fc.constantFrom(";", ","), (text, delimiter) => {
        const parsed = Papa.parse(text, { delimiter, newline: "\n" });
        fc.pre(parsed.errors.length === 0);
        const columns = readCsvColumns(text, delimiter);
        expect(columns).not.toBeNull();
        expect(rowsOfColumns(columns!)).toStrictEqual(readCsvRecords(text, delimiter).rows);
      }),
      { numRuns: 2000 }
    );
  });

  it("readCsvSheet gives readCsvText's rows whichever form it takes", () => {
    fc.assert(
      fc.property(fc.option(fc.constant("\ufeff"), { nil: "" }), csvText, (bom, body) => {
        const text = bom + body;
        const read = readCsvSheet(text);
        const expected = readCsvText(text);
        if ("rows" in read) expect(read).toStrictEqual(expected);
        else {
          expect(rowsOfColumns(read)).toStrictEqual(expected.rows);
          expect(expected.malformedRows).toEqual([]);
          expect(expected.quotesAsTextRows).toEqual([]);
        }
      }),
      { numRuns: 3000 }
    );
  });
});
