/**
 * Fake Excel.Range: loads snapshot the grid at sync; writes are queued and applied at sync with
 * Office's checks (a 2-D array exactly the range's shape, else InvalidArgument) and Office's
 * reading of strings: "=..." (and "+..."/"-..." that are not numbers) become formulas, numeric
 * text becomes a number, a leading apostrophe or a "@" (Text) cell format keeps text as text.
 */
import type { Area } from "./a1";
import { beforeWrite } from "./calculatedColumns";
import { writeOnly } from "./writeOnly";
import { checkCellText, checkNumberFormat, checkRowHeight } from "./excelRules";
import { type CommandQueue, FakeClientObject } from "./context";
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from "./errors";
import { numberFormatCategory } from "./culture";
import { ErrorCell, type Stored } from "./grid";
import { type ConditionalFormatModel, readValue, type SheetModel, valueTypeOf } from "./model";
import type {
  ConditionalFormatTypeName,
  HostConditionalFormat,
  HostConditionalFormatCollection,
  HostRange,
  HostRangeFormat,
} from "../../../src/excel/host";

export interface RangeTarget {
  sheet: SheetModel;
  area: Area | null;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Stores one input value the way Excel reads what an add-in writes into `values`/`formulas`. */
function store(sheet: SheetModel, row: number, col: number, input: unknown): void {
  const grid = sheet.grid;
  if (input === null || input === undefined) return; // Office: null leaves the cell unchanged
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalidArgument(`not a finite number: ${input}`);
    grid.set(row, col, input);
    return;
  }
  if (typeof input === "boolean") {
    grid.set(row, col, input);
    return;
  }
  if (typeof input !== "string") throw invalidArgument(`unsupported cell value ${String(input)}`);
  checkCellText(input, input.startsWith("=") && grid.numberFormat(row, col) !== "@");
  if (input === "") grid.set(row, col, "");
  else if (grid.numberFormat(row, col) === "@") grid.set(row, col, input);
  else if (input.startsWith("'")) grid.set(row, col, input.slice(1));
  else if (NUMERIC.test(input.trim())) grid.set(row, col, Number(input.trim()));
  else if (input.startsWith("=") && input.length > 1) grid.set(row, col, "", input);
  else if (/^[+-]./.test(input)) grid.set(row, col, "", `=${input}`);
  else if (/^(true|false)$/i.test(input)) grid.set(row, col, input.toLowerCase() === "true");
  else grid.set(row, col, input);
}

function checkShape(input: unknown, area: Area, property: string): unknown[][] {
  const ok =
    Array.isArray(input) &&
    input.length === area.rows &&
    input.every((row) => Array.isArray(row) && row.length === area.cols);
  if (!ok) {
    throw invalidArgument(
      `${property}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${area.rows}x${area.cols})`
    );
  }
  return input as unknown[][];
}

export class FakeRange extends FakeClientObject implements HostRange {
  private bound?: RangeTarget;
  private nullResolved?: boolean;
  readonly format: HostRangeFormat;
  readonly conditionalFormats: HostConditionalFormatCollection;

  constructor(
    queue: CommandQueue,
    private readonly resolve: () => RangeTarget,
    private readonly nullable = false
  ) {
    super(queue);
    if (nullable) {
      queue.enqueue("resolve range", () => {
        this.nullResolved = this.target(true).area === null;
      });
    }
    this.format = new FakeRangeFormat(queue, () => this.area());
    this.conditionalFormats = new FakeConditionalFormats(queue, () => this.area());
  }

  /** The sheet and area, bound at first use (like Office binding an object at its first sync). */
  target(allowNull = false): RangeTarget {
    this.bound ??= this.resolve();
    if (this.bound.area === null && !allowNull) {
      throw new FakeOfficeError("InvalidOperation", "the range is a null object");
    }
    return this.bound;
  }

