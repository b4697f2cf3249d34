/** Fake charts: `charts.add` records type, source range and series direction; settings stick. */
import type { CommandQueue } from "./context";
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from "./errors";
import { writeOnly } from "./writeOnly";
import type { ChartModel, ChartSeriesModel, SheetModel } from "./model";
import type { FakeRange } from "./range";
import type { Area } from "./a1";
import type {
  ChartSeriesByName,
  ChartTypeName,
  HostChart,
  HostChartCollection,
  HostChartSeries,
  HostChartSeriesCollection,
  HostRange,
} from "../../../src/excel/host";

/**
 * Excel's stock charts take a fixed number of series, in a fixed order (high, low, close for
 * StockHLC; https://learn.microsoft.com/en-us/javascript/api/excel/excel.charttype, and Excel's
 * own "arrange the data in this order: high, low, close" refusal). The fake refuses a source
 * with another count, and any series added afterwards.
 */
const STOCK_SERIES: Partial<Record<string, number>> = {
  StockHLC: 3,
  StockOHLC: 4,
  StockVHLC: 4,
  StockVOHLC: 5,
};

function newSeries(name: string, type: string): ChartSeriesModel {
  const series: ChartSeriesModel = {
    name,
    chartType: type as ChartSeriesModel["chartType"],
    format: {
      line: { color: "", lineStyle: "Continuous" },
      fill: { setSolidColor: (color: string) => void (series.color = color) },
    },
  };
  return series;
}

/**
 * Stores `range`'s address on `target[property]` as a live reference: like a chart's series in
 * Excel, it follows a rename of its sheet.
 */
export function bindAddress(target: object, property: string, range: HostRange): void {
  const { sheet, area } = (range as FakeRange).area();
  Object.defineProperty(target, property, {
    get: () => sheet.address(area),
    enumerable: true,
    configurable: true,
  });
}

/** True when every cell of the range is blank (no value, no formula). */
function allBlank(range: HostRange): boolean {
  const { sheet, area } = (range as FakeRange).area();
  return everyCell(area, (r, c) => sheet.grid.get(r, c) === "" && !sheet.grid.formula(r, c));
}

function everyCell(area: Area, test: (row: number, col: number) => boolean): boolean {
  for (let r = area.row; r < area.row + area.rows; r++) {
    for (let c = area.col; c < area.col + area.cols; c++) if (!test(r, c)) return false;
  }
  return true;
}

/** Series whose values were never set, or set to blank cells, cannot take formatting. */
function emptySeries(series: ChartSeriesModel): FakeOfficeError {
  return new FakeOfficeError(
    "EmptyChartSeries",
    `the chart series "${series.name}" is empty (no values, or only blank cells)`
  );
}

class FakeChartSeries implements HostChartSeries {
  constructor(
    private readonly queue: CommandQueue,
    private readonly model: () => ChartSeriesModel
  ) {}
  get name(): string {
    throw propertyNotLoaded("name");
  }
  set name(v: string) {
    this.queue.enqueue("series.name", () => void (this.model().name = v));
  }
  get chartType(): HostChartSeries["chartType"] {
    throw propertyNotLoaded("chartType");
  }
  set chartType(v: HostChartSeries["chartType"]) {
    this.queue.enqueue("series.chartType", () => void (this.model().chartType = v));
  }
  /** Format writes are queued like every other command: the series may not exist before sync. */
  get format(): HostChartSeries["format"] {
    const queue = this.queue;
    const formattable = () => {
      const series = this.model();
      if (series.empty !== false) throw emptySeries(series);
      return series;
    };
    return {
      line: {
        get color(): string {
          throw propertyNotLoaded("format.line.color");
        },
        set color(v: string) {
          queue.enqueue(
            "series.format.line.color",
            () => void (formattable().format.line.color = v)
          );
        },
        get lineStyle(): HostChartSeries["format"]["line"]["lineStyle"] {
          throw propertyNotLoaded("format.line.lineStyle");
        },
        set lineStyle(v: HostChartSeries["format"]["line"]["lineStyle"]) {
          queue.enqueue("series.format.line.lineStyle", () => {
            formattable().format.line.lineStyle = v;
          });
        },
      },
      fill: {
        setSolidColor: (color: string) =>
          queue.enqueue("series.format.fill.setSolidColor", () =>
            formattable().format.fill.setSolidColor(color)
          ),
      },
    };
  }
  setValues(sourceData: HostRange): void {
    this.queue.enqueue("series.setValues", () => {
      const series = this.model();
      bindAddress(series, "values", sourceData);
      series.empty = allBlank(sourceData);
    });
  }
  /**
   * Excel.ErrorCodes.emptyChartSeries ("EmptyChartSeries": the attempted operation failed
   * because the chart series is empty): the fake raises it when a series without values, or
   * with blank values only, is given its categories.
   */
  setXAxisValues(sourceData: HostRange): void {
    this.queue.enqueue("series.setXAxisValues", () => {
      const series = this.model();
      if (series.empty !== false) throw emptySeries(series);
      bindAddress(series, "xValues", sourceData);
    });
  }
}

