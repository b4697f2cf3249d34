/**
 * The slice of the Excel JavaScript API that src/excel uses, as narrow interfaces.
 *
 * Data properties are picked from @types/office-js, so their types are Office's own; methods are
 * restated with the narrower parameters we pass and return these narrow types. Two compile-time
 * checks keep this honest:
 * - `RealContextFits` (below) proves a real `Excel.RequestContext` is assignable to `ExcelHost`:
 *   anything declared here that Office does not have, or types differently, fails to compile;
 * - the fake in test/fakes/excel implements these interfaces, so anything src/excel calls that is
 *   not declared here fails to compile too.
 * The rest of src/excel only ever sees `ExcelHost`, which is how the tests run it on the fake.
 */

/** Values Office takes for `load`. */
type PropertyNames = string | string[];

/** String values of an Office enum type, e.g. "Columns" for `Excel.ChartSeriesBy.columns`. */
type Named<E extends string> = `${E}`;

export type ChartTypeName = Named<Excel.ChartType>;
export type ChartSeriesByName = Named<Excel.ChartSeriesBy>;

export interface ExcelHost {
  readonly workbook: HostWorkbook;
  sync(): Promise<unknown>;
}

export interface HostWorkbook {
  readonly worksheets: HostWorksheetCollection;
  /** Workbook settings, saved in the file (ExcelApi 1.4). */
  readonly settings: HostSettingCollection;
  readonly application: HostApplication;
  /** Worksheet functions evaluated by Excel without touching a cell (ExcelApi 1.2). */
  readonly functions: HostFunctions;
}

export interface HostApplication extends Pick<
  Excel.Application,
  "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync" | "calculate"
> {
  /** ExcelApi 1.11: check `isSetSupported` before touching it. */
  readonly cultureInfo: HostCultureInfo;
}

export interface HostCultureInfo extends Pick<Excel.CultureInfo, "name"> {
  /** ExcelApi 1.11. */
  readonly numberFormat: HostNumberFormatInfo;
  /** ExcelApi 1.12: check `isSetSupported` before touching it. */
  readonly datetimeFormat: HostDatetimeFormatInfo;
  load(propertyNames: PropertyNames): HostCultureInfo;
}

export interface HostNumberFormatInfo extends Pick<
  Excel.NumberFormatInfo,
  "numberDecimalSeparator"
> {
  load(propertyNames: PropertyNames): HostNumberFormatInfo;
}

export interface HostDatetimeFormatInfo extends Pick<Excel.DatetimeFormatInfo, "shortDatePattern"> {
  load(propertyNames: PropertyNames): HostDatetimeFormatInfo;
}

export interface HostFunctions {
  date(year: number, month: number, day: number): HostFunctionResult;
}

export interface HostFunctionResult extends Pick<Excel.FunctionResult<number>, "value" | "error"> {
  load(propertyNames: PropertyNames): HostFunctionResult;
}

export interface HostSettingCollection {
  add(key: string, value: string): HostSetting;
  getItemOrNullObject(key: string): HostSetting;
}

export interface HostSetting extends Pick<Excel.Setting, "key" | "value" | "isNullObject"> {
  load(propertyNames: PropertyNames): HostSetting;
  delete(): void;
}

export interface HostWorksheetCollection {
  readonly items: HostWorksheet[];
  add(name: string): HostWorksheet;
  getItem(key: string): HostWorksheet;
  getItemOrNullObject(key: string): HostWorksheet;
  load(propertyNames: PropertyNames): HostWorksheetCollection;
}

export interface HostWorksheet extends Pick<
  Excel.Worksheet,
  "id" | "name" | "position" | "isNullObject" | "tabColor" | "visibility"
> {
  readonly tables: HostTableCollection;
  readonly charts: HostChartCollection;
  readonly freezePanes: Pick<Excel.WorksheetFreezePanes, "freezeRows">;
  /** ExcelApi 1.12: check `isSetSupported` before touching it. */
  readonly customProperties: HostWorksheetCustomPropertyCollection;
  /** ExcelApi 1.9. */
  readonly pageLayout: HostPageLayout;
  /** Names scoped to the sheet (ExcelApi 1.4). */
  readonly names: HostNamedItemCollection;
  /** ExcelApi 1.9: manual breaks above rows. */
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  load(propertyNames: PropertyNames): HostWorksheet;
  delete(): void;
  activate(): void;
  getRange(address: string): HostRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): HostRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange;
}

export interface HostWorksheetCustomPropertyCollection {
  readonly items: HostWorksheetCustomProperty[];
  add(key: string, value: string): HostWorksheetCustomProperty;
  getItemOrNullObject(key: string): HostWorksheetCustomProperty;
  load(propertyNames: PropertyNames): HostWorksheetCustomPropertyCollection;
}

export interface HostWorksheetCustomProperty extends Pick<
  Excel.WorksheetCustomProperty,
  "key" | "value" | "isNullObject"
