/**
 * The LTV sheet from real LTV results: a hand-made three-line case (the models cannot be fitted,
 * the sheet must still be complete and say so) and CDNOW with its 39 + 39 week holdout (every
 * model fitted, the holdout check and the CLV distribution drawn).
 */
import fc from "fast-check";
import { dayNumber, type Transaction } from "../../src/analytics/domain";
import { analyzeLtv, type LtvResult } from "../../src/analytics/ltv";
import { analyzeRfm } from "../../src/analytics/rfm";
import type { ReportInput } from "../../src/report/buildReport";
import type { ChartBlock, NoteBlock, ReportSheet, TableBlock } from "../../src/report/model";
import { blockEnd, cellA1, columnBodyA1 } from "../../src/report/ranges";
import { createReportContext } from "../../src/report/reportContext";
import { clvBins, niceStep } from "../../src/report/sheets/ltv/clvBins";
import { buildLtvSheet, isoDate, LTV_TABLES } from "../../src/report/sheets/ltvSheet";
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END, readCdnowTransactions } from "../support/cdnow";

// The data\'s currency (never the language\'s): dollars here, euros in French.
const ctxEn = createReportContext(
  { language: "en", generatedAt: 0, version: "1" },
  { code: "USD", source: "setting" }
);
const ctxFr = createReportContext(
  { language: "fr", generatedAt: 0, version: "1" },
  { code: "EUR", source: "setting" }
);

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
function tx(customerId: string, iso: string, amount: number, invoiceId: string): Transaction {
  return {
    customerId,
    date: day(iso),
    amount,
    isReturn: amount < 0,
    invoiceId,
    source: { sheet: "T", row: 2 },
  };
}

function table(sheet: ReportSheet, name: string): TableBlock {
  const found = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}
const notes = (sheet: ReportSheet) => sheet.blocks.filter((b): b is NoteBlock => b.kind === "note");
const charts = (sheet: ReportSheet) =>
  sheet.blocks.filter((b): b is ChartBlock => b.kind === "chart");
const columnOf = (t: TableBlock, id: string) =>
  t.rows.map((r) => r[t.columns.findIndex((c) => c.id === id)]);

/**
 * a: orders of 100 (2024-01-01) and 50 (2024-07-01); b: one order of 40 (2024-10-01).
 * As of 2024-12-31: a's tenure is 366 days (2024 is a leap year), b's 92 days.
 */
const tiny = [
  tx("a", "2024-01-01", 100, "I1"),
  tx("a", "2024-07-01", 50, "I2"),
  tx("b", "2024-10-01", 40, "I3"),
];
const tinyAsOf = day("2024-12-31");
const tinyRfm = analyzeRfm(tiny, { asOf: day("2025-01-01") });
const tinyLtv = analyzeLtv(tiny, {
  calibrationEnd: tinyAsOf,
  timeUnit: "week",
  margin: 0.5,
  expectedLifetimeYears: 2,
  segmentOf: new Map([
    ["a", "champions"],
    ["b", "lost"],
  ]),
});

