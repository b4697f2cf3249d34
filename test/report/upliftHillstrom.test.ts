/**
 * The Uplift sheet on the MineThatData e-mail challenge (Hillstrom 2008): the figures a reader
 * finds on the sheet, in the sheet's units (rates as fractions, uplift in points), against the
 * values of issue 5 computed with statsmodels and scipy: Mens E-Mail vs No E-Mail on conversion,
 * rates 0.0125311 vs 0.0057261, uplift 0.680501 points, Newcombe 95 % [0.501434, 0.864072]
 * points, pooled z = 7.38511; arm counts' sample-ratio chi-square 0.202531 (p = 0.903693).
 */
import { analyzeUplift } from "../../src/analytics/uplift/analyzeUplift";
import type { ReportSheet, TableBlock } from "../../src/report/model";
import { createReportContext } from "../../src/report/reportContext";
import { buildUpliftSheet, UPLIFT_TABLES } from "../../src/report/sheets/upliftSheet";
import { loadHillstrom } from "../support/hillstrom";

const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function table(sheet: ReportSheet, name: string): TableBlock {
  const found = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe("the Uplift sheet on Hillstrom", () => {
  let sheet: ReportSheet;
  beforeAll(() => {
    // Hillstrom's design: a third of the customers in each group.
    const analysis = analyzeUplift(loadHillstrom().contacts, null, {
      intendedSplit: { "*": { "Mens E-Mail": 1, "Womens E-Mail": 1, control: 1 } },
    });
    const ctx = createReportContext({ language: "en", generatedAt: 0, version: "1" });
    sheet = buildUpliftSheet({ uplift: analysis }, ctx)!.sheets[0];
  }, 60_000);

  it("shows Mens E-Mail vs control to 6 significant digits, uplift and interval in points", () => {
    const campaigns = table(sheet, UPLIFT_TABLES.campaigns);
    const row = campaigns.rows.find((r) => r[2] === "Mens E-Mail")!;
    const num = (id: string) => {
      const c = row[campaigns.columns.findIndex((col) => col.id === id)];
      return (c !== null && typeof c === "object" ? c.value : c) as number;
    };
    expect(relative(num("rateTreated"), 0.0125311)).toBeLessThan(5e-6);
    expect(relative(num("rateControl"), 0.0057261)).toBeLessThan(5e-6);
    expect(relative(num("uplift"), 0.680501)).toBeLessThan(5e-6);
    expect(relative(num("ciLow"), 0.501434)).toBeLessThan(5e-6);
    expect(relative(num("ciHigh"), 0.864072)).toBeLessThan(5e-6);
    expect(num("verdict")).toBe(1);
    expect(row[campaigns.columns.findIndex((c) => c.id === "test")]).toBe(
      "Pooled two-proportion z-test"
    );
  });

  it("holds no NaN or infinite number in any cell (a blank instead)", () => {
    for (const block of sheet.blocks) {
      if (block.kind !== "table") continue;
      for (const row of block.rows) {
        for (const cell of row) {
          const v = cell !== null && typeof cell === "object" ? cell.value : cell;
          if (typeof v === "number")
            expect([block.name, Number.isFinite(v)]).toEqual([block.name, true]);
        }
      }
    }
  });

  it("shows the arm counts' sample-ratio check: chi-square 0.202531, p 0.903693, as intended", () => {
    const checks = table(sheet, UPLIFT_TABLES.checks);
    const value = (id: string) => checks.rows[0][checks.columns.findIndex((c) => c.id === id)];
    expect(relative(value("srmChi2") as number, 0.202531)).toBeLessThan(5e-6);
    expect(relative(value("srmP") as number, 0.903693)).toBeLessThan(5e-6);
    expect(value("srmResult")).toBe("as intended");
  });
});
