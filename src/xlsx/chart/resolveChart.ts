/**
 * A ChartBlock bound to its table: the sheet references of each series and the values they hold
 * today (written as caches so a reader that does not recalculate still draws the chart).
 */
import type { ChartBlock, ReportModel, TableBlock, TableCell } from "../../report/model";
import { seriesColor } from "../../report/palette";
import {
  columnBodyBounds,
  excelSerialFromInstant,
  findTable,
  sheetCellRef,
  sheetRangeRef,
  tableColumnIndex,
} from "../../report/ranges";

export interface DataRef<T> {
  /** Absolute reference, e.g. "'Segments'!$C$4:$C$9". */
  ref: string;
  values: T[];
  formatCode: string;
}

export interface ResolvedSeries {
  name: string;
  /** Reference to the header cell when the series is named after its column. */
  nameRef?: string;
  color: string;
  values: DataRef<number | null>;
  /** Distances above and below each value, from the series' error-bar columns. */
  errorPlus?: DataRef<number | null>;
  errorMinus?: DataRef<number | null>;
}

export interface ResolvedChart {
  chart: ChartBlock;
  /** Text categories (strRef) or numbers (numRef: dates, x values of a scatter chart). */
  categories: DataRef<string> | DataRef<number | null>;
  categoriesAreNumbers: boolean;
  series: ResolvedSeries[];
}

/** The number a cell shows, or null (text, blank). Dates become Excel serials. */
function numberOf(cell: TableCell, isDate: boolean): number | null {
  const v = cell !== null && typeof cell === "object" ? cell.value : cell;
  if (typeof v !== "number" || !Number.isFinite(v)) return null;
  return isDate ? excelSerialFromInstant(v) : v;
}

function textOf(cell: TableCell): string {
  const v = cell !== null && typeof cell === "object" ? cell.value : cell;
  return v === null ? "" : String(v);
}

function columnCells(table: TableBlock, columnId: string): TableCell[] {
  const j = tableColumnIndex(table, columnId);
  return table.rows.length > 0 ? table.rows.map((row) => row[j] ?? null) : [null];
}

/** Binds a chart to its table; throws when the table or a column does not exist (a model bug). */
export function resolveChart(chart: ChartBlock, model: Pick<ReportModel, "sheets">): ResolvedChart {
  const found = findTable(model, chart.table);
  if (found === undefined)
    throw new Error(`chart "${chart.title}" plots unknown table ${chart.table}`);
  const { sheet, table } = found;
  const refOf = (columnId: string): string => {
    const { from, to } = columnBodyBounds(table, columnId);
    return sheetRangeRef(sheet.name, from, to);
  };
  const columnOf = (columnId: string) => table.columns[tableColumnIndex(table, columnId)];

  const categoryColumn = columnOf(chart.categoryColumn);
  const categoryCells = columnCells(table, chart.categoryColumn);
  const categoriesAreNumbers =
    chart.type === "scatter" ||
    categoryColumn.type === "date" ||
    (categoryColumn.type !== "text" && categoryCells.every((c) => numberOf(c, false) !== null));
  const categories = categoriesAreNumbers
    ? {
        ref: refOf(chart.categoryColumn),
        values: categoryCells.map((c) => numberOf(c, categoryColumn.type === "date")),
        formatCode: categoryColumn.format,
      }
    : { ref: refOf(chart.categoryColumn), values: categoryCells.map(textOf), formatCode: "@" };

  const series = chart.series.map((s, i): ResolvedSeries => {
    const column = columnOf(s.column);
    const values = columnCells(table, s.column).map((c) => numberOf(c, column.type === "date"));
    const resolved: ResolvedSeries = {
      name: s.name,
      color: s.color ?? seriesColor(i),
      values: { ref: refOf(s.column), values, formatCode: column.format },
    };
    if (s.name === column.header) {
      resolved.nameRef = sheetCellRef(sheet.name, {
        row: table.anchor.row,
        col: table.anchor.col + tableColumnIndex(table, s.column),
      });
    }
    if (s.errorBars !== undefined) {
      const distances = (columnId: string): DataRef<number | null> => ({
        ref: refOf(columnId),
        values: columnCells(table, columnId).map((c) => numberOf(c, false)),
        formatCode: columnOf(columnId).format,
      });
      resolved.errorPlus = distances(s.errorBars.plusColumn);
      resolved.errorMinus = distances(s.errorBars.minusColumn);
    }
    return resolved;
  });
  return { chart, categories, categoriesAreNumbers, series };
}
