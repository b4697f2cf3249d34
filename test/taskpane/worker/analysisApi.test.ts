import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import ExcelJS from "exceljs";
import type { RawSheet } from "../../../src/analytics/domain";
import { createAnalysisApi } from "../../../src/taskpane/worker/analysisApi";
import type {
  AnalyseRequest,
  DataChoice,
  Outcome,
  RunProgress,
  SourceInput,
  WorkbookOverview,
} from "../../../src/taskpane/worker/engineTypes";
import { DEFAULT_SETTINGS } from "../../../src/taskpane/settings/paneSettings";
import { selectReportSheets } from "../../../src/taskpane/flow/selectReportSheets";
import { validateModel } from "../../../src/report/validateModel";

const fixture = path.resolve(__dirname, "../../fixtures/sample-en");
const truth = JSON.parse(readFileSync(path.join(fixture, "crm-sample-en.truth.json"), "utf8"));
const sampleBytes = (): ArrayBuffer => {
  const buffer = readFileSync(path.join(fixture, "crm-sample-en.xlsx"));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
};
const text = (s: string): ArrayBuffer => new TextEncoder().encode(s).buffer as ArrayBuffer;
const csv = (fileName: string, body: string): SourceInput => ({
  kind: "csv",
  files: [{ fileName, bytes: text(body) }],
});

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected ok, got ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

const noChoice: DataChoice = { sheets: {}, mappings: {} };
const request = (overrides: Partial<AnalyseRequest> = {}): AnalyseRequest => ({
  choice: noChoice,
  settings: DEFAULT_SETTINGS,
  language: "en",
  generatedAt: Date.UTC(2025, 0, 2),
  ...overrides,
});

// Three hand-written lines: row 3 has no customer id, so 3 read, 2 used, 1 excluded at row 3.
const ORDERS = "Customer ID;Date;Amount\nA1;2024-01-05;10\n;2024-01-06;20\nA2;2024-02-01;30\n";

