import { translator } from "../../src/i18n";
import type { ReportModel, ReportSheet, SheetKey } from "../../src/report/model";
import { problemAdvice, problemText } from "../../src/taskpane/flow/problemText";
import { reportFileName } from "../../src/taskpane/flow/reportFileName";
import { selectReportSheets } from "../../src/taskpane/flow/selectReportSheets";
import { wallClockInstant } from "../../src/taskpane/flow/usePaneFlow";

const print = {
  orientation: "landscape",
  paper: "A4",
  fitToPage: { wide: true, tall: false },
} as const;
const at = { row: 0, col: 0 };
const table = (name: string) => ({
  kind: "table" as const,
  anchor: at,
  name,
  columns: [{ id: "v", header: "V", type: "integer" as const, format: "0" }],
  rows: [[1]],
  style: "TableStyleMedium2",
});
const sheet = (key: SheetKey, blocks: ReportSheet["blocks"]): ReportSheet => ({
  key,
  name: key,
  blocks,
  print,
});

// The Dashboard charts the Segments table and sums the RFM table in a tile; LTV stands alone.
const model: ReportModel = {
  language: "en",
  generatedAt: 0,
  version: "test",
  sheets: [
    sheet("dashboard", [
      {
        kind: "kpiTiles",
        anchor: at,
        tileCols: 2,
        changeLabel: "",
        tiles: [{ id: "m", label: "M", value: 1, format: "0", formula: "SUM(RfmCustomers[V])" }],
      },
      {
        kind: "chart",
        type: "bar",
        anchor: { row: 5, col: 0 },
        size: { rows: 10, cols: 6 },
        title: "Segments",
        table: "Segments",
        categoryColumn: "v",
        seriesBy: "columns",
        series: [{ column: "v", name: "V" }],
        legend: "none",
      },
    ]),
    sheet("rfm", [table("RfmCustomers")]),
    sheet("segments", [table("Segments")]),
    sheet("ltv", [table("Ltv")]),
    sheet("method", [table("Method")]),
  ],
};
const keys = (m: ReportModel) => m.sheets.map((s) => s.key);

describe("selectReportSheets", () => {
  it("adds the sheets whose tables the chosen sheets' charts and formulas read", () => {
    expect(keys(selectReportSheets(model, ["dashboard"]))).toEqual([
      "dashboard",
      "rfm",
      "segments",
    ]);
  });

  it("keeps the model's order whatever the order chosen", () => {
    expect(keys(selectReportSheets(model, ["method", "ltv"]))).toEqual(["ltv", "method"]);
  });

  it("leaves the model itself alone", () => {
    selectReportSheets(model, ["ltv"]);
    expect(model.sheets).toHaveLength(5);
  });

  describe("edge cases", () => {
    it("nothing chosen writes nothing; a key the model lacks is ignored", () => {
      expect(keys(selectReportSheets(model, []))).toEqual([]);
      expect(keys(selectReportSheets(model, ["uplift"]))).toEqual([]);
    });
  });
});

describe("reportFileName", () => {
  it("is crm-report- and the local day, zero-padded", () => {
    expect(reportFileName(new Date(2025, 0, 2, 23, 59))).toBe("crm-report-2025-01-02.xlsx");
    expect(reportFileName(new Date(2024, 10, 30, 0, 5))).toBe("crm-report-2024-11-30.xlsx");
  });
});

describe("wallClockInstant", () => {
  it("reads the local clock as UTC (the engine's Instant convention)", () => {
    const local = new Date(2025, 0, 2, 10, 30);
    expect(wallClockInstant(local)).toBe(Date.UTC(2025, 0, 2, 10, 30));
  });
});

describe("problemText", () => {
  it("translates the parameters that are codes, then the message", () => {
    const problem = {
      code: "problems:requiredColumnMissing",
      params: { sheet: "Ventes", row: 3, column: "date", headers: "Client, Montant" },
      translatedParams: { column: "common:field." },
    };
    expect(problemText(problem, translator("en"))).toBe(
      "Sheet Ventes, row 3: required column date not found (headers: Client, Montant)"
    );
    expect(problemText(problem, translator("fr"))).toMatch(/^Feuille Ventes, ligne 3/);
    expect(problemAdvice(problem, translator("en"))).toMatch(/^Choose the column for this field/);
  });

  it("has no advice for a code it does not know", () => {
    expect(problemAdvice({ code: "problems:noInput", params: {} }, translator("en"))).toBeNull();
  });
});
