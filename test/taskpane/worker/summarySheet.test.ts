/**
 * A per-customer summary sheet in the pane's worker: recognised by its headers (warehouse
 * columns or the lifetimes convention, English or French, never a customers or transactions
 * sheet), its bad rows excluded with sheet, column and row, and a lifetimes summary of CDNOW
 * analysed to the published BG/NBD and Gamma-Gamma figures (../shared/data/README.md).
 */
import type { RawSheet } from "../../../src/analytics/domain";
import { createAnalysisApi } from "../../../src/taskpane/worker/analysisApi";
import type {
  AnalyseRequest,
  DataChoice,
  Outcome,
  SourceInput,
} from "../../../src/taskpane/worker/engineTypes";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../../src/taskpane/settings/paneSettings";
import { matchSummaryHeaders } from "../../../src/warehouse/summaryHeaders";
import { CUSTOMER_COLUMNS } from "../../../src/warehouse/summaryContract";
import { validateModel } from "../../../src/report/validateModel";
import { translator } from "../../../src/i18n";
import { analyzeLtvSummary } from "../../../src/analytics/ltv";
import { columns, readCdnowSummaryWithSpend } from "../../support/cdnow";

/** |a - b| / |b|: the README prints 6 decimals of parameters of different sizes. */
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected ok, got ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

const sheets = (...list: [string, unknown[][]][]): SourceInput => ({
  kind: "sheets",
  sheets: list.map(([name, rows]) => ({ name, rows, firstRow: 1 }) as RawSheet),
  info: { date1904: false, culture: "en-US" },
});

const noChoice: DataChoice = { sheets: {}, mappings: {} };
const request = (settings: Partial<PaneSettings> = {}, choice = noChoice): AnalyseRequest => ({
  choice,
  settings: { ...DEFAULT_SETTINGS, ...settings },
  language: "en",
  generatedAt: Date.UTC(2025, 0, 2),
});

describe("matchSummaryHeaders", () => {
  it("reads the warehouse columns (every column of crm-analytics sql) as a warehouse summary", () => {
    const match = matchSummaryHeaders(CUSTOMER_COLUMNS.map((c) => c.name));
    expect(match.convention).toBe("warehouse");
    expect(match.missing).toEqual([]);
    // holdout_frequency goes to its own column, not to frequency
    expect(match.columns.frequency!.header).toBe("frequency");
    expect(match.columns.holdout_frequency!.header).toBe("holdout_frequency");
  });

  it("reads the warehouse columns under French headers, each to its own column", () => {
    // in CUSTOMER_COLUMNS order
    const french = [
      "N° client",
      "Date d'analyse",
      "Première ligne",
      "Date premier achat",
      "Date dernier achat",
      "Commandes",
      "Jours d'achat",
      "Chiffre d'affaires",
      "Début migration",
      "Dernier achat précédent",
      "Commandes précédentes",
      "CA précédent",
      "Première ligne précédente",
      "Fin de calibration",
      "Unité de temps",
      "Fréquence",
      "Récence",
      "T",
      "Valeur monétaire",
      "Fréquence holdout",
      "Valeur holdout",
    ];
    const match = matchSummaryHeaders(french);
    expect(match.convention).toBe("warehouse");
    CUSTOMER_COLUMNS.forEach(({ name }, i) =>
      expect([name, match.columns[name]!.column]).toEqual([name, i])
    );
  });

  it.each([
    [
      ["customer_id", "frequency", "recency", "T", "monetary_value"],
      [0, 1, 2, 3, 4],
    ],
    [
      ["ID", "x", "t_x", "T", "zbar"],
      [0, 1, 2, 3, 4],
    ],
    [
      ["N° client", "Fréquence", "Récence", "T (semaines)", "Valeur monétaire"],
      [0, 1, 2, 3, 4],
    ],
    [
      ["CustomerID", "T", "Recency", "FREQUENCY"],
      [0, 3, 2, 1],
    ],
  ])("reads %j as the lifetimes convention", (headers, at) => {
    const match = matchSummaryHeaders(headers);
    expect(match.convention).toBe("lifetimes");
    const names = ["customer_id", "frequency", "recency", "T", "monetary_value"] as const;
    at.forEach((column, i) => expect(match.columns[names[i]]?.column).toBe(column));
  });

  it.each([
    ["a transactions sheet", ["Customer ID", "Date", "Amount"]],
    ["an RFM table without T", ["Customer ID", "Name", "Frequency", "Recency", "Monetary"]],
    ["frequency, recency and T without a customer id", ["frequency", "recency", "T"]],
    ["a customers sheet", ["Client", "Nom", "Ville", "Date de premier achat"]],
  ])("does not take %s for a summary", (_, headers) => {
    expect(matchSummaryHeaders(headers).convention).toBeNull();
  });

  it("a warehouse sheet short of some columns is read by the lifetimes convention, the rest named", () => {
    const headers = CUSTOMER_COLUMNS.map((c) => c.name).filter((n) => !n.startsWith("prev_"));
    const match = matchSummaryHeaders(headers);
    expect(match.convention).toBe("lifetimes");
    expect(match.missing).toEqual([
      "prev_last_purchase_day",
      "prev_orders",
      "prev_revenue",
      "prev_first_line_day",
    ]);
  });
});

