import fc from "fast-check";
import type { DataQualityReport } from "../../src/analytics/quality/dataQualityReport";
import { buildReport } from "../../src/report/buildReport";
import type { ChartBlock, ReportSheet, TableBlock } from "../../src/report/model";
import { columnBodyA1, tableRangeA1 } from "../../src/report/ranges";
import { createReportContext } from "../../src/report/reportContext";
import {
  buildDataQualitySheet,
  DATA_QUALITY_TABLES,
  exclusionsByReason,
} from "../../src/report/sheets/dataQualitySheet";

const generatedAt = Date.UTC(2024, 4, 1, 9, 30);
const ctxEn = createReportContext({ language: "en", generatedAt, version: "1.2.3" });
const ctxFr = createReportContext({ language: "fr", generatedAt, version: "1.2.3" });

/**
 * A hand-made report that keeps the invariant rowsRead = rowsUsed + excluded:
 * Transactions 100 read = 88 used + 6 (no customer id) + 4 (returns) + 2 (unreadable quantity);
 * Contacts 20 read = 19 used + 1 (unknown customer). Overall 120 = 107 + 13.
 */
function sampleReport(): DataQualityReport {
  return {
    rowsRead: 120,
    rowsUsed: 107,
    sheets: [
      { sheet: "Transactions", kind: "transactions", rowsRead: 100, rowsUsed: 88, rowsFlagged: 3 },
      { sheet: "Contacts", kind: "contacts", rowsRead: 20, rowsUsed: 19, rowsFlagged: 0 },
    ],
    excluded: [
      { sheet: "Transactions", reason: "missingCustomerId", count: 6, rows: [2, 3, 5, 8, 13, 21] },
      { sheet: "Transactions", reason: "returnOrCancellation", count: 4, rows: [30, 31, 32, 40] },
      {
        sheet: "Transactions",
        reason: "unreadableRow",
        count: 2,
        rows: [50, 51],
        detail: "badQuantity",
      },
      { sheet: "Contacts", reason: "unknownCustomer", count: 1, rows: [7] },
    ],
    flagged: [{ sheet: "Transactions", reason: "returnNetted", count: 3, rows: [60, 61, 62] }],
    warnings: [
      {
        severity: "warning",
        code: "quality:warning.sheetNotRecognised",
        sheet: "Notes",
      },
    ],
  };
}

