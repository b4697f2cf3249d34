import type { CurrencyEvidence } from "../currency";
import type { RawSheet, SheetKind } from "../domain";
import { sheetGrid } from "../input/sheetGrid";

/** The fields that hold money, per kind of sheet: where the amounts' currency shows. */
const MONEY_FIELDS: Readonly<Record<SheetKind, readonly string[]>> = {
  transactions: ["amount", "unitPrice"],
  contacts: ["revenue", "cost"],
  customers: [],
};

/** Text cells read per money column for a currency sign: enough to see it, never the whole sheet. */
const TEXT_CELLS_SAMPLED = 200;

/**
 * The currency evidence of one mapped sheet: its money columns' number formats and their first
 * text values below the header ("1 234,56 €"; numbers stored as numbers carry no sign).
 */
export function moneyEvidence(
  raw: RawSheet,
  kind: SheetKind,
  mapping: Record<string, number>,
  headerIndex: number
): Required<Pick<CurrencyEvidence, "formats" | "texts">> {
  const formats: string[] = [];
  const texts: string[] = [];
  const grid = sheetGrid(raw);
  for (const field of MONEY_FIELDS[kind]) {
    const column = mapping[field];
    if (column === undefined) continue;
    const format = raw.columnFormats?.[column];
    if (format) formats.push(format);
    const last = Math.min(grid.rowCount, headerIndex + 1 + TEXT_CELLS_SAMPLED);
    for (let r = headerIndex + 1; r < last; r++) {
      const value = grid.cell(r, column);
      if (typeof value === "string" && value.trim() !== "") texts.push(value);
    }
  }
  return { formats, texts };
}