describe("a summary sheet in the worker", () => {
  const LIFETIMES = ["customer_id", "frequency", "recency", "T", "monetary_value"];

  it("is offered as the summary role, never as customers or transactions, beside other sheets", async () => {
    const api = createAnalysisApi();
    const overview = value(
      await api.open(
        sheets(
          ["Summary", [LIFETIMES, ["a", 1, 2, 5, 10]]],
          [
            "Sales",
            [
              ["Customer", "Date", "Amount"],
              ["a", "2024-01-05", 10],
            ],
          ]
        )
      )
    );
    expect(overview.sheets.map((s) => [s.name, s.detectedKind])).toEqual([
      ["Summary", "summary"],
      ["Sales", "transactions"],
    ]);
    expect(overview.chosen).toEqual({ summary: "Summary", transactions: "Sales" });
    // transactions in use: the check reads the lines, and the summary is not a customers sheet
    const checked = value(await api.check(noChoice));
    expect(checked.dataQuality.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ["Sales", "transactions"],
    ]);
    // chosen: the summary is used instead
    const summary = value(
      await api.check({ sheets: { summary: "Summary" }, mappings: {} }, "2024-02-01")
    );
    expect(summary.dataQuality.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ["Summary", "summary"],
    ]);
  });

  it("excludes bad rows with the column and the row, keeps the good ones, never throws", async () => {
    const api = createAnalysisApi();
    value(
      await api.open(
        sheets([
          "Résumé",
          [
            ["Titre de l'export"],
            LIFETIMES,
            ["a", 1, 2, 5, 10], // row 3: good
            ["b", "two", 2, 5, 10], // row 4: frequency not a number
            ["c", 1, 2, -5, 10], // row 5: negative T (recency after T is not reached)
            ["d", 1, 6, 5, 10], // row 6: recency after T
            ["a", 0, 0, 5, 0], // row 7: id of row 3 again
            ["e", 1.5, 2, 5, 10], // row 8: not a whole number of purchases
            ["f", 2, 3, 5, ""], // row 9: a repeat customer without spend
            ["g", 0, 0, 4, ""], // row 10: no repeat purchase, no spend: 0
            [null, null, null, null, null], // blank: not a row
            ["h", 1, 2, { error: "#N/A" }, 10], // row 12: error cell in T
          ],
        ])
      )
    );
    const checked = value(await api.check(noChoice, "2024-02-01"));
    const excluded = checked.dataQuality.excluded.map((e) => [e.reason, e.detail, e.rows]);
    expect(excluded).toEqual([
      ["summary.badValue", "frequency", [4]],
      ["summary.negative", "T", [5]],
      ["summary.recencyAfterT", "recency", [6]],
      ["summary.duplicateId", "customer_id", [7]],
      ["summary.notWholeNumber", "frequency", [8]],
      ["summary.missingValue", "monetary_value", [9]],
      ["summary.badValue", "T", [12]],
    ]);
    expect(checked.dataQuality.rowsRead).toBe(9);
    expect(checked.dataQuality.rowsUsed).toBe(2);
    expect(checked.dataQuality.excluded.every((e) => e.sheet === "Résumé")).toBe(true);
    // the analysis runs on what is left, and says what it cannot do
    const output = await api.analyse(request({ asOf: "2024-02-01" }));
    expect(output.ok).toBe(true);
  });

  it("a warehouse row made with other settings than the first is excluded, naming the column", async () => {
    const names = CUSTOMER_COLUMNS.map((c) => c.name);
    const row = (id: string, asOf: string, unit: string) =>
      names.map(
        (n) =>
          ({
            customer_id: id,
            as_of: asOf,
            first_line_day: "2024-01-05",
            first_purchase_day: "2024-01-05",
            last_purchase_day: "2024-03-01",
            orders: 2,
            purchase_days: 2,
            revenue: "1 234,50 €",
            migration_from: "2024-05-01",
            prev_orders: 2,
            prev_revenue: 1234.5,
            prev_last_purchase_day: "2024-03-01",
            prev_first_line_day: "2024-01-05",
            calibration_end: "2024-05-31",
            time_unit: unit,
            frequency: 1,
            recency: 8,
            T: 21,
            monetary_value: 600,
            holdout_frequency: "",
            holdout_value: "",
          })[n] ?? ""
      );
    const api = createAnalysisApi();
    value(
      await api.open(
        sheets([
          "Export",
          [
            names,
            row("a", "2024-06-01", "Semaine"), // row 2: French unit word
            row("b", "2024-07-01", "week"), // row 3: another as-of date
            row("c", "2024-06-01", "fortnight"), // row 4: no such unit
          ],
        ])
      )
    );
    const checked = value(await api.check(noChoice));
    expect(checked.dataQuality.excluded.map((e) => [e.reason, e.detail, e.rows])).toEqual([
      ["summary.otherSettings", "as_of", [3]],
      ["summary.badValue", "time_unit", [4]],
    ]);
    expect(checked.defaultAsOf).toBe("2024-06-01");
  });

  it("a lifetimes summary without an analysis date is a clear problem, not a crash", async () => {
    const api = createAnalysisApi();
    value(await api.open(sheets(["S", [LIFETIMES, ["a", 1, 2, 5, 10]]])));
    const checked = await api.check(noChoice);
    expect(checked).toEqual({
      ok: false,
      problem: { code: "summarySheet:asOfNeeded", params: { sheet: "S" } },
    });
    const run = await api.analyse(request());
    expect(run.ok).toBe(false);
  });

  it("a sheet chosen as the summary without its columns names what is missing", async () => {
    const api = createAnalysisApi();
    value(
      await api.open(
        sheets([
          "Sales",
          [
            ["Customer", "Date", "Amount"],
            ["a", "2024-01-05", 10],
          ],
        ])
      )
    );
    const checked = await api.check({ sheets: { summary: "Sales" }, mappings: {} });
    expect(checked).toEqual({
      ok: false,
      problem: {
        code: "summarySheet:notASummary",
        params: { sheet: "Sales", columns: "frequency, recency, T" },
      },
    });
  });
});