describe("buildLtvSheet on a hand-made case the models cannot fit", () => {
  const { sheets, method } = buildLtvSheet({ ltv: tinyLtv, rfm: tinyRfm }, ctxEn)!;
  const sheet = sheets[0];

  it("names the sheet and states the parameters, the margin and the customers in the title", () => {
    expect(sheet.name).toBe("LTV");
    const title = sheet.blocks[0];
    expect(title.kind === "title" && title.subtitle).toEqual([
      "Calibration end 2024-12-31 · time unit: weeks · horizon 12 months · discount 1% a month",
      "Gross margin 50%: the values are gross profit.",
      "Customers: 2 (1 with repeat purchases).",
    ]);
  });

  it("says the purchase model could not be used and why", () => {
    const [status, warnings] = notes(sheet);
    expect(status.paragraphs[0]).toMatch(/^The purchase model \(BG\/NBD\) could not be used/);
    expect(warnings.heading).toBe("Warnings");
    expect(warnings.paragraphs).toEqual([
      "Too few repeat customers to fit the BG/NBD model: 1 bought more than once, 20 are needed. Historical LTV is still shown.",
    ]);
  });

  it("writes the simple formula with its inputs as cells and the LTV as a formula over them", () => {
    const simple = table(sheet, LTV_TABLES.simpleFormula);
    // Rows: title 1-4, gap 5, status 6-7, gap 8, warnings 9-10, gap 11, formulas heading 12,
    // simple heading 13, header 14, All customers on 15, Champions 16, Lost 17.
    expect(cellA1(simple.anchor)).toBe("A14");
    expect(simple.rows.map((r) => r[0])).toEqual(["All customers", "Champions", "Lost"]);
    // All customers: revenue 190 over 3 orders: AOV 63.33; tenures 366 + 92 = 458 days, so
    // 3 / (458 / 365.25) = 2.3925 purchases a year; LTV = 0.5 x 63.33 x 2.3925 x 2 = 151.52
    const [, margin, aov, perYear, lifetime, ltv] = simple.rows[0];
    expect([margin, lifetime]).toEqual([0.5, 2]);
    expect(aov).toBeCloseTo(190 / 3, 10);
    expect(perYear).toBeCloseTo((3 * 365.25) / 458, 10);
    expect(ltv).toEqual({ formula: "B15*C15*D15*E15", value: expect.any(Number) });
    expect((ltv as { value: number }).value).toBeCloseTo(
      0.5 * (190 / 3) * ((3 * 365.25) / 458) * 2,
      9
    );
    // Champions = a alone: AOV 75, 2 / (366 / 365.25) a year
    expect(simple.rows[1][5]).toEqual({
      formula: "B16*C16*D16*E16",
      value: expect.closeTo(0.5 * 75 * ((2 * 365.25) / 366) * 2, 9),
    });
    expect(simple.columns.map((c) => c.format)).toEqual([
      "@",
      "0%",
      '"$"#,##0.00;-"$"#,##0.00',
      "#,##0.00",
      "#,##0.00",
      '"$"#,##0.00;-"$"#,##0.00',
    ]);
  });

  it("says the lifetime was given, and leaves out the retention formula without a retention rate", () => {
    expect(
      notes(sheet).some(
        (n) =>
          n.paragraphs[0] === "The expected lifetime (2 years) is the one given in the settings."
      )
    ).toBe(true);
    expect(
      sheet.blocks.some((b) => b.kind === "table" && b.name === LTV_TABLES.retentionFormula)
    ).toBe(false);
  });

  it("says the BG/NBD and Gamma-Gamma parameters were not used", () => {
    expect(table(sheet, LTV_TABLES.models).rows).toEqual([
      ["BG/NBD (Fader, Hardie & Lee 2005)", "", null, "Not used (see the warnings above)"],
      ["Gamma-Gamma (Fader & Hardie 2013)", "", null, "Not used (see the warnings above)"],
    ]);
  });

  it("sums segments with formula totals, AOV as revenue / orders over the row", () => {
    const segments = table(sheet, LTV_TABLES.segments);
    expect(segments.rows.map((r) => r.slice(0, 4))).toEqual([
      ["Champions", 1, 150, 2],
      ["Lost", 1, 40, 1],
    ]);
    const aov = segments.rows[0][4] as { formula: string; value: number };
    const row = segments.anchor.row + 2; // Excel row of the first body row
    expect(aov).toEqual({ formula: `IF(D${row}=0,0,C${row}/D${row})`, value: 75 });
    // no CLV without the models: blank, never 0 or NaN
    expect(columnOf(segments, "clv")).toEqual([null, null]);
    expect(segments.columns.map((c) => c.total)).toEqual([
      { label: "Total" },
      { fn: "sum" },
      { fn: "sum" },
      { fn: "sum" },
      undefined,
      undefined,
      { fn: "sum" },
      undefined,
    ]);
  });

  it("lists every customer, highest revenue first when no CLV is known, predictions blank", () => {
    const customers = table(sheet, LTV_TABLES.customers);
    expect(customers.columns.map((c) => c.id)).toEqual([
      "id",
      "segment",
      "revenue",
      "orders",
      "aov",
      "purchasesPerYear",
      "tenureYears",
      "simpleLtv",
      "frequency",
      "recency",
      "T",
      "pAlive",
      "expectedPurchases",
      "expectedSpend",
      "clv",
    ]);
    const a = customers.rows[0];
    // a: frequency 1 repeat purchase, recency 182 days = 26 weeks, T 365 days = 52.14 weeks
    expect(a.slice(0, 4)).toEqual(["a", "Champions", 150, 2]);
    expect(a[6]).toBeCloseTo(366 / 365.25, 12);
    expect(a.slice(8, 10)).toEqual([1, 26]);
    expect(a[10]).toBeCloseTo(365 / 7, 12);
    expect(a.slice(11)).toEqual([null, null, null, null]);
    expect(customers.rows[1].slice(0, 3)).toEqual(["b", "Lost", 40]);
    expect(customers.columns.find((c) => c.id === "recency")!.header).toBe("Recency (weeks)");
    expect(customers.columns.find((c) => c.id === "clv")!.header).toBe("CLV (12 months)");
  });

  it("says there is no holdout and no distribution instead of drawing empty charts", () => {
    expect(charts(sheet)).toEqual([]);
    const texts = notes(sheet).flatMap((n) => n.paragraphs);
    expect(texts).toContain(
      "No holdout period: to check the model, set a calibration end before the last transaction (the period after it is predicted and compared)."
    );
    expect(texts).toContain("No CLV could be computed, so there is no distribution to show.");
  });

  it("gives the Method sheet every parameter and definition", () => {
    expect(method.parameters).toEqual([
      { label: "LTV calibration end", value: "2024-12-31" },
      { label: "LTV holdout period", value: "not available" },
      { label: "LTV time unit", value: "weeks" },
      { label: "CLV horizon (months)", value: "12" },
      { label: "CLV discount rate (a month)", value: "1%" },
      { label: "Gross margin", value: "50%" },
      { label: "Yearly retention rate", value: "not available" },
      { label: "Expected lifetime (years)", value: "2" },
    ]);
    expect(method.definitions.map((d) => d.term)).toEqual([
      "Frequency, recency, T",
      "Historical LTV",
      "Simple LTV formula",
      "Retention-based LTV",
      "BG/NBD model",
      "Gamma-Gamma model",
      "CLV",
      "Calibration / holdout check",
      "CLV ranges",
    ]);
  });

  it("is French in a French report", () => {
    const fr = buildLtvSheet({ ltv: tinyLtv, rfm: tinyRfm }, ctxFr)!.sheets[0];
    expect(fr.name).toBe("Valeur client");
    expect(table(fr, LTV_TABLES.simpleFormula).rows[0][0]).toBe("Tous les clients");
    expect(table(fr, LTV_TABLES.customers).columns[9].header).toBe("Récence (semaines)");
  });
});

