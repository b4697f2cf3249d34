/**
 * readCsvBytes sizes its columns from an estimate of the file's lines (its first megabyte's
 * share) and grows them past it: on files larger than the sample, whose first lines are longer
 * or shorter than the rest, its columns are still readCsvSheet's (the text reader, which counts
 * every line: the same texts in every cell); and its budget refuses exactly the files readCsvColumns' refuses, on both sides
 * of the limit, whether the estimate overshoots (the lines are then counted) or falls short.
 */
import { readCsvBytes } from "../../src/xlsx/csvBytes";
import type { SheetColumns } from "../../src/analytics/domain";
import type { CsvRows } from "../../src/xlsx/csvRecords";
import { decodeCsvBytes, readCsvSheet } from "../../src/xlsx/csvWorkbookSource";

const utf8 = (text: string) => new TextEncoder().encode(text);
const textRead = (bytes: Uint8Array) => readCsvSheet(decodeCsvBytes(bytes));

/** Where two readings differ first (null: nowhere), said briefly: a diff of them takes minutes. */
function firstDifference(a: SheetColumns | null, b: SheetColumns | CsvRows): string | null {
  if (a === null || "rows" in b) return a === null && "rows" in b ? null : "columns, or rows";
  if (a.rowCount !== b.rowCount) return `rowCount ${a.rowCount} ${b.rowCount}`;
  const index = a.widths.findIndex((w, r) => w !== b.widths[r]);
  if (index >= 0 || a.widths.length !== b.widths.length) return `width of row ${index}`;
  if (a.columns.length !== b.columns.length) return "column count";
  for (const [c, column] of a.columns.entries()) {
    const other = b.columns[c];
    const row = column.ids.findIndex((id, r) => column.texts[id] !== other.texts[other.ids[r]]);
    if (row >= 0 || column.ids.length !== other.ids.length) return `column ${c}, row ${row}`;
  }
  return null;
}

describe("readCsvBytes past its estimate of the lines", () => {
  it("reads a large file whose first lines are longer, or shorter, than the rest", () => {
    const line = (i: number, long: boolean) =>
      `C${i % 997};2024-01-${String((i % 28) + 1).padStart(2, "0")};${long ? "x".repeat(60) + i : i % 13}`;
    for (const longFirst of [true, false]) {
      for (const eol of ["\n", "\r\n"]) {
        const rows = ["customer;date;note"];
        for (let i = 0; i < 40_000; i++) rows.push(line(i, i < 15_000 === longFirst));
        const bytes = utf8(rows.join(eol) + eol);
        expect(bytes.length).toBeGreaterThan(1 << 20);
        const columns = readCsvBytes(bytes);
        expect(columns?.rowCount).toBe(40_001);
        expect(firstDifference(columns, textRead(bytes))).toBeNull();
      }
    }
  });

  it("sizes its columns by the lines, not by a sample unlike the rest of the file", () => {
    // Blank lines, then long ones: the start of the file promises ten times its lines.
    for (const blankFirst of [true, false]) {
      const blank = "\n".repeat(600_000);
      const long = ("x".repeat(80) + ";y\n").repeat(30_000);
      const bytes = utf8("a;b\n" + (blankFirst ? blank + long : long + blank) + "1;2\n");
      const columns = readCsvBytes(bytes);
      expect(firstDifference(columns, textRead(bytes))).toBeNull();
      const cells = columns!.columns[0].ids.buffer.byteLength / 4;
      expect(cells).toBeLessThanOrEqual(1.1 * columns!.rowCount + 1024);
    }
  });

  it("keeps readCsvColumns' budget, whether the estimate overshoots or falls short", () => {
    // Short lines then long ones (the estimate from the first bytes overshoots), and the
    // reverse; then a line of w + 1 fields, w around the most columns the budget allows.
    for (const shortFirst of [true, false]) {
      const short = "a;b\n".repeat(300_000);
      const long = ("x".repeat(40) + ";y\n").repeat(20_000);
      const body = shortFirst ? short + long : long + short;
      const lines = 320_002;
      const most = Math.floor((2 * (body.length + lines)) / lines);
      const read: boolean[] = [];
      for (let w = most - 2; w <= most + 1; w++) {
        const bytes = utf8(body + ";".repeat(w) + "z\n");
        const columns = readCsvBytes(bytes);
        expect(firstDifference(columns, textRead(bytes))).toBeNull();
        read.push(columns !== null);
      }
      // both sides of the budget were tried
      expect(read).toContain(true);
      expect(read).toContain(false);
    }
  });
});
