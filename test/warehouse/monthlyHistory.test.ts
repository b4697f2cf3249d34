/**
 * The warehouse path's month in context: buyers by month from the monthly summary (hand-checked
 * rows), and what the summaries cannot give listed on the Data quality sheet in both languages.
 */
import { dayNumber } from "../../src/analytics/domain";
import type { DataQualityReport } from "../../src/analytics/quality/dataQualityReport";
import type { NoteBlock } from "../../src/report/model";
import { createReportContext } from "../../src/report/reportContext";
import { buildDataQualitySheet } from "../../src/report/sheets/dataQualitySheet";
import { buyersFromMonthly, historyFromMonthly } from "../../src/warehouse/monthlyHistory";
import type { MonthlyColumn, SummaryRow } from "../../src/warehouse/summaryContract";

const month = (
  key: number,
  counts: [number, number],
  revenue: [number, number]
): SummaryRow<MonthlyColumn> => ({
  month: key,
  revenue: revenue[0] + revenue[1],
  orders: counts[0] + counts[1],
  active: counts[0] + counts[1],
  new: counts[0],
  returning: counts[1],
  new_revenue: revenue[0],
  returning_revenue: revenue[1],
});

describe("buyersFromMonthly", () => {
  // As of 10 April 2024 the complete months are January to March; April is in progress.
  const asOf = dayNumber(Date.UTC(2024, 3, 10));
  const rows = [
    month(202312, [5, 0], [500, 0]),
    month(202401, [2, 3], [120.5, 310]),
    month(202403, [1, 4], [40, -12.25]),
    month(202404, [9, 9], [900, 900]),
  ];

  it("takes the last complete months, oldest first, zeros for a month without a row", () => {
    expect(buyersFromMonthly(rows, asOf, 3)).toEqual([
      {
        month: "2024-01",
        newCustomers: 2,
        returningCustomers: 3,
        newRevenue: 120.5,
        returningRevenue: 310,
      },
      {
        month: "2024-02",
        newCustomers: 0,
        returningCustomers: 0,
        newRevenue: 0,
        returningRevenue: 0,
      },
      {
        month: "2024-03",
        newCustomers: 1,
        returningCustomers: 4,
        newRevenue: 40,
        returningRevenue: -12.25,
      },
    ]);
  });

  it("on the 1st, the month just ended is the last one", () => {
    const first = dayNumber(Date.UTC(2024, 4, 1));
    expect(buyersFromMonthly(rows, first, 2).map((b) => [b.month, b.newCustomers])).toEqual([
      ["2024-03", 1],
      ["2024-04", 9],
    ]);
  });

  it("leaves the month-end segments and the cohorts empty (they need the lines)", () => {
    const history = historyFromMonthly(rows, asOf, ["champions", "lost"], 3);
    expect(history.segments).toEqual({ segments: ["champions", "lost"], months: [] });
    expect(history.customers.cohorts).toEqual([]);
    expect(history.customers.buyers).toHaveLength(3);
  });
});

describe("the Data quality sheet names what the summaries cannot give", () => {
  const report: DataQualityReport = {
    rowsRead: 10,
    rowsUsed: 10,
    excluded: [],
    sheets: [],
    warnings: [],
    notComputed: [
      { severity: "warning", code: "warehouse:needsLines.cohorts", sheet: "customers.csv" },
      { severity: "warning", code: "warehouse:needsLines.kpis", sheet: "customers.csv" },
    ],
  };
  const noteOf = (language: "en" | "fr") => {
    const ctx = createReportContext({ language, generatedAt: Date.UTC(2024, 4, 1), version: "1" });
    const notes = buildDataQualitySheet(report, ctx).sheet.blocks.filter(
      (b): b is NoteBlock => b.kind === "note"
    );
    return notes[notes.length - 1];
  };

  it("in English", () => {
    const note = noteOf("en");
    expect(note.heading).toBe("Not computed from the summaries");
    expect(note.paragraphs).toHaveLength(2);
    expect(note.paragraphs[0]).toMatch(/^First-purchase cohorts and retention by month skipped/);
    expect(note.paragraphs[1]).toMatch(/^Period KPIs skipped/);
  });

  it("in French", () => {
    const note = noteOf("fr");
    expect(note.heading).toBe("Non calculé à partir des résumés");
    expect(note.paragraphs[0]).toMatch(/^Cohortes de premier achat/);
  });

  it("and nothing of it when every analysis ran", () => {
    const ctx = createReportContext({ language: "en", generatedAt: 0, version: "1" });
    const sheet = buildDataQualitySheet({ ...report, notComputed: [] }, ctx).sheet;
    const headings = sheet.blocks.map((b) => (b.kind === "note" ? b.heading : undefined));
    expect(headings).not.toContain("Not computed from the summaries");
  });
});
