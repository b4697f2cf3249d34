/**
 * A typed fake of the Excel JavaScript API subset src/excel uses (src/excel/host.ts), for tests:
 * no emulator of Excel exists, and office-addin-mock neither throws on unloaded reads nor models
 * collections, shapes or payloads.
 *
 * What it enforces, like Office: load-before-read (PropertyNotLoaded), commands applied at sync
 * in order (a failing command stops the batch, earlier ones stay applied), 2-D shapes of
 * values/formulas/numberFormat writes (InvalidArgument), Excel's reading of written strings
 * ("=..." becomes a formula), sheet-name rules, unique table names, 5 MB per request and per
 * response, API levels (ExcelApi 1.11 culture, 1.12 custom properties: ApiNotFound below them).
 * What it records for assertions: every sync (commands, request and response bytes, whether
 * calculation / screen updating were suspended), every table and chart added, formats per sheet.
 * What it does not do: calculate formulas (a formula cell reads back as ""), render anything.
 */
import { armFault, type Fault } from "./faults";
import { FakeClientObject, CommandQueue, type InjectedFailure, type SyncRecord } from "./context";
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from "./errors";
import type { CellGenerator, Stored } from "./grid";
import { type ChartModel, type SheetModel, type TableModel, WorkbookModel } from "./model";
import { parseA1 } from "./a1";
import {
  type CultureSettings,
  cultureSettings,
  FakeDatetimeFormatInfo,
  FakeNumberFormatInfo,
} from "./culture";
import { type FakeEnvironment, FakeWorksheetCollection } from "./worksheet";
import type {
  ExcelHost,
  HostApplication,
  HostCultureInfo,
  HostFunctionResult,
  HostFunctions,
  HostSetting,
  HostSettingCollection,
  HostWorkbook,
} from "../../../src/excel/host";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports ["1.12"]. */
  apiVersion?: string;
  culture?: string;
  /** The culture's system settings, overriding the culture's defaults (culture.ts). */
  cultureSettings?: Partial<CultureSettings>;
  date1904?: boolean;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

class FakeCultureInfo extends FakeClientObject implements HostCultureInfo {
  constructor(
    queue: CommandQueue,
    private readonly culture: string,
    private readonly settings: CultureSettings,
    private readonly requireApi: FakeEnvironment["requireApi"]
  ) {
    super(queue);
  }
  get numberFormat(): FakeNumberFormatInfo {
    return new FakeNumberFormatInfo(this.queue, this.settings);
  }
  get datetimeFormat(): FakeDatetimeFormatInfo {
    this.requireApi("1.12", "cultureInfo.datetimeFormat");
    return new FakeDatetimeFormatInfo(this.queue, this.settings);
  }
  protected snapshot(property: string): unknown {
    if (property === "name") return this.culture;
    throw invalidArgument(`the fake CultureInfo has no property "${property}"`);
  }
  load(propertyNames: string | string[]): FakeCultureInfo {
    this.queueLoad(propertyNames);
    return this;
  }
  get name(): string {
    return this.loadedValue("name");
  }
}

class FakeFunctionResult extends FakeClientObject implements HostFunctionResult {
  constructor(
    queue: CommandQueue,
    private readonly result: () => number
  ) {
    super(queue);
  }
  protected snapshot(property: string): unknown {
    if (property === "value") return this.result();
    if (property === "error") return null;
    throw invalidArgument(`the fake FunctionResult has no property "${property}"`);
  }
  load(propertyNames: string | string[]): FakeFunctionResult {
    this.queueLoad(propertyNames);
    return this;
  }
  get value(): number {
    return this.loadedValue("value");
  }
  get error(): string {
    return this.loadedValue("error");
  }
}

class FakeSetting extends FakeClientObject implements HostSetting {
  private resolved?: { key: string; value: unknown } | null;
  constructor(
    queue: CommandQueue,
    private readonly workbook: WorkbookModel,
    private readonly key_: string
  ) {
    super(queue);
    queue.enqueue("setting.resolve", () => {
      this.resolved = workbook.settings.get(key_.toLowerCase()) ?? null;
    });
  }
  get isNullObject(): boolean {
    if (this.resolved === undefined) throw propertyNotLoaded("isNullObject");
    return this.resolved === null;
  }
  protected snapshot(property: string): unknown {
    const s = this.workbook.settings.get(this.key_.toLowerCase());
    if (property === "key" || property === "value") return s === undefined ? null : s[property];
    throw invalidArgument(`the fake Setting has no property "${property}"`);
  }
  load(propertyNames: string | string[]): FakeSetting {
    this.queueLoad(propertyNames);
    return this;
  }
  get key(): string {
    return this.loadedValue("key");
  }
  get value(): unknown {
    return this.loadedValue("value");
  }
  delete(): void {
    this.queue.enqueue("setting.delete", () => {
      this.workbook.settings.delete(this.key_.toLowerCase());
    });
  }
}