describe("analysisApi on the English sample workbook (500 customers)", () => {
  const api = createAnalysisApi();
  const progress: RunProgress[] = [];
  let output: Awaited<ReturnType<typeof api.analyse>>;
  let overview: WorkbookOverview;

  beforeAll(async () => {
    overview = value(await api.open({ kind: "xlsx", fileName: "s.xlsx", bytes: sampleBytes() }));
    output = await api.analyse(request(), (p) => progress.push(p));
  }, 60_000);

  it("finds the three sheets and what each holds", () => {
    expect(overview.sourceName).toBe("s.xlsx");
    expect(overview.sheets.map((s) => [s.name, s.detectedKind, s.headerRow])).toEqual([
      ["Customers", "customers", 1],
      ["Transactions", "transactions", 1],
      ["Contacts", "contacts", 1],
    ]);
    expect(overview.chosen).toEqual({
      transactions: "Transactions",
      customers: "Customers",
      contacts: "Contacts",
    });
    const orders = overview.sheets[1];
    // The truth file counts 8,426 transaction rows; the sheet adds its header row.
    expect(orders.rowCount).toBe(truth.counts.transactionRows + 1);
    const proposal = orders.proposals.transactions!;
    expect(proposal.missingRequired).toEqual([]);
    expect(orders.headers[proposal.fields.customerId!.column]).toMatch(/customer/i);
    expect(proposal.fields.customerId!.confidence).toBeGreaterThan(0.5);
  });

  it("the quality summary finds the rows the generator planted (truth file)", async () => {
    const checked = value(await api.check(noChoice));
    const excluded = (reason: string) =>
      checked.dataQuality.excluded.find((e) => e.sheet === "Transactions" && e.reason === reason);
    expect(excluded("missingCustomerId")?.rows).toEqual(truth.messyRows.noCustomerId);
    expect(excluded("duplicateRow")?.rows).toEqual(truth.messyRows.duplicate);
    const { rowsRead, rowsUsed } = checked.dataQuality;
    const totalExcluded = checked.dataQuality.excluded.reduce((n, e) => n + e.count, 0);
    expect(rowsRead).toBe(rowsUsed + totalExcluded);
    // Email and SMS are the treated channels; the control group has none.
    expect(checked.channels).toEqual(["Email", "SMS"]);
  });

  it("reports the stages in order, reading first and the report last", () => {
    const stages = progress.map((p) => p.stage).filter((s, i, all) => all[i - 1] !== s);
    expect(stages).toEqual(["reading", "cleaning", "scoring", "fitting", "uplift", "report"]);
    const fractions = progress.filter((p) => p.stage === "reading").map((p) => p.fraction!);
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it("moves the progress within scoring and fitting at each analysis they run", () => {
    const within = (stage: string) =>
      progress.filter((p) => p.stage === stage).map((p) => p.fraction);
    // RFM, its migration, the KPIs, the month-end history; the LTV fit and its holdout check
    // (a second fit on the history less its last months); uplift, campaign KPIs
    expect(within("scoring")).toEqual([0, 0.2, 0.4, 0.6]);
    expect(within("fitting")).toEqual([0, 0.6]);
    expect(within("uplift")).toEqual([0, 0.5]);
  });

  it("runs every analysis and builds the report in the asked language", () => {
    const { results, model, dataQuality } = value(output);
    expect(results.rfm).not.toBeNull();
    expect(results.ltv).not.toBeNull();
    expect(results.uplift).not.toBeNull();
    expect(results.campaigns).not.toBeNull();
    // Every RFM customer is a buyer; 472 of the 500 customers bought (truth file).
    expect(results.rfm!.customers.length).toBeLessThanOrEqual(truth.counts.buyers);
    expect(results.rfm!.customers.length).toBeGreaterThan(truth.counts.buyers - 10);
    expect(model.language).toBe("en");
    expect(model.generatedAt).toBe(Date.UTC(2025, 0, 2));
    expect(model.sheets.map((s) => s.name)).toContain("Data quality");
    expect(dataQuality.rowsRead).toBeGreaterThan(truth.counts.transactionRows);
  });

  it("hands over results that survive the structured clone between threads", () => {
    const { results, model } = value(output);
    expect(structuredClone(results)).toEqual(results);
    expect(structuredClone(model)).toEqual(model);
  });

  it("a report cut down to the Dashboard keeps the sheets it reads, and stays valid", () => {
    const { model } = value(output);
    const dashboardOnly = selectReportSheets(model, ["dashboard"]);
    expect(dashboardOnly.sheets[0].key).toBe("dashboard");
    expect(dashboardOnly.sheets.length).toBeLessThan(model.sheets.length);
    expect(validateModel(dashboardOnly)).toEqual([]);
    // Without its sources, the Dashboard alone would be an invalid model.
    const alone = { ...model, sheets: model.sheets.filter((s) => s.key === "dashboard") };
    expect(validateModel(alone).length).toBeGreaterThan(0);
  });

  it("writes the report workbook as .xlsx bytes ExcelJS can read back", async () => {
    const { model } = value(output);
    const bytes = value(await api.writeXlsx(model));
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
  }, 30_000);

  it("uses the settings: 3 RFM bins score 1..3, and the as-of date is the one given", async () => {
    const settings = { ...DEFAULT_SETTINGS, rfmBins: 3 as const, asOf: "2024-07-01" };
    const { results } = value(await api.analyse(request({ settings })));
    expect(results.asOf).toBe(Date.UTC(2024, 6, 1));
    const rs = new Set(results.rfm!.customers.map((c) => c.r));
    expect([...rs].sort()).toEqual([1, 2, 3]);
  }, 30_000);
});

describe("analysisApi on CSV files and on sheets read from Excel", () => {
  it("reads a CSV file as a sheet named after it", async () => {
    const api = createAnalysisApi();
    const overview = value(await api.open(csv("orders.csv", ORDERS)));
    expect(overview.sheets.map((s) => [s.name, s.detectedKind])).toEqual([
      ["orders", "transactions"],
    ]);
    const quality = value(await api.check(noChoice)).dataQuality;
    expect([quality.rowsRead, quality.rowsUsed]).toEqual([3, 2]);
    expect(quality.excluded).toEqual([
      { sheet: "orders", reason: "missingCustomerId", count: 1, rows: [3] },
    ]);
  });

  it("reads a gzipped CSV file (.csv.gz) as the CLI does", async () => {
    const api = createAnalysisApi();
    const gz = gzipSync(new TextEncoder().encode(ORDERS));
    const bytes = gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength) as ArrayBuffer;
    const overview = value(
      await api.open({ kind: "csv", files: [{ fileName: "orders.csv.gz", bytes }] })
    );
    expect(overview.sheets.map((s) => [s.name, s.detectedKind])).toEqual([
      ["orders", "transactions"],
    ]);
    const quality = value(await api.check(noChoice)).dataQuality;
    expect([quality.rowsRead, quality.rowsUsed]).toEqual([3, 2]);
  });

  it("says a .csv.gz that is not gzip cannot be read, without throwing", async () => {
    const api = createAnalysisApi();
    const outcome = await api.open(csv("orders.csv.gz", ORDERS));
    expect(outcome.ok).toBe(false);
  });

  it("names CSV files of the same base name apart: sales, sales (2)", async () => {
    const api = createAnalysisApi();
    const overview = value(
      await api.open({
        kind: "csv",
        files: [
          { fileName: "jan/sales.csv", bytes: text(ORDERS) },
          { fileName: "feb/sales.csv", bytes: text(ORDERS) },
        ],
      })
    );
    expect(overview.sheets.map((s) => s.name)).toEqual(["sales", "sales (2)"]);
  });

  it("reads sheets sent by the pane's thread (Excel mode) the same way", async () => {
    const api = createAnalysisApi();
    const sheet: RawSheet = {
      name: "Ventes",
      firstRow: 4,
      rows: [
        ["N° client", "Date", "Montant"],
        ["A1", 45296, 10],
        [null, 45297, 20],
      ],
    };
    const overview = value(
      await api.open({ kind: "sheets", sheets: [sheet], info: { date1904: false } })
    );
    expect(overview.sheets[0]).toMatchObject({ name: "Ventes", headerRow: 4, rowCount: 3 });
    // The customer id is missing on the third row of the block: Excel row 4 + 2 = 6.
    const quality = value(await api.check(noChoice)).dataQuality;
    expect(quality.excluded.map((e) => [e.reason, e.rows])).toEqual([["missingCustomerId", [6]]]);
    // Serial 45292 is 2024-01-01 in the 1900 system, so 45296 is 2024-01-05: the default
    // as-of date is the day after.
    expect(value(await api.check(noChoice)).defaultAsOf).toBe("2024-01-06");
  });

  it("applies the user's column choice over the proposal", async () => {
    const api = createAnalysisApi();
    value(await api.open(csv("t.csv", "Client;Date;Amount;Other amount\nA;2024-01-01;5;7\n")));
    const choice: DataChoice = { sheets: {}, mappings: { transactions: { amount: 3 } } };
    const { results } = value(await api.analyse(request({ choice })));
    expect(results.rfm!.customers[0].monetary).toBe(7);
  });
});

describe("analysisApi edge cases: problems come back as data", () => {
  it("a file that is not a workbook names the file", async () => {
    const outcome = await createAnalysisApi().open({
      kind: "xlsx",
      fileName: "broken.xlsx",
      bytes: text("not a zip"),
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problem.code).toBe("problems:file.textNotWorkbook");
      expect(outcome.problem.params.file).toBe("broken.xlsx");
    }
  });

  it("checking before anything is open asks for data", async () => {
    const outcome = await createAnalysisApi().check(noChoice);
    expect(outcome).toEqual({ ok: false, problem: { code: "pane:errors.noSource", params: {} } });
  });

  it("a sheet one required column short names the sheet, row, field and headers", async () => {
    const api = createAnalysisApi();
    value(await api.open(csv("sales.csv", "Customer;Date;Region\nA;2024-01-01;North\n")));
    const outcome = await api.analyse(request());
    expect(outcome).toEqual({
      ok: false,
      problem: {
        code: "problems:requiredColumnMissing",
        params: { sheet: "sales", row: 1, column: "amount", headers: "Customer, Date, Region" },
        translatedParams: { column: "common:field." },
      },
    });
  });

  it("no usable sheet at all lists the sheets there are", async () => {
    const api = createAnalysisApi();
    value(await api.open(csv("notes.csv", "Colour;Shape\nred;round\n")));
    const outcome = await api.check(noChoice);
    expect(outcome).toEqual({
      ok: false,
      problem: { code: "pane:errors.noUsableSheet", params: { sheets: "notes" } },
    });
  });

  it("a chosen column that does not exist is named by its letter", async () => {
    const api = createAnalysisApi();
    value(await api.open(csv("orders.csv", ORDERS)));
    const outcome = await api.check({ sheets: {}, mappings: { transactions: { amount: 7 } } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problem.code).toBe("quality:error.unknownColumn");
      expect(outcome.problem.params).toMatchObject({ sheet: "orders", column: "H", row: 1 });
    }
  });

  it("invalid settings stop the run before reading, with the setting's message", async () => {
    const api = createAnalysisApi();
    value(await api.open(csv("orders.csv", ORDERS)));
    const progress = jest.fn();
    const settings = { ...DEFAULT_SETTINGS, horizonMonths: 0 };
    const outcome = await api.analyse(request({ settings }), progress);
    expect(outcome).toEqual({
      ok: false,
      problem: { code: "pane:settings.problems.horizon", params: { value: 0 } },
    });
    expect(progress).not.toHaveBeenCalled();
  });
});
