import fc from "fast-check";
import type { RawSheet, WorkbookInfo } from "../../../src/analytics/domain";
import type { SheetListing, WorkbookSource } from "../../../src/analytics/input";
import { loadAndClean } from "../../../src/analytics/pipeline";
import {
  CsvWorkbookSource,
  decodeCsvBytes,
  readCsvText,
  rowsSheet,
} from "../../../src/xlsx/csvWorkbookSource";
import { messyCsvArb } from "../../support/messyInputFiles";

/**
 * The input layer reads a CSV file's columns (RawSheet.columns) where other hosts hand over
 * rows: over the same cells, both must give the same clean data, problem for problem and row
 * number for row number.
 */

/** A host handing over the rows of CSV texts (readCsvText), as the CSV host did before columns. */
class CsvRowsSource implements WorkbookSource {
  constructor(private readonly sheets: RawSheet[]) {}

  async info(): Promise<WorkbookInfo> {
    return { date1904: false };
  }

  async listSheets(): Promise<SheetListing[]> {
    return this.sheets.map((s) => ({
      name: s.name,
      tables: [],
      rowCount: s.rows.length,
      columnCount: s.rows.reduce((w, r) => Math.max(w, r.length), 0),
    }));
  }

  async readSheet(name: string): Promise<RawSheet> {
    return this.sheets.find((s) => s.name === name)!;
  }
}

const rowSheet = (name: string, text: string): RawSheet => rowsSheet(name, readCsvText(text));

const options = { clock: () => Date.UTC(2026, 0, 1) };

async function bothWays(files: { fileName: string; text: string }[]) {
  const columnar = new CsvWorkbookSource(
    files.map((f) => ({ fileName: f.fileName, data: f.text }))
  );
  const sheets: RawSheet[] = [];
  for (const listed of await columnar.listSheets())
    sheets.push(await columnar.readSheet(listed.name));
  const names = sheets.map((s) => s.name);
  const rows = new CsvRowsSource(files.map((f, i) => rowSheet(names[i], f.text)));
  return {
    columns: await loadAndClean(
      new CsvWorkbookSource(files.map((f) => ({ fileName: f.fileName, data: f.text }))),
      options
    ),
    rows: await loadAndClean(rows, options),
  };
}

describe("loadAndClean over a CSV file's columns (property)", () => {
  it("gives the clean data of the same file's rows, on messy files", async () => {
    await fc.assert(
      fc.asyncProperty(messyCsvArb, async (file) => {
        const text = decodeCsvBytes(file.bytes);
        const { columns, rows } = await bothWays([{ fileName: file.fileName, text }]);
        expect(JSON.stringify(columns)).toBe(JSON.stringify(rows));
      }),
      { seed: 20261207, numRuns: 300 }
    );
  });

  it("reads a customers file beside the transactions file alike, attributes included", async () => {
    const cell = fc.constantFrom("", " ", "K1", "K2", "17850.0", "#N/A", "Lyon", "Paris", "x");
    const dateCell = fc.constantFrom("", "2024-01-05", "05/01/2024", "13/01/2024", "abc", "#N/A");
    const line = fc
      .tuple(cell, dateCell, cell, cell, fc.constantFrom(";", ";;", ""))
      .map((cells) => cells.slice(0, 4).join(";") + cells[4]);
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        const customers = ["Code client;Date d'inscription;Ville;Segment", ...lines].join("\n");
        const transactions = "Client;Date;Montant\nK1;2024-02-01;12,50\nK2;2024-02-03;3\n";
        const { columns, rows } = await bothWays([
          { fileName: "ventes.csv", text: transactions },
          { fileName: "clients.csv", text: customers },
        ]);
        expect(JSON.stringify(columns)).toBe(JSON.stringify(rows));
      }),
      { seed: 20261207, numRuns: 300 }
    );
  });

  it("never builds a CSV sheet's rows on the way (the engine reads its columns)", async () => {
    const source = new CsvWorkbookSource([
      { fileName: "t.csv", data: "Client,Date,Montant\nK1,2024-01-02,3\n\nK2,2024-01-03,x\n" },
    ]);
    const read: RawSheet[] = [];
    const readSheet = source.readSheet.bind(source);
    source.readSheet = async (name, progress) => {
      const sheet = await readSheet(name, progress);
      read.push(sheet);
      return sheet;
    };
    const result = await loadAndClean(source, options);
    expect(result.ok && result.data.transactions.map((t) => t.customerId)).toEqual(["K1"]);
    expect(result.ok && result.data.dataQuality.rowsRead).toBe(2);
    expect(read).toHaveLength(1);
    expect(read[0].columns).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(read[0], "rows")?.get).toBeDefined();
  });
});