function table(sheet: ReportSheet, name: string): TableBlock {
  const found = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe("buildDataQualitySheet", () => {
  const { sheet, method } = buildDataQualitySheet(sampleReport(), ctxEn);

  it("names the sheet in the report's language", () => {
    expect(sheet.name).toBe("Data quality");
    expect(buildDataQualitySheet(sampleReport(), ctxFr).sheet.name).toBe("Qualité des données");
  });

  it("says how many rows were used, read and excluded", () => {
    const title = sheet.blocks[0];
    expect(title.kind === "title" && title.subtitle[0]).toBe(
      "107 of 120 rows used in the analyses; 13 excluded, listed below with their row numbers."
    );
  });

  it("lists each source sheet with rows read, used, excluded (read - used) and flagged", () => {
    const sources = table(sheet, DATA_QUALITY_TABLES.sources);
    expect(sources.rows).toEqual([
      ["Transactions", "Transactions", 100, 88, 12, 3],
      ["Contacts", "Contacts", 20, 19, 1, 0],
    ]);
    expect(sources.columns.map((c) => c.total)).toEqual([
      { label: "Total" },
      undefined,
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
    ]);
  });

  it("totals exclusions by reason across sheets, most rows first", () => {
    expect(table(sheet, DATA_QUALITY_TABLES.byReason).rows).toEqual([
      ["No customer id", 6],
      ["Return or cancellation", 4],
      ["Unreadable row", 2],
      ["Unknown customer", 1],
    ]);
  });

  it("lists every exclusion with its share of the sheet, row numbers and explanation", () => {
    const rows = table(sheet, DATA_QUALITY_TABLES.exclusions).rows;
    // 6 of 100 transactions rows = 6 %; 1 of 20 contacts rows = 5 %
    expect(rows[0]).toEqual([
      "Transactions",
      "No customer id",
      6,
      0.06,
      "2, 3, 5, 8, 13, 21",
      "The row has no customer id, so it cannot be attributed to anyone.",
    ]);
    expect(rows[2].slice(0, 2)).toEqual([
      "Transactions",
      "Unreadable row (Quantity missing or not readable)",
    ]);
    expect(rows[3].slice(0, 4)).toEqual(["Contacts", "Unknown customer", 1, 0.05]);
  });

  it("says how many more rows a rule excluded than it lists", () => {
    const report = sampleReport();
    report.excluded = [{ sheet: "Transactions", reason: "duplicateRow", count: 25, rows: [4, 9] }];
    const rows = table(
      buildDataQualitySheet(report, ctxEn).sheet,
      DATA_QUALITY_TABLES.exclusions
    ).rows;
    // 25 excluded, 2 listed: 23 more
    expect(rows[0][4]).toBe("4, 9 … and 23 more");
    const fr = table(buildDataQualitySheet(report, ctxFr).sheet, DATA_QUALITY_TABLES.exclusions);
    expect(fr.rows[0][4]).toBe("4, 9 … et 23 de plus");
  });

  it("lists flagged rows in their own table", () => {
    expect(table(sheet, DATA_QUALITY_TABLES.flags).rows[0].slice(0, 3)).toEqual([
      "Transactions",
      "Return netted against purchases",
      3,
    ]);
  });

  it("charts the exclusions by reason from the by-reason table", () => {
    const chart = sheet.blocks.find((b): b is ChartBlock => b.kind === "chart")!;
    const byReason = table(sheet, DATA_QUALITY_TABLES.byReason);
    expect(chart).toMatchObject({
      type: "bar",
      table: DATA_QUALITY_TABLES.byReason,
      categoryColumn: "reason",
      series: [{ column: "rows", name: "Rows" }],
    });
    // the chart sits to the right of its table, on the same rows
    expect(chart.anchor.row).toBe(byReason.anchor.row);
    expect(chart.anchor.col).toBe(byReason.anchor.col + byReason.columns.length + 1);
    // Excel rows: title 1-2, gap 3, heading 4, sources table 5-8 (header, 2 sheets, totals),
    // gap 9, heading 10, by-reason header 11, 4 reasons on 12-15, totals 16.
    expect(columnBodyA1(byReason, "reason")).toBe("A12:A15");
    expect(tableRangeA1(byReason)).toBe("A11:B16");
  });

  it("writes the warnings as sentences", () => {
    const note = sheet.blocks.filter((b) => b.kind === "note").pop();
    expect(note?.kind === "note" && note.paragraphs).toEqual([
      "Sheet Notes was not recognised as customers, transactions or contacts and was not used.",
    ]);
  });

  it("words the date-order warning's codes (order, basis) in the report's language", () => {
    const report = sampleReport();
    report.warnings = [
      {
        severity: "warning",
        code: "dateOrder",
        sheet: "Transactions",
        column: "Date",
        params: { order: "dmy", basis: "data" },
      },
    ];
    const note = buildDataQualitySheet(report, ctxEn)
      .sheet.blocks.filter((b) => b.kind === "note")
      .pop();
    const text = note?.kind === "note" ? note.paragraphs[0] : "";
    // common:dateOrder.dmy and problems:dateOrderBasis.data fill the sentence
    expect(text).toBe(
      "Sheet Transactions, column Date: dates read as dd/mm/yyyy (decided by the data)"
    );
  });

  it("contributes the row-count definitions to the Method sheet", () => {
    expect(method.definitions.map((d) => d.term)).toEqual([
      "Rows read",
      "Rows used",
      "Rows excluded",
      "Rows flagged",
    ]);
  });

  it("keeps totals consistent with the report for any report (property)", () => {
    const summary = fc.record({
      sheet: fc.constantFrom("Transactions", "Contacts"),
      reason: fc.constantFrom("missingCustomerId", "duplicateRow", "unknownCustomer", "mystery"),
      count: fc.integer({ min: 1, max: 1000 }),
      rows: fc.array(fc.integer({ min: 2, max: 10_000 }), { maxLength: 20 }),
    });
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 12 }), (excluded) => {
        const excludedOf = (s: string) =>
          excluded.filter((e) => e.sheet === s).reduce((n, e) => n + e.count, 0);
        const report: DataQualityReport = {
          rowsRead: 5000 + excludedOf("Transactions") + excludedOf("Contacts"),
          rowsUsed: 5000,
          excluded,
          sheets: [
            {
              sheet: "Transactions",
              kind: "transactions",
              rowsRead: 3000 + excludedOf("Transactions"),
              rowsUsed: 3000,
            },
            {
              sheet: "Contacts",
              kind: "contacts",
              rowsRead: 2000 + excludedOf("Contacts"),
              rowsUsed: 2000,
            },
          ],
          warnings: [],
        };
        const byReason = exclusionsByReason(report, ctxEn);
        const total = byReason.reduce((n, r) => n + r.rows, 0);
        const sources = table(
          buildDataQualitySheet(report, ctxEn).sheet,
          DATA_QUALITY_TABLES.sources
        );
        const excludedColumn = sources.rows.reduce((n, r) => n + (r[4] as number), 0);
        return total === report.rowsRead - report.rowsUsed && excludedColumn === total;
      })
    );
  });

  describe("edge cases", () => {
    it("says nothing was excluded, and draws no chart, when nothing was", () => {
      const report: DataQualityReport = {
        rowsRead: 10,
        rowsUsed: 10,
        excluded: [],
        sheets: [{ sheet: "T", kind: "transactions", rowsRead: 10, rowsUsed: 10 }],
        warnings: [],
      };
      const { sheet: s } = buildDataQualitySheet(report, ctxEn);
      expect(s.blocks.some((b) => b.kind === "chart")).toBe(false);
      expect(
        s.blocks.some((b) => b.kind === "note" && b.paragraphs.includes("No row was excluded."))
      ).toBe(true);
    });

    it("keeps an unknown reason code readable rather than failing", () => {
      const report = sampleReport();
      report.excluded = [{ sheet: "Transactions", reason: "brandNewRule", count: 1, rows: [9] }];
      const rows = table(
        buildDataQualitySheet(report, ctxEn).sheet,
        DATA_QUALITY_TABLES.exclusions
      ).rows;
      expect(rows[0][1]).toBe("brandNewRule");
    });
  });
});

