/** Fake worksheets and what hangs off them: tables, custom properties, page layout, panes. */
import { type Area, parseA1 } from "./a1";
import { FakeChartCollection } from "./chart";
import { type CommandQueue, FakeClientObject } from "./context";
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from "./errors";
import type { ChartModel, SheetModel, TableModel, WorkbookModel } from "./model";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import type {
  HostHeaderFooter,
  HostPageLayout,
  HostRange,
  HostTable,
  HostTableCollection,
  HostWorksheet,
  HostWorksheetCollection,
  HostWorksheetCustomProperty,
  HostWorksheetCustomPropertyCollection,
} from "../../../src/excel/host";

/** What a fake API object needs from the whole fake: the queue, the model, the API level. */
export interface FakeEnvironment {
  queue: CommandQueue;
  workbook: WorkbookModel;
  /** Throws ApiNotFound at sync when the API level is below `version` (e.g. "1.12"). */
  requireApi(version: string, what: string): void;
  onTableAdded(table: TableModel): void;
  onChartAdded(chart: ChartModel): void;
}

function splitNames(propertyNames: string | string[]): string[] {
  return (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
    .map((n) => n.trim())
    .filter((n) => n !== "");
}

class FakeTable extends FakeClientObject implements HostTable {
  constructor(
    private readonly env: FakeEnvironment,
    private readonly model: () => TableModel
  ) {
    super(env.queue);
  }
  protected snapshot(property: string): unknown {
    const t = this.model();
    if (property === "name" || property === "style" || property === "showTotals")
      return t[property];
    throw invalidArgument(`the fake Table has no property "${property}"`);
  }
  load(propertyNames: string | string[]): FakeTable {
    this.queueLoad(propertyNames);
    return this;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(v: string) {
    this.env.queue.enqueue("table.name", () => this.env.workbook.renameTable(this.model(), v));
  }
  get style(): string {
    return this.loadedValue("style");
  }
  set style(v: string) {
    this.env.queue.enqueue("table.style", () => void (this.model().style = v));
  }
  get showTotals(): boolean {
    return this.loadedValue("showTotals");
  }
  set showTotals(v: boolean) {
    this.env.queue.enqueue("table.showTotals", () => void (this.model().showTotals = v));
  }
  private range(part: (t: TableModel) => { row: number; rows: number }): HostRange {
    return new FakeRange(this.env.queue, () => {
      const t = this.model();
      return { sheet: t.sheet, area: { ...t.area, ...part(t) } };
    });
  }
  getRange(): HostRange {
    return this.range((t) => ({ row: t.area.row, rows: t.area.rows + (t.showTotals ? 1 : 0) }));
  }
  getHeaderRowRange(): HostRange {
    return this.range((t) => ({ row: t.area.row, rows: 1 }));
  }
  getTotalRowRange(): HostRange {
    return this.range((t) => {
      if (!t.showTotals)
        throw new FakeOfficeError("InvalidOperation", "the table shows no totals row");
      return { row: t.area.row + t.area.rows, rows: 1 };
    });
  }
}

class FakeTableCollection extends FakeClientObject implements HostTableCollection {
  private loadedItems?: HostTable[];
  constructor(
    private readonly env: FakeEnvironment,
    private readonly sheet: () => SheetModel
  ) {
    super(env.queue);
  }
  get items(): HostTable[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }
  load(propertyNames: string | string[]): FakeTableCollection {
    const names = splitNames(propertyNames).map((n) => n.replace(/^items\//, ""));
    this.env.queue.enqueue("tables.load", () => {
      this.loadedItems = this.sheet().tables.map((model) => {
        const table = new FakeTable(this.env, () => model);
        for (const n of names) table.setLoaded(n, (model as unknown as Record<string, unknown>)[n]);
        return table;
      });
      return JSON.stringify(this.loadedItems.map((_, i) => names.map((n) => n + i))).length;
    });
    return this;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  add(address: HostRange | string, hasHeaders: boolean): HostTable {
    let created: TableModel | undefined;
    this.env.queue.enqueue("tables.add", () => {
      // Like Office: a range object decides the sheet; a string without a sheet name means the
      // ACTIVE sheet, whatever collection add() was called on.
      let sheet: SheetModel;
      let area: Area;
      if (typeof address === "string") {
        const wb = this.env.workbook;
        const bang = address.lastIndexOf("!");
        const named =
          bang >= 0 ? wb.sheet(address.slice(0, bang).replace(/^'|'$/g, "")) : undefined;
        sheet = named ?? wb.activeSheet ?? wb.sheets[0];
        area = parseA1(address);
      } else {
        ({ sheet, area } = (address as FakeRange).area());
      }
      if (!hasHeaders) throw invalidArgument("the fake only supports tables with headers");
      const overlaps = sheet.tables.some(
        (t) =>
          area.row < t.area.row + t.area.rows + (t.showTotals ? 1 : 0) &&
          t.area.row < area.row + area.rows &&
          area.col < t.area.col + t.area.cols &&
          t.area.col < area.col + area.cols
      );
      if (overlaps) throw new FakeOfficeError("InvalidOperation", "tables cannot overlap");
      let n = this.env.workbook.tables().length + 1;
      const taken = (name: string) =>
        this.env.workbook.tables().some((t) => t.name.toLowerCase() === name.toLowerCase());
      while (taken(`Table${n}`)) n++;
      created = { name: `Table${n}`, sheet, area, style: "TableStyleMedium2", showTotals: false };
      sheet.tables.push(created);
      this.env.onTableAdded(created);
    });
    return new FakeTable(this.env, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "the table was never created");
      return created;
    });
  }
}

class FakeCustomProperty extends FakeClientObject implements HostWorksheetCustomProperty {
  private resolved?: { key: string; value: string } | null;
  constructor(
    env: FakeEnvironment,
    private readonly lookup: () => { key: string; value: string } | null
  ) {
    super(env.queue);
    env.queue.enqueue("customProperty.resolve", () => void (this.resolved = this.lookup()));
  }
  get isNullObject(): boolean {
    if (this.resolved === undefined) throw propertyNotLoaded("isNullObject");
    return this.resolved === null;
  }
  protected snapshot(property: string): unknown {
    const p = this.resolved ?? this.lookup();
    if (property === "key" || property === "value") return p === null ? null : p[property];
    throw invalidArgument(`the fake custom property has no property "${property}"`);
  }
  load(propertyNames: string | string[]): FakeCustomProperty {
    this.queueLoad(propertyNames);
    return this;
  }
  get key(): string {
    return this.loadedValue("key");
  }
  get value(): string {
    return this.loadedValue("value");
  }
}

class FakeCustomProperties implements HostWorksheetCustomPropertyCollection {
  constructor(
    private readonly env: FakeEnvironment,
    private readonly sheet: () => SheetModel
  ) {}
  get items(): HostWorksheetCustomProperty[] {
    throw propertyNotLoaded("items");
  }
  load(): HostWorksheetCustomPropertyCollection {
    throw invalidArgument("the fake loads custom properties one by one (getItemOrNullObject)");
  }
  add(key: string, value: string): HostWorksheetCustomProperty {
    this.env.requireApi("1.12", "worksheet.customProperties");
    this.env.queue.enqueue(`customProperties.add ${key}`, () => {
      if (key.length === 0 || key.length > 255) throw invalidArgument("bad custom property key");
      this.sheet().customProperties.set(key.toLowerCase(), { key, value });
    });
    return this.getItemOrNullObject(key);
  }
  getItemOrNullObject(key: string): HostWorksheetCustomProperty {
    this.env.requireApi("1.12", "worksheet.customProperties");
    return new FakeCustomProperty(
      this.env,
      () => this.sheet().customProperties.get(key.toLowerCase()) ?? null
    );
  }
}

class FakePageLayout implements HostPageLayout {
  constructor(
    private readonly env: FakeEnvironment,
    private readonly sheet: () => SheetModel
  ) {}
  private set(property: string, value: unknown): void {
    this.env.queue.enqueue(`pageLayout.${property}`, () => {
      this.sheet().pageLayout[property] = value;
    });
  }
  get orientation(): HostPageLayout["orientation"] {
    throw propertyNotLoaded("orientation");
  }
  set orientation(v: HostPageLayout["orientation"]) {
    this.set("orientation", v);
  }
  get paperSize(): HostPageLayout["paperSize"] {
    throw propertyNotLoaded("paperSize");
  }
  set paperSize(v: HostPageLayout["paperSize"]) {
    this.set("paperSize", v);
  }
  get zoom(): HostPageLayout["zoom"] {
    throw propertyNotLoaded("zoom");
  }
  set zoom(v: HostPageLayout["zoom"]) {
    this.set("zoom", v);
  }
  get centerHorizontally(): boolean {
    throw propertyNotLoaded("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.set("centerHorizontally", v);
  }
  setPrintArea(printArea: string): void {
    printArea.split(",").forEach((area) => parseA1(area));
    this.set("printArea", printArea);
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.set("printTitleRows", printTitleRows);
  }
  setPrintTitleColumns(printTitleColumns: string): void {
    if (!/^\$[A-Z]+:\$[A-Z]+$/.test(printTitleColumns)) {
      throw new FakeOfficeError("InvalidArgument", `not whole columns: ${printTitleColumns}`);
    }
    this.set("printTitleColumns", printTitleColumns);
  }
  readonly headersFooters = {
    defaultForAllPages: new FakeHeaderFooter((section, v) =>
      this.set(`headerFooter.${section}`, v)
    ),
  };
}

/** The default header and footer: each section written is stored as "headerFooter.<section>". */
class FakeHeaderFooter implements HostHeaderFooter {
  constructor(private readonly set: (section: keyof HostHeaderFooter, value: string) => void) {}
  set leftHeader(v: string) {
    this.set("leftHeader", v);
  }
  set centerHeader(v: string) {
    this.set("centerHeader", v);
  }
  set rightHeader(v: string) {
    this.set("rightHeader", v);
  }
  set leftFooter(v: string) {
    this.set("leftFooter", v);
  }
  set centerFooter(v: string) {
    this.set("centerFooter", v);
  }
  set rightFooter(v: string) {
    this.set("rightFooter", v);
  }
}

export class FakeWorksheet extends FakeClientObject implements HostWorksheet {
  private bound?: SheetModel | null;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly customProperties: HostWorksheetCustomPropertyCollection;
  readonly pageLayout: HostPageLayout;
  readonly names: FakeNamedItemCollection;
  readonly horizontalPageBreaks: HostWorksheet["horizontalPageBreaks"];
  readonly freezePanes: HostWorksheet["freezePanes"];

  constructor(
    private readonly env: FakeEnvironment,
    private readonly lookup: () => SheetModel | null,
    nullable: boolean,
    bound?: SheetModel
  ) {
    super(env.queue);
    this.bound = bound;
    if (!bound) {
      env.queue.enqueue("worksheet.resolve", () => {
        this.bound ??= this.lookup();
        if (this.bound === null && !nullable) {
          throw new FakeOfficeError("ItemNotFound", "the requested worksheet does not exist");
        }
      });
    }
    const sheet = () => this.model();
    this.tables = new FakeTableCollection(env, sheet);
    this.charts = new FakeChartCollection(env.queue, sheet, (c) => env.onChartAdded(c));
    this.customProperties = new FakeCustomProperties(env, sheet);
    this.pageLayout = new FakePageLayout(env, sheet);
    this.names = new FakeNamedItemCollection(env.queue, sheet);
    this.horizontalPageBreaks = {
      add: (range: string) => {
        const { row } = parseA1(range);
        env.queue.enqueue(
          "horizontalPageBreaks.add",
          () => void sheet().pageBreaksBefore.push(row)
        );
      },
    };
    this.freezePanes = {
      freezeRows: (count?: number) =>
        env.queue.enqueue("freezeRows", () => void (sheet().frozenRows = count ?? 1)),
    };
  }

  model(): SheetModel {
    this.bound ??= this.lookup();
    if (!this.bound) throw new FakeOfficeError("ItemNotFound", "the worksheet does not exist");
    return this.bound;
  }

  get isNullObject(): boolean {
    if (this.bound === undefined) throw propertyNotLoaded("isNullObject");
    return this.bound === null;
  }

  protected snapshot(property: string): unknown {
    const sheet = this.bound ?? this.lookup();
    if (sheet === null) return null;
    switch (property) {
      case "name":
      case "id":
      case "tabColor":
      case "visibility":
        return sheet[property];
      case "position":
        return this.env.workbook.sheets.indexOf(sheet);
      default:
        throw invalidArgument(`the fake Worksheet has no property "${property}"`);
    }
  }
  load(propertyNames: string | string[]): FakeWorksheet {
    this.queueLoad(propertyNames);
    return this;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(v: string) {
    this.env.queue.enqueue(`rename ${v}`, () => this.env.workbook.renameSheet(this.model(), v));
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(_v: number) {
    throw invalidArgument("the fake does not move sheets");
  }
  get tabColor(): string {
    return this.loadedValue("tabColor");
  }
  set tabColor(v: string) {
    this.env.queue.enqueue("tabColor", () => void (this.model().tabColor = v));
  }
  get visibility(): HostWorksheet["visibility"] {
    return this.loadedValue("visibility");
  }
  set visibility(v: HostWorksheet["visibility"]) {
    this.env.queue.enqueue("visibility", () => this.env.workbook.setVisibility(this.model(), v));
  }
  delete(): void {
    this.env.queue.enqueue("worksheet.delete", () => this.env.workbook.deleteSheet(this.model()));
  }
  activate(): void {
    this.env.queue.enqueue("activate", () => void (this.env.workbook.activeSheet = this.model()));
  }
  getRange(address: string): HostRange {
    return new FakeRange(this.env.queue, () => ({ sheet: this.model(), area: parseA1(address) }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): HostRange {
    return new FakeRange(this.env.queue, () => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1) throw invalidArgument("bad range indexes");
      return { sheet: this.model(), area: { row, col, rows, cols } };
    });
  }
  getUsedRangeOrNullObject(): HostRange {
    return new FakeRange(
      this.env.queue,
      () => ({ sheet: this.model(), area: this.model().grid.usedArea() }),
      true
    );
  }
}

export class FakeWorksheetCollection extends FakeClientObject implements HostWorksheetCollection {
  private loadedItems?: FakeWorksheet[];
  constructor(private readonly env: FakeEnvironment) {
    super(env.queue);
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  load(propertyNames: string | string[]): FakeWorksheetCollection {
    const names = splitNames(propertyNames).map((n) => n.replace(/^items\//, ""));
    this.env.queue.enqueue("worksheets.load", () => {
      let bytes = 2;
      this.loadedItems = this.env.workbook.sheets.map((model) => {
        const sheet = new FakeWorksheet(this.env, () => model, false, model);
        for (const n of names) {
          const value =
            n === "position"
              ? this.env.workbook.sheets.indexOf(model)
              : (model as unknown as Record<string, unknown>)[n];
          sheet.setLoaded(n, value);
          bytes += n.length + 4 + JSON.stringify(value ?? null).length;
        }
        return sheet;
      });
      return bytes;
    });
    return this;
  }
  add(name: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.env.queue.enqueue(`worksheets.add ${name}`, () => {
      created = this.env.workbook.addSheet(name);
    });
    return new FakeWorksheet(this.env, () => created ?? null, false);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.env, () => this.env.workbook.sheet(key) ?? null, false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.env, () => this.env.workbook.sheet(key) ?? null, true);
  }
}
