/** Fake charts: `charts.add` records type, source range and series direction; settings stick. */
import type { CommandQueue } from "./context";
import { invalidArgument } from "./errors";
import type { ChartModel, ChartSeriesModel, SheetModel } from "./model";
import type { FakeRange } from "./range";
import type {
  ChartSeriesByName,
  ChartTypeName,
  HostChart,
  HostChartCollection,
  HostChartSeries,
  HostChartSeriesCollection,
  HostRange,
} from "../../../src/excel/host";

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

class FakeChartSeries implements HostChartSeries {
  constructor(
    private readonly queue: CommandQueue,
    private readonly model: () => ChartSeriesModel
  ) {}
  get name(): string {
    return this.model().name;
  }
  set name(v: string) {
    this.queue.enqueue("series.name", () => void (this.model().name = v));
  }
  get chartType(): HostChartSeries["chartType"] {
    return this.model().chartType;
  }
  set chartType(v: HostChartSeries["chartType"]) {
    this.queue.enqueue("series.chartType", () => void (this.model().chartType = v));
  }
  /** Format writes are queued like every other command: the series may not exist before sync. */
  get format(): HostChartSeries["format"] {
    const queue = this.queue;
    const model = this.model;
    return {
      line: {
        get color() {
          return model().format.line.color;
        },
        set color(v: string) {
          queue.enqueue("series.format.line.color", () => void (model().format.line.color = v));
        },
        get lineStyle() {
          return model().format.line.lineStyle;
        },
        set lineStyle(v: HostChartSeries["format"]["line"]["lineStyle"]) {
          queue.enqueue("series.format.line.lineStyle", () => {
            model().format.line.lineStyle = v;
          });
        },
      },
      fill: {
        setSolidColor: (color: string) =>
          queue.enqueue("series.format.fill.setSolidColor", () =>
            model().format.fill.setSolidColor(color)
          ),
      },
    };
  }
  setValues(sourceData: HostRange): void {
    this.queue.enqueue("series.setValues", () => bindAddress(this.model(), "values", sourceData));
  }
  setXAxisValues(sourceData: HostRange): void {
    this.queue.enqueue("series.setXAxisValues", () =>
      bindAddress(this.model(), "xValues", sourceData)
    );
  }
}

class FakeChartSeriesCollection implements HostChartSeriesCollection {
  constructor(
    private readonly queue: CommandQueue,
    private readonly chart: ChartModel
  ) {}
  add(name: string): HostChartSeries {
    const series = newSeries(name, this.chart.type);
    this.queue.enqueue("series.add", () => void this.chart.series.push(series));
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
    return this.model.name;
  }
  set name(v: string) {
    this.queue.enqueue("chart.name", () => void (this.model.name = v));
  }
  get title(): HostChart["title"] {
    return this.model.title;
  }
  get legend(): HostChart["legend"] {
    return this.model.legend;
  }
  get dataLabels(): HostChart["dataLabels"] {
    return this.model.dataLabels;
  }
  get axes(): HostChart["axes"] {
    return this.model.axes;
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
      // The source range, read by columns, gives one series per column.
      const { area } = (sourceData as FakeRange).area();
      const count = seriesBy === "Rows" ? area.rows : area.cols;
      for (let i = 0; i < count; i++) {
        model.series.push(newSeries(`Series${i + 1}`, type));
      }
      model.sheet.charts.push(model);
      this.onAdd(model);
    });
    return new FakeChart(this.queue, model);
  }
}