> {
  load(propertyNames: PropertyNames): HostWorksheetCustomProperty;
}

export interface HostNamedItemCollection {
  /** `reference` is a formula (`="text"`) or an address. */
  add(name: string, reference: string, comment?: string): HostNamedItem;
  getItemOrNullObject(name: string): HostNamedItem;
}

export interface HostNamedItem extends Pick<
  Excel.NamedItem,
  "name" | "value" | "visible" | "isNullObject"
> {
  load(propertyNames: PropertyNames): HostNamedItem;
}

export interface HostPageLayout extends Pick<
  Excel.PageLayout,
  "orientation" | "paperSize" | "zoom" | "centerHorizontally"
> {
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
  setPrintTitleColumns(printTitleColumns: string): void;
  readonly headersFooters: { readonly defaultForAllPages: HostHeaderFooter };
}

export type HostHeaderFooter = Pick<
  Excel.HeaderFooter,
  "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter"
>;

export interface HostRange extends Pick<
  Excel.Range,
  | "address"
  | "values"
  | "formulas"
  | "numberFormat"
  | "numberFormatCategories"
  | "valueTypes"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "isNullObject"
> {
  readonly format: HostRangeFormat;
  readonly conditionalFormats: HostConditionalFormatCollection;
  load(propertyNames: PropertyNames): HostRange;
  /** Merges the cells; `across` merges each row separately. */
  merge(across?: boolean): void;
}

export interface HostRangeFormat extends Pick<
  Excel.RangeFormat,
  "columnWidth" | "rowHeight" | "wrapText" | "verticalAlignment" | "horizontalAlignment"
> {
  readonly font: Pick<Excel.RangeFont, "bold" | "size" | "color" | "italic">;
  readonly fill: Pick<Excel.RangeFill, "color">;
}

export type ConditionalFormatTypeName = "DataBar" | "ColorScale" | "IconSet";

export interface HostConditionalFormatCollection {
  add(type: ConditionalFormatTypeName): HostConditionalFormat;
}

export interface HostConditionalFormat {
  readonly dataBar: HostDataBar;
  readonly colorScale: Pick<Excel.ColorScaleConditionalFormat, "criteria">;
  readonly iconSet: Pick<
    Excel.IconSetConditionalFormat,
    "style" | "criteria" | "showIconOnly" | "reverseIconOrder"
  >;
}

export interface HostDataBar extends Pick<Excel.DataBarConditionalFormat, "barDirection"> {
  readonly positiveFormat: Pick<
    Excel.ConditionalDataBarPositiveFormat,
    "fillColor" | "gradientFill"
  >;
}

export interface HostTableCollection {
  readonly items: HostTable[];
  /** A string address without a sheet name means the ACTIVE sheet: pass a range instead. */
  add(address: HostRange | string, hasHeaders: boolean): HostTable;
  load(propertyNames: PropertyNames): HostTableCollection;
}

export interface HostTable extends Pick<Excel.Table, "name" | "style" | "showTotals"> {
  getRange(): HostRange;
  getHeaderRowRange(): HostRange;
  getTotalRowRange(): HostRange;
  load(propertyNames: PropertyNames): HostTable;
}

export interface HostChartCollection {
  add(type: ChartTypeName, sourceData: HostRange, seriesBy: ChartSeriesByName): HostChart;
}

export interface HostChart extends Pick<Excel.Chart, "name"> {
  readonly title: Pick<Excel.ChartTitle, "text" | "visible">;
  readonly legend: Pick<Excel.ChartLegend, "position" | "visible">;
  readonly dataLabels: Pick<Excel.ChartDataLabels, "showValue" | "showPercentage" | "numberFormat">;
  readonly axes: { readonly categoryAxis: HostChartAxis; readonly valueAxis: HostChartAxis };
  readonly series: HostChartSeriesCollection;
  setPosition(startCell: string, endCell: string): void;
}

export interface HostChartAxis extends Pick<Excel.ChartAxis, "numberFormat"> {
  readonly title: Pick<Excel.ChartAxisTitle, "text">;
}

export interface HostChartSeriesCollection {
  add(name: string): HostChartSeries;
  getItemAt(index: number): HostChartSeries;
}

export interface HostChartSeries extends Pick<Excel.ChartSeries, "name" | "chartType"> {
  readonly format: {
    readonly line: Pick<Excel.ChartLineFormat, "color" | "lineStyle">;
    readonly fill: Pick<Excel.ChartFill, "setSolidColor">;
  };
  setValues(sourceData: HostRange): void;
  setXAxisValues(sourceData: HostRange): void;
}

/** Fails to compile if a real request context does not fit the slice declared above. */
type Fits<Real extends Narrow, Narrow> = Real;
export type RealContextFits = Fits<Excel.RequestContext, ExcelHost>;
