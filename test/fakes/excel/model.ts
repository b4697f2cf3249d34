/**
 * The state of the fake workbook: sheets with their grids, tables, charts and formats. Handles
 * (the API objects src/excel holds) point at these models; tests read them directly.
 */
import type { Hash } from "node:crypto";
import { createHash } from "node:crypto";
import { type Area, formatA1, parseA1 } from "./a1";
import { FakeOfficeError, invalidArgument } from "./errors";
import { checkTableNameForm } from "./excelRules";
import { type CellGenerator, ErrorCell, Grid, type Stored } from "./grid";
import type { NameModel } from "./names";
import type {
  HostChart,
  HostChartAxis,
  HostChartSeries,
  HostConditionalFormat,
} from "../../../src/excel/host";

export interface TableModel {
  name: string;
  sheet: SheetModel;
  /** Header and body (the totals row, when shown, is the row below). */
  area: Area;
  style: string;
  showTotals: boolean;
  /** Calculated columns (column offset -> formula of its first body row): calculatedColumns.ts. */
  calculatedColumns?: Map<number, string>;
}

export interface ChartSeriesModel {
  name: string;
  chartType: HostChartSeries["chartType"];
  values?: string;
  xValues?: string;
  format: HostChartSeries["format"];
  color?: string;
  /** No values yet, or only blank cells (chart.ts: EmptyChartSeries). */
  empty?: boolean;
}

export interface ChartModel {
  sheet: SheetModel;
  type: string;
  source: string;
  seriesBy: string;
  name: string;
  title: HostChart["title"];
  legend: HostChart["legend"];
  dataLabels: HostChart["dataLabels"];
  axes: { categoryAxis: HostChartAxis; valueAxis: HostChartAxis };
  series: ChartSeriesModel[];
  position?: { start: string; end: string };
}

export interface ConditionalFormatModel extends HostConditionalFormat {
  sheet: SheetModel;
  address: string;
  type: string;
}

export interface FormatWrite {
  address: string;
  property: string;
  value: unknown;
}

let nextSheetId = 1;

/** A worksheet id as Excel hands them out: a new one for every sheet, and on every reopen. */
function newSheetId(): string {
  return `{FAKE-SHEET-${nextSheetId++}}`;
}

export class SheetModel {
  /** Not stable across sessions or hosts (see reissueId): never a key to remember a sheet by. */
  id = newSheetId();
  readonly grid: Grid;
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly formats: FormatWrite[] = [];
  readonly customProperties = new Map<string, { key: string; value: string }>();
  /** Defined names scoped to the sheet (names.ts), by lower-case name. */
  readonly names = new Map<string, NameModel>();
  readonly pageLayout: Record<string, unknown> = {};
  /** Zero-based rows with a manual page break above them. */
  readonly pageBreaksBefore: number[] = [];
  frozenRows = 0;
  tabColor = "";
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(
    public name: string,
    base?: CellGenerator
  ) {
    this.grid = new Grid(base);
  }

  /** What reopening the workbook does to a sheet's id: a session id by position (FakeExcel.reopen). */
  reissueId(position: number): void {
    const n = position.toString(16).padStart(4, "0").toUpperCase();
    this.id = `{00000000-0001-0000-${n}-000000000000}`;
  }

  /** A cell as a test wants to see it: value, formula (when one), number format. */
  cell(address: string): { value: Stored; formula?: string; numberFormat: string } {
    const { row, col } = parseA1(address);
    const formula = this.grid.formula(row, col);
    return {
      value: this.grid.get(row, col),
      ...(formula === undefined ? {} : { formula }),
      numberFormat: this.grid.numberFormat(row, col),
    };
  }

  address(area: Area): string {
    return formatA1(this.name, area);
  }

  /** Everything a user could see of the sheet, hashed: equal before and after = untouched. */
  fingerprint(): string {
    const hash: Hash = createHash("sha256");
    hash.update(this.name);
    this.grid.hashInto(hash);
    hash.update(
      JSON.stringify({
        tables: this.tables.map((t) => ({ ...t, sheet: undefined })),
        charts: this.charts.map((c) => ({ ...c, sheet: undefined })),
        cf: this.conditionalFormats.map((c) => ({ ...c, sheet: undefined })),
        formats: this.formats,
        props: [...this.customProperties.values()],
        names: [...this.names.values()],
        page: this.pageLayout,
        breaks: this.pageBreaksBefore,
        frozen: this.frozenRows,
        tab: this.tabColor,
      })
    );
    return hash.digest("hex");
  }
}