describe("buildLtvSheet on CDNOW (calibration to 1997-09-30, holdout to 1998-06-30)", () => {
  let ltv: LtvResult;
  let sheet: ReportSheet;
  beforeAll(() => {
    const transactions = readCdnowTransactions();
    ltv = analyzeLtv(transactions, {
      calibrationEnd: CDNOW_CALIBRATION_END,
      holdoutEnd: CDNOW_HOLDOUT_END,
      timeUnit: "week",
    });
    sheet = buildLtvSheet({ ltv }, ctxEn)!.sheets[0];
  });

  it("says every model was used and shows their parameters (README: r 0.2426, alpha 4.4135, a 0.7929, b 2.4258)", () => {
    expect(notes(sheet)[0].paragraphs[0]).toBe(
      "Historical LTV, the BG/NBD purchase model and the Gamma-Gamma spend model are all shown."
    );
    const models = table(sheet, LTV_TABLES.models);
    const value = (name: string) => models.rows.find((r) => r[1] === name)![2] as number;
    expect(value("r")).toBeCloseTo(0.2426, 3);
    expect(value("alpha")).toBeCloseTo(4.41, 1);
    expect(value("a")).toBeCloseTo(0.793, 2);
    expect(value("b")).toBeCloseTo(2.43, 1);
    // Gamma-Gamma on CDNOW (README): p 6.25, q 3.74, v 15.44
    expect(value("p")).toBeCloseTo(6.25, 1);
    expect(value("q")).toBeCloseTo(3.74, 1);
    const correlation = models.rows.find((r) => r[1] === "corr(frequency, spend)")!;
    expect(correlation[3]).toBe("Correlation between purchase frequency and spend per purchase");
    // its reading in a note under the table, which wraps within the printed width (in the row
    // the sentence ran on past the page's right edge)
    const reading = notes(sheet).find((n) => n.paragraphs[0]?.startsWith("Correlation between"))!;
    expect(reading.paragraphs[0]).toMatch(
      /^Correlation between purchase frequency and spend per purchase\. Weak \(0\.\d+\): spend does not depend on frequency/
    );
    expect(reading.widthCols).toBe(10);
    expect(reading.anchor.row).toBe(blockEnd(models).row + 1);
  });

  it("tabulates the holdout check by calibration frequency 0 … 7+ and charts predicted vs actual", () => {
    const holdout = table(sheet, LTV_TABLES.holdout);
    expect(holdout.rows.map((r) => r[0])).toEqual(["0", "1", "2", "3", "4", "5", "6", "7+"]);
    // every CDNOW customer in one group: 2,357
    expect((columnOf(holdout, "customers") as number[]).reduce((a, b) => a + b, 0)).toBe(2357);
    // 1,882 actual holdout repeat purchases (holdout.ts): the group means weighted back
    const actual = holdout.rows.reduce((s, r) => s + (r[1] as number) * (r[3] as number), 0);
    expect(actual).toBeCloseTo(1882, 6);
    const chart = charts(sheet).find((c) => c.table === LTV_TABLES.holdout)!;
    expect(chart).toMatchObject({
      type: "column",
      categoryColumn: "group",
      series: [{ column: "actual" }, { column: "predicted" }],
    });
    // the chart sits right of its table, on the same rows
    expect(chart.anchor).toEqual({ row: blockEnd(holdout).row + 2, col: holdout.anchor.col });
    const summary = notes(sheet).find((n) => n.paragraphs[0]?.startsWith("Holdout of"))!;
    expect(summary.paragraphs[0]).toMatch(
      /^Holdout of 39 weeks: 1,882 repeat purchases made, 1,65\d(\.\d)? predicted; mean absolute error 0\.\d+ a customer\.$/
    );
  });

  it("bins every customer's CLV once, shares as formulas over the customers column", () => {
    const distribution = table(sheet, LTV_TABLES.distribution);
    const counts = columnOf(distribution, "customers") as number[];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(
      ltv.customers.filter((c) => c.clv !== null).length
    );
    const body = columnBodyA1(distribution, "customers", true);
    const first = distribution.rows[0][4] as { formula: string; value: number };
    expect(first.formula).toBe(
      `${cellA1({ row: distribution.anchor.row + 1, col: 3 })}/SUM(${body})`
    );
    expect(first.value).toBeCloseTo(counts[0] / 2357, 12);
    const chart = charts(sheet).find((c) => c.table === LTV_TABLES.distribution)!;
    expect(chart.series.map((s) => s.column)).toEqual(["customers"]);
  });

  it("shows customer 1's P(alive), expected spend and 12-month CLV (README: 0.7266, 24.66, 36.28)", () => {
    // README values come from the published summary (recency and T rounded to 2 decimals); the
    // sheet's come from the raw transactions, hence a relative tolerance of 5e-3.
    const customers = table(sheet, LTV_TABLES.customers);
    const one = customers.rows.find((r) => r[0] === "1")!;
    const value = (id: string) => one[customers.columns.findIndex((c) => c.id === id)] as number;
    const relative = (a: number, b: number) => Math.abs(a - b) / b;
    expect(value("frequency")).toBe(2);
    expect(relative(value("pAlive"), 0.7266091)).toBeLessThan(5e-3);
    expect(relative(value("expectedSpend"), 24.658616)).toBeLessThan(5e-3);
    expect(relative(value("clv"), 36.278496)).toBeLessThan(5e-3);
  });

  it("charts the average CLV by segment below the segment table (the page stays narrow)", () => {
    const segments = table(sheet, LTV_TABLES.segments);
    const chart = charts(sheet).find((c) => c.table === LTV_TABLES.segments)!;
    expect(chart).toMatchObject({
      type: "bar",
      categoryColumn: "segment",
      series: [{ column: "avgClv", name: "Average CLV" }],
      valueAxisFormat: '"$"#,##0;-"$"#,##0',
    });
    expect(chart.anchor).toEqual({ row: blockEnd(segments).row + 2, col: segments.anchor.col });
  });

  it("holds no NaN or infinite number in any cell (a blank or a text instead)", () => {
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

  it("puts the highest CLV first in the customer table", () => {
    const clv = columnOf(table(sheet, LTV_TABLES.customers), "clv") as number[];
    expect(clv.length).toBe(2357);
    for (let i = 1; i < clv.length; i++) expect(clv[i - 1]).toBeGreaterThanOrEqual(clv[i]);
  });

  it("shows one All customers row in the segment table when there are no segments", () => {
    const segments = table(sheet, LTV_TABLES.segments);
    expect(segments.rows).toHaveLength(1);
    expect(segments.rows[0].slice(0, 2)).toEqual(["All customers", 2357]);
    const total = ltv.customers.reduce((s, c) => s + (c.clv ?? 0), 0);
    expect(segments.rows[0][6]).toBeCloseTo(total, 6);
  });
});

describe("clvBins", () => {
  it("cuts at 1, 2 or 5 x a power of ten up to the 95th percentile, the rest in an open range", () => {
    // [5, 15, 15, 25]: 95th percentile 25 (simple-statistics), step niceStep(2.5) = 5
    expect(clvBins([5, 15, 15, 25])).toEqual([
      { from: 0, to: 5, customers: 0 },
      { from: 5, to: 10, customers: 1 },
      { from: 10, to: 15, customers: 0 },
      { from: 15, to: 20, customers: 2 },
      { from: 20, to: 25, customers: 0 },
      { from: 25, to: null, customers: 1 },
    ]);
    expect([niceStep(0.3), niceStep(2.5), niceStep(7), niceStep(10), niceStep(101)]).toEqual([
      0.5, 5, 10, 10, 200,
    ]);
  });

  it("counts every finite value exactly once (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e6, noNaN: true }), { maxLength: 200 }),
        (values) => {
          const bins = clvBins(values);
          return bins.reduce((n, b) => n + b.customers, 0) === values.length;
        }
      )
    );
  });

  describe("edge cases", () => {
    it("no value: no bin; all zero: one range from 0; negatives: a 'below 0' range first", () => {
      expect(clvBins([])).toEqual([]);
      expect(clvBins([0, 0])).toEqual([{ from: 0, to: 1, customers: 2 }]);
      expect(clvBins([-5, 10])[0]).toEqual({ from: null, to: 0, customers: 1 });
      expect(clvBins([NaN, Infinity, 3]).reduce((n, b) => n + b.customers, 0)).toBe(1);
    });
  });
});

