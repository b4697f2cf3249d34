/**
 * A TableBlock as an Excel Table: header with filter buttons, typed cells with their number
 * formats, an optional totals row with computed results, and the table's conditional formats.
 */
import type ExcelJS from "exceljs";
import type {
  ColumnTotal,
  ConditionalFormat,
  TableBlock,
  TableCell,
  TableColumn,
  TotalsFunction,
} from "../../../src/report/model";
import {
  cellA1,
  columnsBodyA1,
  excelSerialFromInstant,
  hasTotalsRow,
  subtotalFormula,
  tableBodyRowCount,
} from "../../../src/report/ranges";
import { tableHeaderHeight, tableRowHeights } from "../../../src/report/rowHeights";
import { argb, fonts, headerFill } from "./writeReportStyle";

type ExcelValue = ExcelJS.CellValue;

/**
 * The ExcelJS value of a model cell. Strings stay strings (ExcelJS writes them as shared strings,
 * never as formulas, so "=HYPERLINK(...)" from the data is inert text); a FormulaCell becomes a
 * formula with its computed result; numbers in date columns become Excel serial dates.
 */
export function excelCellValue(cell: TableCell, column: Pick<TableColumn, "type">): ExcelValue {
  if (cell === null) return null;
  if (typeof cell === "object") {
    const value =
      typeof cell.value === "number" && column.type === "date"
        ? excelSerialFromInstant(cell.value)
        : cell.value;
    return { formula: cell.formula, result: value ?? undefined } as ExcelJS.CellFormulaValue;
  }
  if (typeof cell === "number" && column.type === "date") return excelSerialFromInstant(cell);
  if (typeof cell === "number" && !Number.isFinite(cell)) return null;
  return cell;
}

const totalsFunctionOf: Record<TotalsFunction, "sum" | "average" | "count" | "min" | "max"> = {
  sum: "sum",
  average: "average",
  count: "count",
  min: "min",
  max: "max",
};

/** What Excel's SUBTOTAL would compute over a column, so the file carries the totals' values. */
export function totalsResult(fn: TotalsFunction, values: TableCell[]): number {
  const numbers = values
    .map((v) => (v !== null && typeof v === "object" ? v.value : v))
    .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  switch (fn) {
    case "sum":
      return numbers.reduce((a, b) => a + b, 0);
    case "average":
      return numbers.length === 0 ? 0 : numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case "count":
      // SUBTOTAL(103) counts non-empty cells
      return values.filter((v) => v !== null && v !== "").length;
    // A loop, not Math.min(...numbers): 100,000 arguments overflow the call stack.
    case "min":
      return numbers.length === 0 ? 0 : numbers.reduce((a, b) => (b < a ? b : a));
    case "max":
      return numbers.length === 0 ? 0 : numbers.reduce((a, b) => (b > a ? b : a));
  }
}

/**
 * A column's totals-row properties for ExcelJS's table part. The totals cell itself (formula and
 * computed value) is written by writeTable, since ExcelJS does not escape the header.
 */
function totalsColumn(
  total: ColumnTotal | undefined,
  index: number
): Partial<ExcelJS.TableColumnProperties> {
  if (total === undefined) return index === 0 ? { totalsRowLabel: "" } : {};
  if ("label" in total) return { totalsRowLabel: total.label };
  if (index === 0) {
    // ExcelJS (like Excel's UI) only puts a label in the first column of a totals row.
    throw new Error("the first column of a table can only carry a totals label");
  }
  return { totalsRowFunction: totalsFunctionOf[total.fn] };
}

/** Writes the table at its anchor and applies its conditional formats. */
export function writeTable(ws: ExcelJS.Worksheet, table: TableBlock): void {
  const withTotals = hasTotalsRow(table);
  const rows =
    table.rows.length > 0 ? table.rows : [Array.from(table.columns, (): TableCell => null)];
  const wraps = table.columns.some((c) => c.wrap);
  const columns = table.columns.map((column, j) => ({
    name: column.header,
    filterButton: true,
    style: {
      numFmt: column.format,
      // When some cells wrap, every cell of the row reads from the top, like a printed table.
      ...(wraps ? { alignment: { wrapText: column.wrap === true, vertical: "top" as const } } : {}),
    },
    ...(withTotals ? totalsColumn(column.total, j) : {}),
  }));
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellA1(table.anchor),
    headerRow: true,
    totalsRow: withTotals,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: columns as ExcelJS.TableColumnProperties[],
    rows: rows.map((row) => table.columns.map((c, j) => excelCellValue(row[j] ?? null, c))),
  });
  for (const [row, height] of tableRowHeights(table)) ws.getRow(row + 1).height = height;
  table.columns.forEach((_, j) => {
    const header = ws.getCell(table.anchor.row + 1, table.anchor.col + j + 1);
    header.font = fonts.header;
    header.fill = headerFill;
    if (table.wrapHeaders) header.alignment = { wrapText: true, vertical: "top" };
  });
  if (table.wrapHeaders) ws.getRow(table.anchor.row + 1).height = tableHeaderHeight(table);
  if (withTotals) {
    const totalsRow = table.anchor.row + 1 + tableBodyRowCount(table) + 1;
    table.columns.forEach((column, j) => {
      const cell = ws.getCell(totalsRow, table.anchor.col + j + 1);
      // ExcelJS only writes the first column's label into the cell; the table part names the
      // label of any column, and the cell must show the same text.
      if (j > 0 && column.total !== undefined && "label" in column.total) {
        cell.value = column.total.label;
      }
      // ExcelJS writes "T[Can't lose]" as is; Excel and LibreOffice need "T[Can''t lose]".
      if (column.total !== undefined && "fn" in column.total) {
        const fn = column.total.fn;
        cell.value = {
          formula: subtotalFormula(table.name, column.header, fn),
          result: totalsResult(
            fn,
            rows.map((r) => r[j] ?? null)
          ),
        };
      }
      cell.font = { ...fonts.header, color: undefined };
    });
  }
  if (tableBodyRowCount(table) > 0) {
    for (const format of table.conditionalFormats ?? []) {
      ws.addConditionalFormatting({
        ref: columnsBodyA1(table, format.columns),
        rules: [conditionalRule(format)],
      });
    }
  }
}

/** The ExcelJS rule of a model conditional format. */
export function conditionalRule(format: ConditionalFormat): ExcelJS.ConditionalFormattingRule {
  switch (format.kind) {
    case "colorScale":
      return {
        type: "colorScale",
        priority: 1,
        cfvo:
          format.colors.length === 3
            ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
            : [{ type: "min" }, { type: "max" }],
        color: format.colors.map((c) => ({ argb: argb(c) })),
      };
    case "dataBar":
      // ExcelJS writes the bar colour although its typings omit it.
      return {
        type: "dataBar",
        priority: 1,
        gradient: false,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: argb(format.color) },
      } as ExcelJS.DataBarRuleType;
    case "iconSet":
      return {
        type: "iconSet",
        priority: 1,
        iconSet: format.iconSet,
        showValue: format.showValue,
        cfvo: [
          { type: "num", value: Number.MIN_SAFE_INTEGER },
          { type: "num", value: format.thresholds[0] },
          { type: "num", value: format.thresholds[1] },
        ],
      };
  }
}