/**
 * Excel's sheet-name rules (support.microsoft.com "Rename a worksheet"): not blank, at most 31
 * characters, none of [ ] : * ? / \, no apostrophe at either end, not "History" (reserved).
 */
export function checkSheetName(name: string): void {
  if (name.trim().length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
    throw invalidArgument(`invalid sheet name "${name}"`);
  }
  if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw invalidArgument(`invalid sheet name "${name}"`);
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly settings = new Map<string, { key: string; value: unknown }>();
  activeSheet?: SheetModel;
  /** Workbook-scoped defined names (name -> formula); tests add them directly. */
  readonly definedNames = new Map<string, string>();

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === name);
  }

  addSheet(name: string, base?: CellGenerator): SheetModel {
    checkSheetName(name);
    if (this.sheet(name)) {
      throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" already exists`);
    }
    const sheet = new SheetModel(name, base);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    checkSheetName(name);
    const other = this.sheet(name);
    if (other && other !== sheet) {
      throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" already exists`);
    }
    sheet.name = name;
  }

  deleteSheet(sheet: SheetModel): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new FakeOfficeError("ItemNotFound", `sheet "${sheet.name}" is gone`);
    if (this.sheets.length === 1) {
      throw new FakeOfficeError("InvalidOperation", "a workbook must keep at least one sheet");
    }
    // Worksheet.delete (learn.microsoft.com, Excel.Worksheet): "if the worksheet's visibility
    // is set to VeryHidden, the delete operation will fail with an InvalidOperation exception".
    if (sheet.visibility === "VeryHidden") {
      throw new FakeOfficeError("InvalidOperation", `sheet "${sheet.name}" is very hidden`);
    }
    // A workbook must keep at least one visible sheet (Excel refuses to delete or hide the last).
    if (
      sheet.visibility === "Visible" &&
      !this.sheets.some((s) => s !== sheet && s.visibility === "Visible")
    ) {
      throw new FakeOfficeError("InvalidOperation", "a workbook must keep one visible sheet");
    }
    this.sheets.splice(index, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  /**
   * Renames a table; Excel rewrites every structured reference to it ("Rename an Excel table",
   * support.microsoft.com: formulas that use the name are updated), on every sheet.
   */
  renameTable(table: TableModel, name: string): void {
    this.checkTableName(name, table);
    const old = table.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(^|[^A-Za-z0-9_.\\\\])${old}\\[`, "gi");
    for (const sheet of this.sheets) {
      sheet.grid.rewriteFormulas((f) => f.replace(pattern, `$1${name}[`));
    }
    table.name = name;
  }

  /** Hides or shows a sheet; the last visible sheet cannot be hidden (InvalidOperation). */
  setVisibility(sheet: SheetModel, visibility: SheetModel["visibility"]): void {
    if (
      visibility !== "Visible" &&
      !this.sheets.some((s) => s !== sheet && s.visibility === "Visible")
    ) {
      throw new FakeOfficeError("InvalidOperation", "a workbook must keep one visible sheet");
    }
    sheet.visibility = visibility;
  }

  tables(): TableModel[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  /**
   * Table names follow the defined-name rules (excelRules.ts) and are unique in the workbook,
   * case-insensitively, among tables AND defined names (they share one namespace).
   */
  checkTableName(name: string, table?: TableModel): void {
    checkTableNameForm(name);
    const lower = name.toLowerCase();
    const clash =
      this.tables().find((t) => t !== table && t.name.toLowerCase() === lower) ??
      [...this.definedNames.keys()].find((n) => n.toLowerCase() === lower);
    if (clash) {
      throw new FakeOfficeError("ItemAlreadyExists", `a table named "${name}" already exists`);
    }
  }
}

/** Office's valueTypes of a stored value. */
export function valueTypeOf(value: Stored): Excel.RangeValueType {
  if (value instanceof ErrorCell) return "Error" as Excel.RangeValueType;
  if (value === "") return "Empty" as Excel.RangeValueType;
  switch (typeof value) {
    case "number":
      return "Double" as Excel.RangeValueType;
    case "boolean":
      return "Boolean" as Excel.RangeValueType;
    default:
      return "String" as Excel.RangeValueType;
  }
}

/** How Office hands a stored value back in `values`. */
export function readValue(value: Stored): string | number | boolean {
  return value instanceof ErrorCell ? value.code : value;
}