  area(): { sheet: SheetModel; area: Area } {
    const t = this.target();
    return { sheet: t.sheet, area: t.area as Area };
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullResolved === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullResolved;
  }

  load(propertyNames: string | string[]): FakeRange {
    const names = Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",");
    if (names.some((n) => n.trim() === "numberFormatCategories")) {
      this.queue.requireApi("1.12", "range.numberFormatCategories");
    }
    this.queueLoad(propertyNames);
    return this;
  }

  merge(across = false): void {
    this.queue.enqueue("merge", () => {
      const { sheet, area } = this.area();
      sheet.formats.push({
        get address() {
          return sheet.address(area);
        },
        property: "merge",
        value: across ? "across" : "all",
      });
    });
  }

  protected snapshot(property: string): unknown {
    const { sheet, area } = this.target(true);
    if (area === null) return null;
    const each = (f: (r: number, c: number) => unknown): unknown[][] => {
      const rows: unknown[][] = new Array(area.rows);
      for (let r = 0; r < area.rows; r++) {
        const line = new Array(area.cols);
        for (let c = 0; c < area.cols; c++) line[c] = f(area.row + r, area.col + c);
        rows[r] = line;
      }
      return rows;
    };
    const grid = sheet.grid;
    switch (property) {
      case "address":
        return sheet.address(area);
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.col;
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      case "values":
        return each((r, c) => readValue(grid.get(r, c)));
      case "valueTypes":
        return each((r, c) => valueTypeOf(grid.get(r, c)));
      case "formulas":
        return each((r, c) => grid.formula(r, c) ?? readValue(grid.get(r, c)));
      case "numberFormat":
        return each((r, c) => grid.numberFormat(r, c));
      case "numberFormatCategories":
        return each((r, c) => numberFormatCategory(grid.numberFormat(r, c)));
      default:
        throw invalidArgument(`the fake Range has no property "${property}"`);
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loadedValue("valueTypes");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(input: unknown[][]) {
    this.queueGridWrite("values", input, storeAll);
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(input: unknown[][]) {
    this.queueGridWrite("formulas", input, storeAll);
  }
  get numberFormatCategories(): Excel.NumberFormatCategory[][] {
    return this.loadedValue("numberFormatCategories");
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.queueGridWrite("numberFormat", input, (sheet, area, formats) => {
      if (!formats.every((row) => row.every((f) => typeof f === "string"))) {
        throw invalidArgument("numberFormat: every format must be a string");
      }
      formats.forEach((row) => row.forEach((f) => checkNumberFormat(f as string)));
      sheet.grid.setFormats(area, formats as string[][]);
    });
  }

  /**
   * The one writer of 2-D properties: queued with the input as its request payload, applied at
   * sync to the range's area once the input's shape is checked against it.
   */
  private queueGridWrite(
    property: "values" | "formulas" | "numberFormat",
    input: unknown[][],
    apply: (sheet: SheetModel, area: Area, rows: unknown[][]) => void
  ): void {
    this.queue.enqueue(
      property,
      () => {
        const { sheet, area } = this.area();
        apply(sheet, area, checkShape(input, area, property));
      },
      input
    );
  }
}

/** Applies a values or formulas write: each cell read as Excel reads what an add-in writes. */
function storeAll(sheet: SheetModel, area: Area, rows: unknown[][]): void {
  const autofill = beforeWrite(sheet, area, rows);
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) store(sheet, area.row + r, area.col + c, rows[r][c]);
  }
  autofill.after();
}

type AreaOf = () => { sheet: SheetModel; area: Area };

/** Records each format property written, with the range's address, on the sheet. */
function recorder(queue: CommandQueue, areaOf: AreaOf, prefix: string) {
  return (property: string, value: unknown): void =>
    queue.enqueue(
      `format ${prefix}${property}`,
      () => {
        const { sheet, area } = areaOf();
        // The address is live (follows a sheet rename), like the format in Excel.
        sheet.formats.push({
          get address() {
            return sheet.address(area);
          },
          property: prefix + property,
          value,
        });
      },
      value
    );
}