class FakeChartSeriesCollection implements HostChartSeriesCollection {
  constructor(
    private readonly queue: CommandQueue,
    private readonly chart: ChartModel
  ) {}
  add(name: string): HostChartSeries {
    const series = newSeries(name, this.chart.type);
    this.queue.enqueue("series.add", () => {
      if (STOCK_SERIES[this.chart.type] !== undefined)
        throw invalidArgument(`a ${this.chart.type} chart takes no added series`);
      this.chart.series.push(series);
    });
    return new FakeChartSeries(this.queue, () => series);
  }
  getItemAt(index: number): HostChartSeries {
    return new FakeChartSeries(this.queue, () => {
      const series = this.chart.series[index];
      if (!series) {
        const { type, source, seriesBy } = this.chart;
        throw invalidArgument(
          `the chart has no series ${index} (${type} of ${source || "no range"} by ${seriesBy})`
        );
      }
      return series;
    });
  }
}

class FakeChart implements HostChart {
  readonly series: HostChartSeriesCollection;
  constructor(
    private readonly queue: CommandQueue,
    private readonly model: ChartModel
  ) {
    this.series = new FakeChartSeriesCollection(queue, model);
  }
  get name(): string {
    throw propertyNotLoaded("name");
  }
  set name(v: string) {
    this.queue.enqueue("chart.name", () => void (this.model.name = v));
  }
  get title(): HostChart["title"] {
    return writeOnly(this.queue, "title", this.model.title);
  }
  get legend(): HostChart["legend"] {
    return writeOnly(this.queue, "legend", this.model.legend);
  }
  get dataLabels(): HostChart["dataLabels"] {
    return writeOnly(this.queue, "dataLabels", this.model.dataLabels);
  }
  get axes(): HostChart["axes"] {
    return writeOnly(this.queue, "axes", this.model.axes);
  }
  setPosition(startCell: string, endCell: string): void {
    this.queue.enqueue(
      "chart.setPosition",
      () => void (this.model.position = { start: startCell, end: endCell })
    );
  }
}

export class FakeChartCollection implements HostChartCollection {
  constructor(
    private readonly queue: CommandQueue,
    private readonly sheet: () => SheetModel,
    private readonly onAdd: (chart: ChartModel) => void
  ) {}

  add(type: ChartTypeName, sourceData: HostRange, seriesBy: ChartSeriesByName): HostChart {
    const axis = () => ({ numberFormat: "General", title: { text: "" } });
    const model: ChartModel = {
      sheet: undefined as unknown as SheetModel,
      type,
      source: "",
      seriesBy,
      name: "",
      title: { text: "", visible: false },
      legend: { position: "Right", visible: true },
      dataLabels: { showValue: false, showPercentage: false, numberFormat: "General" },
      axes: { categoryAxis: axis(), valueAxis: axis() },
      series: [],
    };
    this.queue.enqueue(`charts.add ${type}`, () => {
      model.sheet = this.sheet();
      bindAddress(model, "source", sourceData);
      // The source range, read by columns, gives one series per column; a column of blank
      // cells gives none (Excel plots nothing for all-blank data: no series to take a name,
      // categories or colour; office-js charts.add over blank data, see EmptyChartSeries).
      const { sheet, area } = (sourceData as FakeRange).area();
      const count = seriesBy === "Rows" ? area.rows : area.cols;
      for (let i = 0; i < count; i++) {
        const line =
          seriesBy === "Rows"
            ? { ...area, row: area.row + i, rows: 1 }
            : { ...area, col: area.col + i, cols: 1 };
        const blank = everyCell(
          line,
          (r, c) => sheet.grid.get(r, c) === "" && !sheet.grid.formula(r, c)
        );
        if (blank) continue;
        const series = newSeries(`Series${i + 1}`, type);
        series.empty = false;
        model.series.push(series);
      }
      const needed = STOCK_SERIES[type];
      if (needed !== undefined && model.series.length !== needed) {
        throw invalidArgument(
          `a ${type} chart needs exactly ${needed} series in its source (got ${model.series.length})`
        );
      }
      model.sheet.charts.push(model);
      this.onAdd(model);
    });
    return new FakeChart(this.queue, model);
  }
}
