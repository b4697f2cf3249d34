/**
 * A small hand-made ReportModel exercising every block kind and chart type, shared by the
 * writer tests. Numbers are invented but consistent: the segments' revenues sum to 2,150.
 */
import { layoutRows } from "../../src/report/layout";
import type { ChartBlock, ReportModel, TableBlock, UnplacedBlock } from "../../src/report/model";
import { FORMAT } from "../../src/report/numberFormats";
import { palette, TABLE_STYLE } from "../../src/report/palette";

const print = {
  orientation: "landscape",
  fitToPage: { wide: true, tall: false },
  paper: "A4",
} as const;

export const segmentsTable: Omit<TableBlock, "anchor"> = {
  kind: "table",
  name: "Segments",
  style: TABLE_STYLE,
  columns: [
    {
      id: "segment",
      header: "Segment",
      type: "text",
      format: FORMAT.text,
      width: 18,
      total: { label: "Total" },
    },
    {
      id: "customers",
      header: "Customers",
      type: "integer",
      format: FORMAT.integer,
      total: { fn: "sum" },
    },
    {
      id: "revenue",
      header: "Revenue",
      type: "currency",
      format: '"£"#,##0.00',
      total: { fn: "sum" },
    },
    { id: "share", header: "Revenue share", type: "percent", format: FORMAT.percent },
    { id: "uplift", header: "Uplift", type: "percent", format: FORMAT.percent },
    { id: "margin", header: "Margin (95 %)", type: "percent", format: FORMAT.percent },
    { id: "verdict", header: "Verdict", type: "integer", format: FORMAT.integer },
  ],
  rows: [
    ["Champions", 10, 1000, 1000 / 2150, 0.05, 0.03, 1],
    ["Loyal", 20, 800, 800 / 2150, 0.02, 0.03, 0],
    ['=HYPERLINK("http://evil")', 5, 200, 200 / 2150, -0.03, 0.03, -1],
    ["+Lost", 40, 150, 150 / 2150, 0.0, 0.02, 0],
  ],
  conditionalFormats: [
    { kind: "dataBar", columns: ["revenue"], color: palette.bar },
    { kind: "colorScale", columns: ["share"], colors: palette.heat },
    {
      kind: "iconSet",
      columns: ["verdict"],
      iconSet: "3Arrows",
      thresholds: [0, 1],
      showValue: false,
    },
  ],
};

const monthlyTable: UnplacedBlock = {
  kind: "table",
  name: "Monthly",
  style: TABLE_STYLE,
  columns: [
    { id: "month", header: "Month", type: "date", format: FORMAT.date },
    { id: "revenue", header: "Revenue", type: "currency", format: FORMAT.decimal },
    { id: "orders", header: "Orders", type: "integer", format: FORMAT.integer },
  ],
  rows: [
    [Date.UTC(2024, 0, 1), 500, 10],
    [Date.UTC(2024, 1, 1), 650, 12],
    [Date.UTC(2024, 2, 1), 400, 9],
    [Date.UTC(2024, 3, 1), { formula: "SUM(E4:E6)", value: 1550 }, 31],
  ],
};

const chart = (
  type: "column" | "bar" | "line" | "pie" | "doughnut" | "scatter" | "area",
  title: string,
  table: string,
  categoryColumn: string,
  columns: string[]
): Omit<ChartBlock, "anchor"> => ({
  kind: "chart",
  type,
  title,
  table,
  categoryColumn,
  seriesBy: "columns",
  series: columns.map((column) => ({ column, name: column === "revenue" ? "Revenue" : column })),
  legend: type === "pie" || type === "doughnut" ? "right" : "bottom",
  size: { rows: 14, cols: 6 },
  ...(type === "pie" ? { dataLabels: { showValue: false, showPercent: true } } : {}),
});

/** A fresh copy each call, so a test may change it without affecting the others. */
export function sampleModel(): ReportModel {
  // JSON round trip: the model is plain data (and jsdom has no structuredClone)
  return JSON.parse(JSON.stringify(buildSampleModel())) as ReportModel;
}

function buildSampleModel(): ReportModel {
  const dashboard = layoutRows([
    [{ kind: "title", title: "CRM report", subtitle: ["As of 2024-04-30", "Source: sample.xlsx"] }],
    [
      {
        kind: "kpiTiles",
        tileCols: 2,
        changeLabel: "vs previous period",
        tiles: [
          {
            id: "revenue",
            label: "Revenue",
            value: 2150,
            format: FORMAT.integer,
            formula: "SUM(Segments[Revenue])",
            change: { value: 0.042, basis: "relative", format: FORMAT.signedPercent },
          },
          {
            id: "customers",
            label: "Customers",
            value: 75,
            format: FORMAT.integer,
            change: { value: -0.1, basis: "relative", format: FORMAT.signedPercent },
          },
        ],
      },
    ],
    [
      chart("column", "Revenue by segment", "Segments", "segment", ["revenue"]),
      chart("pie", "Revenue share", "Segments", "segment", ["revenue"]),
      {
        ...chart("bar", "Uplift by segment", "Segments", "segment", []),
        series: [
          {
            column: "uplift",
            name: "Uplift",
            errorBars: { minusColumn: "margin", plusColumn: "margin" },
          },
        ],
        valueAxisFormat: FORMAT.percent,
      },
    ],
    [
      chart("line", "Monthly revenue", "Monthly", "month", ["revenue"]),
      chart("doughnut", "Customers", "Segments", "segment", ["customers"]),
      chart("scatter", "Orders vs revenue", "Monthly", "orders", ["revenue"]),
      chart("area", "Revenue (area)", "Monthly", "month", ["revenue"]),
    ],
  ]);
  const segments = layoutRows([
    [{ kind: "title", title: "Segments", subtitle: [] }],
    [segmentsTable, monthlyTable],
    [{ kind: "note", heading: "Notes", paragraphs: ["One", "Two"], widthCols: 6 }],
  ]);
  return {
    language: "en",
    generatedAt: Date.UTC(2024, 4, 1, 9, 30),
    version: "0.1.0",
    sheets: [
      {
        key: "dashboard",
        name: "Dashboard",
        blocks: dashboard,
        print: { ...print, fitToPage: { wide: true, tall: true }, area: "A1:AA40" },
        tabColor: palette.tab,
      },
      {
        key: "segments",
        name: "Segments & actions",
        blocks: segments,
        freezeRows: 3,
        columnWidths: [18, 12, 14],
        print,
      },
    ],
  };
}