/** The fake request context, plus helpers for tests to set up and inspect the workbook. */
export class FakeExcel implements ExcelHost {
  readonly queue = new CommandQueue();
  readonly model = new WorkbookModel();
  readonly tablesAdded: TableModel[] = [];
  readonly chartsAdded: ChartModel[] = [];
  readonly workbook: HostWorkbook;
  readonly options: Required<FakeExcelOptions>;
  /** Set by `run({ delayForCellEdit: true }, ...)`: a cell-edit fault then only delays. */
  delayForCellEdit = false;
  /** Every application.calculate(type) applied, in order. */
  readonly calculations: string[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.options = {
      apiVersion: "1.12",
      culture: "en-US",
      cultureSettings: {},
      date1904: false,
      ...options,
    };
    const env: FakeEnvironment = {
      queue: this.queue,
      workbook: this.model,
      requireApi: (version, what) => {
        if (!versionAtLeast(this.options.apiVersion, version)) {
          this.queue.enqueue(`${what} (ExcelApi ${version})`, () => {
            throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
          });
        }
      },
      onTableAdded: (t) => this.tablesAdded.push(t),
      onChartAdded: (c) => this.chartsAdded.push(c),
    };
    this.queue.requireApi = env.requireApi;
    const queue = this.queue;
    const model = this.model;
    const opts = this.options;
    const application: HostApplication = {
      suspendApiCalculationUntilNextSync: () => void (queue.calculationSuspended = true),
      suspendScreenUpdatingUntilNextSync: () => void (queue.screenUpdatingSuspended = true),
      calculate: (type: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild") => {
        queue.enqueue(`calculate ${type}`, () => void this.calculations.push(type));
      },
      get cultureInfo(): HostCultureInfo {
        env.requireApi("1.11", "application.cultureInfo");
        return new FakeCultureInfo(
          queue,
          opts.culture,
          cultureSettings(opts.culture, opts.cultureSettings),
          env.requireApi
        );
      },
    };
    const functions: HostFunctions = {
      // DATE(year, month, day) as the workbook's date system counts it (1900: day 1 = 1900-01-01
      // with Excel's phantom 1900-02-29, i.e. serial = days since 1899-12-30 from March 1900 on).
      date: (year, month, day) =>
        new FakeFunctionResult(queue, () => {
          const serial1900 = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
          return opts.date1904 ? serial1900 - 1462 : serial1900;
        }),
    };
    const settings: HostSettingCollection = {
      add: (key, value) => {
        queue.enqueue(
          `settings.add ${key}`,
          () => {
            model.settings.set(key.toLowerCase(), { key, value });
          },
          value
        );
        return new FakeSetting(queue, model, key);
      },
      getItemOrNullObject: (key) => new FakeSetting(queue, model, key),
    };
    this.workbook = {
      worksheets: new FakeWorksheetCollection(env),
      settings,
      application,
      functions,
    };
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }

  /** Office.context.requirements.isSetSupported, answering from `apiVersion`. */
  readonly isSetSupported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && versionAtLeast(this.options.apiVersion, version ?? "1.1");

  // ---- test helpers (not part of Office's API) ----

  get syncs(): SyncRecord[] {
    return this.queue.syncs;
  }

  /** Largest request or response of any sync so far, in bytes. */
  get largestPayload(): number {
    return Math.max(0, ...this.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
  }

  /**
   * Closes and reopens the workbook: what is saved in the file stays (cells, tables, custom
   * properties, names, settings) but every worksheet gets a new id, handed out in sheet order
   * as Excel on the web does (ids change between sessions: OfficeDev/office-js-docs#297; the
   * first sheet of a file gets {00000000-0001-0000-0000-000000000000}: OfficeDev/office-js#552).
   * Handles from before the reopen must not be used again, as with a new Excel.run.
   */
  reopen(): void {
    this.model.sheets.forEach((sheet, position) => sheet.reissueId(position));
  }

  injectFailure(failure: InjectedFailure): void {
    this.queue.failure = failure;
  }

  /** Arms `fault` (faults.ts) for the `syncsFromNow`-th sync from now (1 = the next one). */
  injectFault(fault: Fault, syncsFromNow: number): void {
    armFault(this.queue, this.model, fault, this.syncs.length + syncsFromNow, () => {
      return this.delayForCellEdit;
    });
  }

  /** Excel.run(options, batch) on this fake: the options hold while the batch runs. */
  async run<T>(
    options: { delayForCellEdit?: boolean },
    batch: (context: FakeExcel) => Promise<T>
  ): Promise<T> {
    this.delayForCellEdit = options.delayForCellEdit ?? false;
    try {
      return await batch(this);
    } finally {
      this.delayForCellEdit = false;
    }
  }

  get commandsApplied(): number {
    return this.queue.commandsApplied;
  }

  /** Adds a sheet holding `rows` from `topLeft` (A1 by default), bypassing the queue. */
  addSheet(name: string, rows: Stored[][] = [], topLeft = "A1"): SheetModel {
    const sheet = this.model.addSheet(name);
    const { row, col } = parseA1(topLeft);
    rows.forEach((line, r) => line.forEach((v, c) => sheet.grid.set(row + r, col + c, v)));
    return sheet;
  }

  /** Adds a sheet whose cells come from a generator: a million rows at no memory cost. */
  addGeneratedSheet(name: string, generator: CellGenerator): SheetModel {
    return this.model.addSheet(name, generator);
  }

  /** Adds an Excel Table over `address` (header row included), bypassing the queue. */
  addTable(sheetName: string, address: string, name: string): TableModel {
    const sheet = this.sheet(sheetName);
    this.model.checkTableName(name);
    const table: TableModel = {
      name,
      sheet,
      area: parseA1(address),
      style: "TableStyleMedium2",
      showTotals: false,
    };
    sheet.tables.push(table);
    return table;
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  settingValue(key: string): unknown {
    return this.model.settings.get(key.toLowerCase())?.value;
  }
}
