/**
 * The state of the fake workbook: sheets with their grids, tables, charts and formats. Handles
 * (the API objects src/excel holds) point at these models; tests read them directly.
 */
import type { Hash } from "node:crypto";
import { createHash } from "node:crypto";
import { type Area, formatA1, parseA1 } from "./a1";
import { FakeOfficeError, invalidArgument } from "./errors";
import { type CellGenerator, ErrorCell, Grid, type Stored } from "./grid";
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
}

export interface ChartSeriesModel {
  name: string;
  chartType: HostChartSeries["chartType"];
  values?: string;
  xValues?: string;
  format: HostChartSeries["format"];
  color?: string;
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

export class SheetModel {
  readonly id = `{FAKE-SHEET-${nextSheetId++}}`;
  readonly grid: Grid;
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly formats: FormatWrite[] = [];
  readonly customProperties = new Map<string, { key: string; value: string }>();
  readonly pageLayout: Record<string, unknown> = {};
  /** Zero-based rows with a manual page break above them. */
  readonly pageBreaksBefore: number[] = [];
  frozenRows = 0;
  tabColor = "";

  constructor(
    public name: string,
    base?: CellGenerator
  ) {
    this.grid = new Grid(base);
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
        page: this.pageLayout,
        breaks: this.pageBreaksBefore,
        frozen: this.frozenRows,
        tab: this.tabColor,
      })
    );
    return hash.digest("hex");
  }
}

/** Excel's sheet-name rules: 1-31 characters, none of []:*?/\, no apostrophe at either end. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
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
    this.sheets.splice(index, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  tables(): TableModel[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  /** Table names are unique in the workbook, case-insensitively, and look like defined names. */
  checkTableName(name: string, table?: TableModel): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) {
      throw invalidArgument(`invalid table name "${name}"`);
    }
    const lower = name.toLowerCase();
    const clash = this.tables().find((t) => t !== table && t.name.toLowerCase() === lower);
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
