/**
 * A one-sheet ReportModel with an interval chart (an uplift and its 95 % interval a campaign),
 * shared by the two writers' tests. The table's columns uplift, ciLow, ciHigh sit side by side
 * (validateModel requires it of an interval chart) and are plotted high, low, estimate.
 */
import { layoutRows } from "../../src/report/layout";
import type { ReportModel } from "../../src/report/model";
import { FORMAT } from "../../src/report/numberFormats";
import { TABLE_STYLE } from "../../src/report/palette";

/** Campaign, uplift, low, high (points): one interval above zero, one across it, one below. */
export const INTERVAL_ROWS: [string, number, number, number][] = [
  ["Spring", 5.17, 0.33, 9.23],
  ["Autumn", 0.67, -2.79, 3.6],
  ["Winter", -1.5, -3.25, -0.2],
];

export function intervalModel(): ReportModel {
  const blocks = layoutRows([
    [
      {
        kind: "table",
        name: "UpliftCi",
        style: TABLE_STYLE,
        columns: [
          { id: "campaign", header: "Campaign", type: "text", format: FORMAT.text },
          { id: "uplift", header: "Uplift (points)", type: "decimal", format: FORMAT.decimal },
          { id: "ciLow", header: "95% low", type: "decimal", format: FORMAT.decimal },
          { id: "ciHigh", header: "95% high", type: "decimal", format: FORMAT.decimal },
        ],
        rows: INTERVAL_ROWS,
      },
    ],
    [
      {
        kind: "chart",
        type: "interval",
        title: "Uplift and its 95% interval",
        table: "UpliftCi",
        categoryColumn: "campaign",
        seriesBy: "columns",
        series: [
          { column: "ciHigh", name: "95% high" },
          { column: "ciLow", name: "95% low" },
          { column: "uplift", name: "Uplift (points)" },
        ],
        legend: "none",
        size: { rows: 12, cols: 6 },
      },
    ],
  ]);
  return {
    language: "en",
    generatedAt: Date.UTC(2024, 4, 1, 9, 30),
    version: "0.1.0",
    sheets: [
      {
        key: "uplift",
        name: "Uplift",
        blocks,
        print: { orientation: "landscape", fitToPage: { wide: true, tall: false }, paper: "A4" },
      },
    ],
  };
}
