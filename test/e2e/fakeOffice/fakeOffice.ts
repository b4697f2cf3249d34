/**
 * A stand-in for office.js in the browser tests: `Office.onReady` reports the Excel host,
 * `Office.context` gives the language, theme and requirement sets, and `Excel.run` runs batches
 * on the typed fake Excel (test/fakes/excel) holding the sheets the test supplies. Built by
 * test/e2e/webpack.fakeOffice.config.js and served by run.mjs in place of Microsoft's office.js;
 * never part of the production bundle.
 *
 * The test sets `window.__fakeOfficeConfig` before this script runs. For its assertions it reads
 * `window.__fakeWorkbook`: the sheets with their fingerprints, tables and charts, as plain JSON.
 */
import { FakeExcel } from "../../fakes/excel/fakeExcel";
import type { Stored } from "../../fakes/excel/grid";
import type { ExcelHost } from "../../../src/excel/host";

/** One input sheet: its values (serial numbers for dates) and, optionally, an Excel Table. */
export interface FakeSheet {
  name: string;
  rows: Stored[][];
  table?: { name: string; address: string };
}

export interface FakeOfficeConfig {
  displayLanguage: string;
  /** The workbook culture (ExcelApi 1.11 cultureInfo) ["en-US"]. */
  culture?: string;
  apiVersion?: string;
  date1904?: boolean;
  officeTheme?: { bodyBackgroundColor?: string; isDarkTheme?: boolean };
  /** URL of a JSON FakeSheet[] to load before onReady answers (large workbooks). */
  sheetsUrl?: string;
  sheets?: FakeSheet[];
}

/** What a test can see of the fake workbook. */
export interface FakeWorkbookView {
  sheets(): {
    name: string;
    fingerprint: string;
    usedRows: number;
    tables: { name: string; address: string; showTotals: boolean }[];
    charts: { type: string; title: string; source: string; series: string[] }[];
  }[];
  cell(sheet: string, address: string): { value: unknown; formula?: string; numberFormat: string };
  syncs(): { count: number; largestRequest: number; largestResponse: number };
  active(): string | undefined;
  /** Syncs the fake refused (Office's error code and message). */
  failures(): string[];
  /** Every cell whose value or formula contains `text`, on every sheet. */
  find(text: string): { sheet: string; address: string; value: unknown; formula?: string }[];
  /** Makes the command `commandsFromNow` commands ahead fail, as Excel in cell-edit mode would. */
  failAfter(commandsFromNow: number): void;
}

declare global {
  interface Window {
    __fakeOfficeConfig: FakeOfficeConfig;
    __fakeWorkbook: FakeWorkbookView;
  }
}

/** The page's globals, untyped: @types/office-js declares `Office` and `Excel` as namespaces. */
const globals = window as unknown as Record<string, unknown>;

const config = window.__fakeOfficeConfig;
const fake = new FakeExcel({
  culture: config.culture ?? "en-US",
  apiVersion: config.apiVersion ?? "1.12",
  date1904: config.date1904 ?? false,
});

/** Every sync Office refused, as "Code: message", for a test to show when a step fails. */
const failures: string[] = [];
const applyBatch = fake.sync.bind(fake);
fake.sync = () =>
  applyBatch().catch((error: unknown) => {
    const code = (error as { code?: string }).code ?? "Error";
    failures.push(`${code}: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  });

function addSheets(sheets: FakeSheet[]): void {
  for (const sheet of sheets) {
    fake.addSheet(sheet.name, sheet.rows);
    if (sheet.table) fake.addTable(sheet.name, sheet.table.address, sheet.table.name);
  }
}

const loaded: Promise<void> = config.sheetsUrl
  ? fetch(config.sheetsUrl)
      .then((response) => response.json() as Promise<FakeSheet[]>)
      .then(addSheets)
  : Promise.resolve(addSheets(config.sheets ?? []));

type Ready = { host: "Excel"; platform: "OfficeOnline" };

/** Office.context.document.settings: the document's own key-value store, in memory here. */
const documentSettings = new Map<string, unknown>();

globals.Office = {
  onReady(callback?: (info: Ready) => void): Promise<Ready> {
    return loaded.then(() => {
      const info: Ready = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    });
  },
  context: {
    displayLanguage: config.displayLanguage,
    contentLanguage: config.culture ?? config.displayLanguage,
    officeTheme: config.officeTheme,
    requirements: { isSetSupported: fake.isSetSupported },
    document: {
      settings: {
        get: (name: string) => documentSettings.get(name) ?? null,
        set: (name: string, value: unknown) => void documentSettings.set(name, value),
        remove: (name: string) => void documentSettings.delete(name),
        saveAsync: (callback?: (result: { status: string }) => void) =>
          callback?.({ status: "succeeded" }),
      },
    },
  },
};

globals.Excel = {
  /** Excel.run(batch) or Excel.run(options, batch), options honoured as FakeExcel.run does. */
  async run<T>(
    first: { delayForCellEdit?: boolean } | ((context: ExcelHost) => Promise<T>),
    second?: (context: ExcelHost) => Promise<T>
  ): Promise<T> {
    const [options, batch] =
      typeof first === "function" ? [{}, first] : [first, second as (c: ExcelHost) => Promise<T>];
    const result = await fake.run(options, batch);
    // src/excel's writeReport returns its failure (with Office's cause) instead of throwing.
    const failed = result as { ok?: boolean; error?: unknown } | undefined;
    if (failed?.ok === false) failures.push(`write failed: ${JSON.stringify(failed.error)}`);
    return result;
  },
};

window.__fakeWorkbook = {
  sheets: () =>
    fake.model.sheets.map((sheet) => ({
      name: sheet.name,
      fingerprint: sheet.fingerprint(),
      usedRows: sheet.grid.usedArea()?.rows ?? 0,
      tables: sheet.tables.map((t) => ({
        name: t.name,
        address: sheet.address(t.area),
        showTotals: t.showTotals,
      })),
      charts: sheet.charts.map((c) => ({
        type: c.type,
        title: c.title.text ?? "",
        source: c.source,
        series: c.series.map((s) => s.name),
      })),
    })),
  cell: (sheet, address) => fake.sheet(sheet).cell(address),
  syncs: () => ({
    count: fake.syncs.length,
    largestRequest: Math.max(0, ...fake.syncs.map((s) => s.requestBytes)),
    largestResponse: Math.max(0, ...fake.syncs.map((s) => s.responseBytes)),
  }),
  active: () => fake.model.activeSheet?.name,
  failures: () => [...failures],
  find: (text) =>
    fake.model.sheets.flatMap((sheet) => {
      const used = sheet.grid.usedArea();
      if (!used) return [];
      const found = [];
      for (let r = used.row; r < used.row + used.rows; r++) {
        for (let c = used.col; c < used.col + used.cols; c++) {
          const value = sheet.grid.get(r, c);
          const formula = sheet.grid.formula(r, c);
          if (String(value).includes(text) || formula?.includes(text)) {
            const address = sheet.address({ row: r, col: c, rows: 1, cols: 1 });
            found.push({ sheet: sheet.name, address, value, ...(formula ? { formula } : {}) });
          }
        }
      }
      return found;
    }),
  failAfter: (commandsFromNow) =>
    fake.injectFailure({ atCommand: fake.commandsApplied + commandsFromNow }),
};
