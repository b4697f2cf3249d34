/**
 * Small pieces the LTV and Uplift sheets share: row formulas written against column ids and resolved to A1 cells once the layout has placed the table,
 * segment names from the RFM map, and messages (i18n key + params) worded with readable numbers.
 */
import type { RfmResult } from "../../../analytics/rfm";
import type { FormulaCell, ReportBlock, TableBlock, TableCell } from "../../model";
import { cellA1, columnBodyA1, tableColumnIndex } from "../../ranges";
import type { ReportContext } from "../../reportContext";
import { rowScanner } from "../../lazyRows";

/** A block before layout. */
export type { Unplaced } from "../../model";

/**
 * A formula over cells of its own table row, written with column ids in braces:
 * `rowFormula("{conversions}/{customers}", 0.25)`. `resolveRowFormulas` turns the ids into the
 * A1 cells of the row once the layout has placed the table, so a controller clicking the cell
 * sees "=D5/C5". `value` is the result the file carries for readers that do not recalculate.
 */
export function rowFormula(template: string, value: number | string | null): FormulaCell {
  return { formula: template, value };
}

const COLUMN_REF = /\{([A-Za-z][A-Za-z0-9_]*)(:all)?\}/g;

/**
 * The formula of one table row with its `{columnId}` references as relative A1 cells of the row
 * and `{columnId:all}` as the absolute range of the column's data body (a share of a total).
 */
export function resolveRowFormula(table: TableBlock, rowIndex: number, template: string): string {
  const row = table.anchor.row + 1 + rowIndex;
  return template.replace(COLUMN_REF, (_, id: string, all: string | undefined) =>
    all !== undefined
      ? columnBodyA1(table, id, true)
      : cellA1({ row, col: table.anchor.col + tableColumnIndex(table, id) })
  );
}

/**
 * Every placed table's row formulas with `{columnId}` references resolved to A1 cells of the
 * same row. Other blocks pass through; tables without formulas are returned as they are.
 */
export function resolveRowFormulas(blocks: ReportBlock[]): ReportBlock[] {
  return blocks.map((block) => {
    if (block.kind !== "table") return block;
    // Rows are copied only where a template is found: a 100,000-row table without formulas
    // costs one scan, no allocation.
    let rows: TableCell[][] | undefined;
    // a lazy body (lazyRows.ts) is scanned through its maker, not its Proxy
    const rowAt = rowScanner(block.rows);
    const count = block.rows.length;
    for (let i = 0; i < count; i++) {
      const row = rowAt(i);
      let copy: TableCell[] | undefined;
      row.forEach((cell, j) => {
        if (cell === null || typeof cell !== "object" || !cell.formula.includes("{")) return;
        copy ??= row.slice();
        copy[j] = { ...cell, formula: resolveRowFormula(block, i, cell.formula) };
      });
      if (copy) (rows ??= block.rows.slice())[i] = copy;
    }
    return rows ? { ...block, rows } : block;
  });
}

/**
 * The display name of a segment id from the RFM map in force (t(def.nameKey, def.params)); the
 * id itself when the map does not know it (e.g. a segment column of the user's own data).
 */
export function segmentNamer(
  rfm: RfmResult | null | undefined,
  ctx: ReportContext
): (id: string) => string {
  const names = new Map<string, string>();
  for (const def of rfm?.map.segments ?? []) names.set(def.id, ctx.t(def.nameKey, def.params));
  return (id) => names.get(id) ?? id;
}

/** Order of segment ids in the RFM map (best first); unknown ids after, in their given order. */
export function segmentOrder(rfm: RfmResult | null | undefined): (id: string | null) => number {
  const order = new Map<string, number>();
  (rfm?.map.segments ?? []).forEach((def, i) => order.set(def.id, i));
  return (id) => (id === null ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? order.size));
}

/** A number as a reader expects it in a sentence: grouped integers, 3 significant digits else. */
export function readableNumber(value: number, ctx: ReportContext): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString(ctx.language);
  return value.toLocaleString(ctx.language, { maximumSignificantDigits: 3 });
}

/** A p-value with four decimals, as the sheets' p-value columns show it: 0.0000, 0.0312. */
export function pValueText(p: number, ctx: ReportContext): string {
  return p.toLocaleString(ctx.language, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
}

/** A number with at most two decimals: a correlation, a standardised difference. */
export function twoDecimals(value: number, ctx: ReportContext): string {
  return value.toLocaleString(ctx.language, { maximumFractionDigits: 2 });
}

/**
 * A message (i18n key + params) as a sentence; numeric params written with `readableNumber`
 * (a `pValue` with `pValueText`),
 * `wordParams` may turn a code param into words first (a covariate, a dimension).
 */
export function messageText(
  message: { code: string; params?: Record<string, string | number> },
  ctx: ReportContext,
  wordParams: (name: string, value: string | number) => string | number = (_, v) => v
): string {
  const params: Record<string, string> = {};
  for (const [name, raw] of Object.entries(message.params ?? {})) {
    const value = wordParams(name, raw);
    params[name] =
      typeof value !== "number"
        ? value
        : name === "pValue"
          ? pValueText(value, ctx)
          : readableNumber(value, ctx);
  }
  return ctx.t(message.code, { ...params, defaultValue: message.code });
}