describe("buildReport", () => {
  it("puts the Data quality sheet before the Method sheet", () => {
    const model = buildReport(
      { dataQuality: sampleReport() },
      { language: "en", generatedAt, version: "1.2.3" }
    );
    expect(model.sheets.map((s) => s.key)).toEqual(["dataQuality", "method"]);
    expect(model).toMatchObject({ language: "en", generatedAt, version: "1.2.3" });
  });

  it("records generation time, version, language and sources on the Method sheet", () => {
    const model = buildReport(
      { dataQuality: sampleReport(), currency: { code: "CHF", source: "setting" } },
      { language: "fr", generatedAt, version: "1.2.3" }
    );
    const method = model.sheets[1];
    expect(method.name).toBe("Méthode");
    expect(table(method, "MethodParameters").rows).toEqual([
      ["Généré le", "2024-05-01 09:30 UTC"],
      ["Version", "1.2.3"],
      ["Langue", "Français"],
      ["Devise", "CHF (CHF), d'après le paramètre Devise"],
    ]);
    expect(table(method, "MethodSources").rows).toEqual([
      ["Transactions", "Transactions", 100, 88],
      ["Contacts", "Contacts", 20, 19],
    ]);
    expect(table(method, "MethodDefinitions").rows.map((r) => r[0])).toContain("Lignes lues");
    // Labels of up to 54 characters in 30-wide columns (French: "Fenêtre de conversion (jours,
    // jour du contact inclus)") wrap, rather than being cut by the text beside them in print.
    for (const name of ["MethodParameters", "MethodDefinitions"]) {
      const labels = table(method, name).columns[0];
      expect([labels.width, labels.wrap]).toEqual([30, true]);
    }
  });

  it("gives every table a unique Excel-valid name and every sheet a unique name", () => {
    const model = buildReport(
      { dataQuality: sampleReport() },
      { language: "fr", generatedAt, version: "1" }
    );
    const names = model.sheets.flatMap((s) =>
      s.blocks.filter((b): b is TableBlock => b.kind === "table").map((b) => b.name)
    );
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
    expect(new Set(model.sheets.map((s) => s.name)).size).toBe(model.sheets.length);
  });

  describe("edge cases", () => {
    it("writes only the Method sheet when no analysis ran", () => {
      const model = buildReport({}, { language: "en", generatedAt, version: "1" });
      expect(model.sheets.map((s) => s.name)).toEqual(["Method"]);
      expect(
        model.sheets[0].blocks.some((b) => b.kind === "table" && b.name === "MethodSources")
      ).toBe(false);
    });
  });
});
