/**
 * A ChartBlock as a native Excel chart bound to its table's cells. Charts are added once their
 * data and formulas are in the cells: Excel makes no series of blank cells, and a series left
 * without values cannot be named, coloured or given categories (Excel.ErrorCodes
 * emptyChartSeries). So `charts.add` gets the first series column that holds data, with an
 * explicit direction ("Columns"), and every series then gets its values and categories set
 * explicitly (`setValues`, `setXAxisValues`); a series whose column is blank in every row is
 * left out, and a chart with no such series is not added. Error bars cannot take custom amounts
 * in Office.js, so a series' interval is drawn as two extra series (value - minus, value +
 * plus), whose numbers sit in the cells under the chart.
 */
import type { ChartBlock, ChartType, TableBlock } from "../report/model";
import { cellA1, columnBodyA1, tableColumnIndex } from "../report/ranges";
import type { ChartTypeName, HostChartSeries, HostWorksheet } from "./host";

const CHART_TYPES: Record<ChartType, ChartTypeName> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "LineMarkers",
  pie: "Pie",
  doughnut: "Doughnut",
  scatter: "XYScatter",
  area: "Area",
};

const LEGEND_POSITIONS = { right: "Right", bottom: "Bottom", top: "Top", left: "Left" } as const;

/** Interval band values of a series: rows of [value - minus, value + plus] ("" when unknown). */
export function bandValues(
  table: TableBlock,
  column: string,
  minusColumn: string,
  plusColumn: string
): (number | string)[][] {
  const v = tableColumnIndex(table, column);
  const lo = tableColumnIndex(table, minusColumn);
  const hi = tableColumnIndex(table, plusColumn);
  const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : null);
  return table.rows.map((row) => {
    const value = num(row[v]);
    const minus = num(row[lo]);
    const plus = num(row[hi]);
    return value === null || minus === null || plus === null
      ? ["", ""]
      : [value - minus, value + plus];
  });
}

/** True when some body cell of the column holds a value or a formula (blank: null or ""). */
function hasData(table: TableBlock, column: string): boolean {
  const j = tableColumnIndex(table, column);
  return table.rows.some((row) => row[j] !== null && row[j] !== "" && row[j] !== undefined);
}

/**
 * Queues the chart. `tableSheet` is the sheet the table is written on (maybe another one).
 * Returns the number of commands-worth of bytes queued, for the caller's batching.
 */
export function queueChart(
  sheet: HostWorksheet,
  block: ChartBlock,
  table: TableBlock,
  tableSheet: HostWorksheet
): number {
  // Stacked columns and bars: Excel.ChartType "ColumnStacked" / "BarStacked"
  // (https://learn.microsoft.com/javascript/api/excel/excel.charttype).
  const type: ChartTypeName =
    block.stacked && block.type === "column"
      ? "ColumnStacked"
      : block.stacked && block.type === "bar"
        ? "BarStacked"
        : CHART_TYPES[block.type];
  const columnRange = (id: string) => tableSheet.getRange(columnBodyA1(table, id));
  const categories = columnRange(block.categoryColumn);
  const plotted = block.series.filter((s) => hasData(table, s.column));
  const [first, ...others] = plotted;
  if (!first) return 0;
  const chart = sheet.charts.add(type, columnRange(first.column), "Columns");
  chart.title.text = block.title;
  chart.title.visible = block.title !== "";
  const style = (series: HostChartSeries, color: string | undefined) => {
    if (color === undefined) return;
    if (block.type === "line" || block.type === "scatter") series.format.line.color = `#${color}`;
    else series.format.fill.setSolidColor(`#${color}`);
  };
  const head = chart.series.getItemAt(0);
  head.name = first.name;
  head.setValues(columnRange(first.column));
  head.setXAxisValues(categories);
  style(head, first.color);
  for (const s of others) {
    const series = chart.series.add(s.name);
    series.setValues(columnRange(s.column));
    series.setXAxisValues(categories);
    style(series, s.color);
  }
  if (block.legend === "none") chart.legend.visible = false;
  else {
    chart.legend.visible = true;
    chart.legend.position = LEGEND_POSITIONS[block.legend];
  }
  if (block.dataLabels) {
    chart.dataLabels.showValue = block.dataLabels.showValue;
    chart.dataLabels.showPercentage = block.dataLabels.showPercent;
    if (block.dataLabels.numberFormat)
      chart.dataLabels.numberFormat = block.dataLabels.numberFormat;
  }
  const hasAxes = block.type !== "pie" && block.type !== "doughnut";
  if (hasAxes && block.axisTitles?.category)
    chart.axes.categoryAxis.title.text = block.axisTitles.category;
  if (hasAxes && block.axisTitles?.value) chart.axes.valueAxis.title.text = block.axisTitles.value;
  if (hasAxes && block.valueAxisFormat) chart.axes.valueAxis.numberFormat = block.valueAxisFormat;
  let bytes = 400 + block.title.length;
  if (hasAxes) bytes += queueBands(sheet, block, table, chart.series, categories);
  const end = {
    row: block.anchor.row + block.size.rows - 1,
    col: block.anchor.col + block.size.cols - 1,
  };
  chart.setPosition(cellA1(block.anchor), cellA1(end));
  return bytes;
}

/** Interval bands of the first series with error bars, if its numbers fit under the chart. */
function queueBands(
  sheet: HostWorksheet,
  block: ChartBlock,
  table: TableBlock,
  seriesCollection: { add(name: string): HostChartSeries },
  categories: ReturnType<HostWorksheet["getRange"]>
): number {
  const banded = block.series.find((s) => s.errorBars !== undefined);
  if (!banded?.errorBars) return 0;
  const rows = bandValues(
    table,
    banded.column,
    banded.errorBars.minusColumn,
    banded.errorBars.plusColumn
  );
  if (rows.length === 0 || rows.length > block.size.rows || block.size.cols < 2) return 0;
  // Bands with no number at all would be empty series (EmptyChartSeries): none then.
  if (rows.every((r) => r[0] === "")) return 0;
  const { row, col } = block.anchor;
  sheet.getRangeByIndexes(row, col, rows.length, 2).values = rows;
  const bandType: ChartTypeName = block.type === "bar" ? "BarClustered" : "Line";
  ["−", "+"].forEach((sign, i) => {
    const band = seriesCollection.add(`${banded.name} (${sign})`);
    band.setValues(sheet.getRangeByIndexes(row, col + i, rows.length, 1));
    band.setXAxisValues(categories);
    band.chartType = bandType;
    if (bandType === "Line") band.format.line.lineStyle = "Dash";
  });
  return rows.length * 30;
}
