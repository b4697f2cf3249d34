/**
 * A sheet of a workbook (or any rows of cells) as CSV text for loading into a database table:
 * dates as "YYYY-MM-DD HH:MM:SS" (UTC wall clock, the engine's reading of them), numbers in
 * their shortest round-trip text, everything else as written; quoting by Papa.unparse.
 */
import Papa from "papaparse";
import type { CellValue } from "../../src/analytics/domain";

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace("T", " ");
  if (typeof value === "object") return ""; // an error cell: blank, as the engine reads it
  return String(value);
}

export function rowsAsCsv(rows: readonly (readonly (CellValue | undefined)[])[]): string {
  return (
    Papa.unparse(
      rows.map((row) => row.map(cellText)),
      { newline: "\n" }
    ) + "\n"
  );
}