describe("isoDate", () => {
  it("writes a day number as yyyy-mm-dd, and a dash for no day rather than throwing", () => {
    // day 19723 = 2024-01-01 (19723 x 86,400,000 ms after 1970-01-01)
    expect(isoDate(19723)).toBe("2024-01-01");
    expect(isoDate(NaN)).toBe("—");
    expect(isoDate(Infinity)).toBe("—");
  });
});

describe("buildLtvSheet edge cases", () => {
  it("is absent when the LTV analysis did not run", () => {
    expect(buildLtvSheet({ ltv: null } as ReportInput, ctxEn)).toBeUndefined();
    expect(buildLtvSheet({}, ctxEn)).toBeUndefined();
  });

  it("is complete for no customer at all: warnings, no formula, empty tables", () => {
    const ltv = analyzeLtv([], { timeUnit: "week", calibrationEnd: tinyAsOf });
    const sheet = buildLtvSheet({ ltv }, ctxEn)!.sheets[0];
    expect(notes(sheet).flatMap((n) => n.paragraphs)).toContain(
      "The simple and retention formulas need a retention rate or an expected lifetime: the data spans less than two years and none was given."
    );
    expect(table(sheet, LTV_TABLES.customers).rows).toEqual([]);
    expect(dayNumber(tinyAsOf)).toBe(ltv.settings.calibrationEndDay);
  });
});
