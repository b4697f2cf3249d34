/**
 * Table columns in one line each, meant to be imported as a namespace:
 *
 *   import * as column from "../columns";
 *   column.integer("rows", header, { total: "sum" })
 *
 * The type picks the default format code (FORMAT), so a sheet builder writes only what is
 * particular to a column instead of the whole { id, header, type, format, total } object. Options
 * left out stay absent from the column (no `width: undefined`), as if it had been written out.
 */
import type { ColumnTotal, ColumnType, TableColumn, TotalsFunction } from "./model";
import { FORMAT } from "./numberFormats";
import type { ReportContext } from "./reportContext";

export interface ColumnOptions {
  /** Another format code than the type's default, e.g. FORMAT.percent2 for small shares. */
  format?: string;
  /** Width in Excel character units. */
  width?: number;
  /** Long text wraps within the width. */
  wrap?: boolean;
  /** The totals row: an aggregate ("sum", or { fn }) or a label (see `totalLabel`). */
  total?: ColumnTotal | TotalsFunction;
}

/** Any column: the type's options on top of an explicit default format. */
export function tableColumn(
  id: string,
  header: string,
  type: ColumnType,
  defaultFormat: string,
  options: ColumnOptions = {}
): TableColumn {
  const column: TableColumn = { id, header, type, format: options.format ?? defaultFormat };
  if (options.width !== undefined) column.width = options.width;
  if (options.wrap !== undefined) column.wrap = options.wrap;
  if (options.total !== undefined) {
    column.total = typeof options.total === "string" ? { fn: options.total } : options.total;
  }
  return column;
}

/** Text ("@"): ids, names, labels, sentences. */
export function text(id: string, header: string, options?: ColumnOptions): TableColumn {
  return tableColumn(id, header, "text", FORMAT.text, options);
}

/** Whole numbers with group separators ("#,##0"): counts, scores, ranks. */
export function integer(id: string, header: string, options?: ColumnOptions): TableColumn {
  return tableColumn(id, header, "integer", FORMAT.integer, options);
}

/** Decimals ("#,##0.00" unless `format` says otherwise): rates per year, points, statistics. */
export function decimal(id: string, header: string, options?: ColumnOptions): TableColumn {
  return tableColumn(id, header, "decimal", FORMAT.decimal, options);
}

/** Fractions shown as percentages ("0.0%" unless `format` says otherwise). */
export function percent(id: string, header: string, options?: ColumnOptions): TableColumn {
  return tableColumn(id, header, "percent", FORMAT.percent, options);
}

/** Amounts in the report's currency format (symbol placed as the language writes it). */
export function currency(
  id: string,
  header: string,
  ctx: Pick<ReportContext, "currencyFormat">,
  options?: ColumnOptions
): TableColumn {
  return tableColumn(id, header, "currency", ctx.currencyFormat, options);
}

/** Dates ("yyyy-mm-dd"); the cells hold Instants. */
export function date(id: string, header: string, options?: ColumnOptions): TableColumn {
  return tableColumn(id, header, "date", FORMAT.date, options);
}

/** The totals-row label of a table's first column: "Total" in the report's language. */
export function totalLabel(ctx: Pick<ReportContext, "t">): ColumnTotal {
  return { label: ctx.t("report:common.total") };
}
