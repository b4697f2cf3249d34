import type { CellValue, SheetColumns } from "../../src/analytics/domain";
import { rowsOfColumns } from "../../src/analytics/input/sheetGrid";
import { readCsvColumns } from "../../src/xlsx/csvColumns";
import { readCsvRecords } from "../../src/xlsx/csvRecords";
import { CsvWorkbookSource, readCsvSheet } from "../../src/xlsx/csvWorkbookSource";

/** The rows of a text read into columns (readCsvColumns must read it). */
function rowsOf(text: string, delimiter: string): CellValue[][] {
  const columns = readCsvColumns(text, delimiter);
  if (columns === null) throw new Error("not read into columns");
  return rowsOfColumns(columns);
}

describe("readCsvColumns: hand-checked cases", () => {
  it("splits unquoted lines at the separator, an empty field being an empty cell", () => {
    expect(rowsOf("a;b;c\n1;;3\n;x;", ";")).toEqual([
      ["a", "b", "c"],
      ["1", null, "3"],
      [null, "x", null],
    ]);
  });

  it("holds each repeated text of a column once, id 0 for an empty cell", () => {
    const columns = readCsvColumns("k,v\nA,1\nB,1\nA,\nA,1", ",")!;
    expect(Array.from(columns.columns[0].ids)).toEqual([1, 2, 3, 2, 2]);
    expect(columns.columns[0].texts).toEqual([null, "k", "A", "B"]);
    expect(Array.from(columns.columns[1].ids)).toEqual([1, 2, 2, 0, 2]);
    expect(Array.from(columns.widths)).toEqual([2, 2, 2, 2, 2]);
  });

  it("reads quoted fields with papaparse: separators, doubled quotes, a quoted empty field", () => {
    expect(rowsOf('id;name\n1;"x;y"\n2;"Thé ""bio"""\n3;""', ";")).toEqual([
      ["id", "name"],
      ["1", "x;y"],
      ["2", 'Thé "bio"'],
      ["3", null],
    ]);
  });

  it("keeps a quoted line break in one field and leaves the lines it spans empty", () => {
    const rows = rowsOf('id,note\n1,"two\nlines"\n2,"three\nlong\nlines"\n3,z\n', ",");
    expect(rows).toEqual([
      ["id", "note"],
      ["1", "two\nlines"],
      [],
      ["2", "three\nlong\nlines"],
      [],
      [],
      ["3", "z"],
    ]);
  });

  it("keeps blank lines inside, drops blank lines at the end (also separators alone)", () => {
    expect(rowsOf("a,b\n\n1,2\n,\n\n", ",")).toEqual([["a", "b"], [null], ["1", "2"]]);
    expect(rowsOf("", ",")).toEqual([]);
    expect(rowsOf("\n\n", ",")).toEqual([]);
  });

  it("keeps ragged rows at their width", () => {
    const columns = readCsvColumns("a,b\n1\n1,2,3,4\n", ",")!;
    expect(Array.from(columns.widths)).toEqual([2, 1, 4]);
    expect(rowsOfColumns(columns)).toEqual([["a", "b"], ["1"], ["1", "2", "3", "4"]]);
  });

  it("reads a quote inside an unquoted field as a character, as papaparse does", () => {
    expect(rowsOf('id;t\n1;Le "Petit" Prince', ";")).toEqual([
      ["id", "t"],
      ["1", 'Le "Petit" Prince'],
    ]);
  });

  it("leaves broken quoting and very wide lines to readCsvRecords (null)", () => {
    expect(readCsvColumns('id;t\n1;"abc\n2;x', ";")).toBeNull();
    expect(readCsvColumns('id;t\n1;"a"b;c', ";")).toBeNull();
    // 1,002 lines of 501 columns would be 500,000 cells for a text of 6,000 characters.
    const wide = `a,b\n${"x,".repeat(500)}x${"\n1,2".repeat(1000)}`;
    expect(readCsvColumns(wide, ",")).toBeNull();
    // 3 lines of 501 columns: 1,503 cells for 1,013 characters, within the budget.
    expect(readCsvColumns(`a,b\n${"x,".repeat(500)}x\n1,2`, ",")).not.toBeNull();
  });
});

describe("readCsvColumns on many texts", () => {
  it("reads a column of repeats and one of distinct texts past the table's growth and give-up", () => {
    // 40,000 lines: customers among 3,000 (kept once each), line ids all distinct (past 16,384
    // cells the column stops looking them up), amounts among 997.
    const lines = ["customer;line;amount"];
    for (let i = 0; i < 40_000; i++) lines.push(`K${(i * 7919) % 3000};L${i};${i % 997},5`);
    const text = lines.join("\n");
    const columns = readCsvColumns(text, ";")!;
    expect(rowsOfColumns(columns)).toEqual(readCsvRecords(text, ";").rows);
    expect(columns.columns[0].texts).toHaveLength(1 + 1 + 3000);
    expect(columns.columns[1].texts).toHaveLength(1 + 1 + 40_000);
    expect(columns.columns[2].texts).toHaveLength(1 + 1 + 997);
  });
});

describe("readCsvSheet", () => {
  it("drops a BOM, makes CRLF and CR line ends, guesses the separator", () => {
    const read = readCsvSheet('\ufeffN°;Montant\r\nK1;"12,50"\rK2;3\r\n') as SheetColumns;
    expect(rowsOfColumns(read)).toEqual([
      ["N°", "Montant"],
      ["K1", "12,50"],
      ["K2", "3"],
    ]);
  });

  it("gives readCsvRecords' rows, malformed and quotes-as-text lines for broken quoting", () => {
    expect(readCsvSheet('id;name\n1;"Le Petit" Prince\n2;x\n')).toEqual({
      rows: [
        ["id", "name"],
        ["1", '"Le Petit" Prince'],
        ["2", "x"],
      ],
      malformedRows: [],
      quotesAsTextRows: [1],
    });
  });
});

describe("CsvWorkbookSource over columns", () => {
  it("hands over a columnar sheet whose rows are built only when read", async () => {
    const source = new CsvWorkbookSource([{ fileName: "t.csv", data: "a,b\n1,2\n3\n" }]);
    expect(await source.listSheets()).toEqual([
      { name: "t", tables: [], rowCount: 3, columnCount: 2 },
    ]);
    const sheet = await source.readSheet("t");
    expect(sheet.columns?.rowCount).toBe(3);
    expect(Object.getOwnPropertyDescriptor(sheet, "rows")?.get).toBeDefined();
    expect(sheet.rows).toEqual([["a", "b"], ["1", "2"], ["3"]]);
    // Built once, then kept as a plain value.
    expect(Object.getOwnPropertyDescriptor(sheet, "rows")?.value).toBe(sheet.rows);
    // A copy is the rows alone, as a row-major host's sheet.
    expect({ ...sheet }).toEqual({ name: "t", firstRow: 1, rows: sheet.rows });
    expect({ ...sheet }.columns).toBeUndefined();
  });
});