describe("CDNOW's published summary as a lifetimes sheet (x, t_x, T, zbar in weeks)", () => {
  const api = createAnalysisApi();
  let output: Awaited<ReturnType<typeof api.analyse>>;
  beforeAll(async () => {
    const rows = readCdnowSummaryWithSpend().map((r) => [
      r.id,
      r.frequency,
      r.recency,
      r.T,
      r.zbar,
    ]);
    value(await api.open(sheets(["cdnow", [["ID", "x", "t_x", "T", "zbar"], ...rows]])));
    // T counts to 1997-09-30, the end of the 39-week calibration: the analysis date is the day after
    output = await api.analyse(request({ asOf: "1997-10-01", timeUnit: "week" }));
  }, 120_000);

  it("fits BG/NBD to the maximum-likelihood parameters of the README to 1e-6", () => {
    const ltv = value(output).results.ltv!;
    const { r, alpha, a, b } = ltv.bgnbd!.params;
    // ../shared/data/README.md: r = 0.242593, alpha = 4.413532, a = 0.792886, b = 2.425752 (6 decimals)
    expect(relative(r, 0.242593)).toBeLessThanOrEqual(1e-6);
    expect(relative(alpha, 4.413532)).toBeLessThanOrEqual(1e-6);
    expect(relative(a, 0.792886)).toBeLessThanOrEqual(1e-6);
    expect(relative(b, 2.425752)).toBeLessThanOrEqual(1e-6);
    expect(ltv.bgnbd!.logLikelihood).toBeCloseTo(-9582.4256, 3);
    expect(ltv.summary.customerIds).toHaveLength(2357);
  });

  it("is the engine's own fit of the same columns, to the last digit", () => {
    const ltv = value(output).results.ltv!;
    const direct = analyzeLtvSummary(
      {
        customerIds: readCdnowSummaryWithSpend().map((r) => r.id),
        ...columns(readCdnowSummaryWithSpend()),
        timeUnit: "week",
        calibrationEndDay: Date.UTC(1997, 8, 30) / 86_400_000,
      },
      { timeUnit: "week", horizonMonths: 12, monthlyDiscount: 0.01, margin: 1 }
    );
    expect(ltv.bgnbd!.params).toEqual(direct.bgnbd!.params);
    expect(ltv.gammaGamma!.params).toEqual(direct.gammaGamma!.params);
    expect(ltv.customers).toEqual(direct.customers);
  });

  it("fits Gamma-Gamma and values customer 1 as lifetimes does", () => {
    const ltv = value(output).results.ltv!;
    const { p, q, v } = ltv.gammaGamma!.params;
    // README: on the cent-rounded zbar, p = 6.248802, q = 3.744588, v = 15.447748
    expect(relative(p, 6.248802)).toBeLessThanOrEqual(1e-6);
    expect(relative(q, 3.744588)).toBeLessThanOrEqual(1e-6);
    expect(relative(v, 15.447748)).toBeLessThanOrEqual(1e-6);
    const one = ltv.customers.find((c) => c.id === "1")!;
    // README: P(alive) 0.7266091; 12-month CLV at 1 % a month, weekly data, 36.278496
    expect(one.pAlive!).toBeCloseTo(0.7266091, 6);
    expect(one.clv!).toBeCloseTo(36.278496, 4);
  });

  it("names RFM and what needs transaction lines as not available, in the report too", () => {
    const out = value(output);
    expect(out.results.rfm).toBeNull();
    const codes = out.results.notes.map((n) => n.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "summarySheet:notAvailable.rfm",
        "warehouse:needsLines.kpis",
        "summarySheet:notAvailable.holdout",
        "summarySheet:notAvailable.uplift",
      ])
    );
    // the Data quality account (sheet and pane) starts with what the analyses came from
    expect(out.dataQuality.warnings[0].code).toBe("summarySheet:usedLifetimes");
    expect(out.dataQuality.sheets).toEqual([
      { sheet: "cdnow", kind: "summary", rowsRead: 2357, rowsUsed: 2357 },
    ]);
    expect(validateModel(out.model)).toEqual([]);
    const quality = out.model.sheets.find((s) => s.key === "dataQuality")!;
    const texts = JSON.stringify(quality);
    expect(texts).toContain(translator("en")("summarySheet:notAvailable.rfm"));
    expect(texts).toContain("Customer summary");
  });
});