class FakeFont {
  constructor(private readonly record: (p: string, v: unknown) => void) {}
  get bold(): boolean {
    throw propertyNotLoaded("bold");
  }
  set bold(v: boolean) {
    this.record("bold", v);
  }
  get italic(): boolean {
    throw propertyNotLoaded("italic");
  }
  set italic(v: boolean) {
    this.record("italic", v);
  }
  get size(): number {
    throw propertyNotLoaded("size");
  }
  set size(v: number) {
    this.record("size", v);
  }
  get color(): string {
    throw propertyNotLoaded("color");
  }
  set color(v: string) {
    this.record("color", v);
  }
}

class FakeFill {
  constructor(private readonly record: (p: string, v: unknown) => void) {}
  get color(): string {
    throw propertyNotLoaded("color");
  }
  set color(v: string) {
    this.record("color", v);
  }
}

class FakeRangeFormat implements HostRangeFormat {
  private readonly record: (p: string, v: unknown) => void;
  readonly font: FakeFont;
  readonly fill: FakeFill;

  constructor(
    private readonly queue: CommandQueue,
    areaOf: AreaOf
  ) {
    this.record = recorder(queue, areaOf, "");
    this.font = new FakeFont(recorder(queue, areaOf, "font."));
    this.fill = new FakeFill(recorder(queue, areaOf, "fill."));
  }
  get columnWidth(): number {
    throw propertyNotLoaded("columnWidth");
  }
  set columnWidth(v: number) {
    this.record("columnWidth", v);
  }
  get rowHeight(): number {
    throw propertyNotLoaded("rowHeight");
  }
  set rowHeight(v: number) {
    this.queue.enqueue("rowHeight check", () => checkRowHeight(v));
    this.record("rowHeight", v);
  }
  get wrapText(): boolean {
    throw propertyNotLoaded("wrapText");
  }
  set wrapText(v: boolean) {
    this.record("wrapText", v);
  }
  get horizontalAlignment(): HostRangeFormat["horizontalAlignment"] {
    throw propertyNotLoaded("horizontalAlignment");
  }
  set horizontalAlignment(v: HostRangeFormat["horizontalAlignment"]) {
    this.record("horizontalAlignment", v);
  }
  get verticalAlignment(): HostRangeFormat["verticalAlignment"] {
    throw propertyNotLoaded("verticalAlignment");
  }
  set verticalAlignment(v: HostRangeFormat["verticalAlignment"]) {
    this.record("verticalAlignment", v);
  }
}

class FakeConditionalFormats implements HostConditionalFormatCollection {
  constructor(
    private readonly queue: CommandQueue,
    private readonly areaOf: AreaOf
  ) {}

  add(type: ConditionalFormatTypeName): HostConditionalFormat {
    const format: Omit<ConditionalFormatModel, "sheet" | "address"> = {
      type,
      dataBar: { barDirection: "Context", positiveFormat: { fillColor: "", gradientFill: true } },
      colorScale: {
        criteria: { minimum: { type: "LowestValue" }, maximum: { type: "HighestValue" } },
      },
      iconSet: { style: "ThreeArrows", criteria: [], showIconOnly: false, reverseIconOrder: false },
    };
    this.queue.enqueue(`conditionalFormats.add ${type}`, () => {
      const { sheet, area } = this.areaOf();
      // The address is live: it follows a rename of the sheet, as Excel's rules do.
      Object.defineProperty(format, "address", {
        get: () => sheet.address(area),
        enumerable: true,
      });
      sheet.conditionalFormats.push(Object.assign(format, { sheet }) as ConditionalFormatModel);
    });
    return writeOnly(this.queue, `conditionalFormat ${type}`, format);
  }
}

export { ErrorCell, type Stored };
