/**
 * The chart part (/xl/charts/chartN.xml): one <c:chartSpace> with its title, plot area (the
 * chart group of the chart's type and its axes) and legend. Element order follows ECMA-376
 * Part 1, 21.2.2 (CT_ChartSpace, CT_Chart, CT_PlotArea, the chart groups and axes).
 */
import type { ChartBlock, LegendPosition } from "../../report/model";
import { palette } from "../../report/palette";
import type { ResolvedChart } from "./resolveChart";
import { seriesXml } from "./seriesXml";
import { escapeXml, NS, solidFill, XML_DECLARATION } from "./xml";

const CATEGORY_AXIS_ID = 500_000_001;
const VALUE_AXIS_ID = 500_000_002;

/** Text with a size (hundredths of a point) and weight, for titles. */
function richTextXml(text: string, size: number, bold: boolean): string {
  const props = `sz="${size}" b="${bold ? 1 : 0}"`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${props}>` +
    `${solidFill(palette.text)}</a:defRPr></a:pPr><a:r><a:rPr lang="en-US" ${props}>` +
    `${solidFill(palette.text)}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function titleXml(text: string, size = 1200): string {
  return `<c:title>${richTextXml(text, size, true)}<c:overlay val="0"/></c:title>`;
}

/** Small grey tick labels, the same on every chart. */
const TICK_LABELS =
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">` +
  `${solidFill(palette.mutedText)}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;

const AXIS_LINE = `<c:spPr><a:ln w="9525">${solidFill(palette.grid)}</a:ln></c:spPr>`;

const GRIDLINES = `<c:majorGridlines><c:spPr><a:ln w="9525">${solidFill(palette.grid)}</a:ln></c:spPr></c:majorGridlines>`;

function dataLabelsXml(chart: ChartBlock): string {
  const labels = chart.dataLabels;
  if (labels === undefined || (!labels.showValue && !labels.showPercent)) return "";
  const numFmt =
    labels.numberFormat !== undefined
      ? `<c:numFmt formatCode="${escapeXml(labels.numberFormat)}" sourceLinked="0"/>`
      : "";
  // Outside the bar or slice, where dark text stays readable. Only these chart types accept a
  // position: Excel rejects dLblPos on doughnut and area charts.
  const position =
    chart.type === "pie" || chart.type === "column" || chart.type === "bar"
      ? '<c:dLblPos val="outEnd"/>'
      : "";
  return (
    `<c:dLbls>${numFmt}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${TICK_LABELS}` +
    `${position}<c:showLegendKey val="0"/><c:showVal val="${labels.showValue ? 1 : 0}"/>` +
    `<c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="${labels.showPercent ? 1 : 0}"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

interface AxisOptions {
  id: number;
  crossId: number;
  position: "b" | "l";
  title?: string;
  numberFormat?: string;
  gridlines: boolean;
  /** "low" keeps category labels clear of bars that go below zero. */
  labels: "nextTo" | "low";
  /** Pin the axis minimum at zero (bars must start at zero to compare lengths honestly). */
  fromZero?: boolean;
}

/** The shared head of a category or value axis, up to and including crosses. */
function axisCommonXml(o: AxisOptions): string {
  return (
    `<c:axId val="${o.id}"/><c:scaling><c:orientation val="minMax"/>` +
    `${o.fromZero ? '<c:min val="0"/>' : ""}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${o.position}"/>${o.gridlines ? GRIDLINES : ""}` +
    (o.title !== undefined ? titleXml(o.title, 1000) : "") +
    (o.numberFormat !== undefined
      ? `<c:numFmt formatCode="${escapeXml(o.numberFormat)}" sourceLinked="0"/>`
      : "") +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="${o.labels}"/>` +
    `${AXIS_LINE}${TICK_LABELS}<c:crossAx val="${o.crossId}"/><c:crosses val="autoZero"/>`
  );
}

function categoryAxisXml(o: AxisOptions): string {
  return (
    `<c:catAx>${axisCommonXml(o)}<c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function valueAxisXml(o: AxisOptions, crossBetween: "between" | "midCat"): string {
  return `<c:valAx>${axisCommonXml(o)}<c:crossBetween val="${crossBetween}"/></c:valAx>`;
}

/**
 * True for column, bar and area charts whose values (and error bars) are all >= 0: their value
 * axis must start at zero. LibreOffice otherwise zooms in (an axis from 22 to 31 makes 25 look
 * like a third of 30); with negative values the automatic range already includes zero.
 */
export function barsFromZero(resolved: ResolvedChart): boolean {
  const { type } = resolved.chart;
  if (type !== "column" && type !== "bar" && type !== "area") return false;
  return resolved.series.every((s) =>
    s.values.values.every((v, i) => {
      const below = s.errorMinus?.values[i] ?? 0;
      return v === null || v - (below ?? 0) >= 0;
    })
  );
}

const AXIS_IDS = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;

/** The chart group (<c:barChart>, <c:lineChart>, ...) with its series and axes. */
function plotAreaXml(resolved: ResolvedChart): string {
  const { chart } = resolved;
  const allSeries = resolved.series.map((_, i) => seriesXml(resolved, i));
  const labels = dataLabelsXml(chart);
  const horizontal = chart.type === "bar";
  const categoryAxis: AxisOptions = {
    id: CATEGORY_AXIS_ID,
    crossId: VALUE_AXIS_ID,
    position: horizontal ? "l" : "b",
    title: chart.axisTitles?.category,
    numberFormat: resolved.categoriesAreNumbers ? resolved.categories.formatCode : undefined,
    gridlines: false,
    labels: "low",
  };
  const valueAxis: AxisOptions = {
    id: VALUE_AXIS_ID,
    crossId: CATEGORY_AXIS_ID,
    position: horizontal ? "b" : "l",
    title: chart.axisTitles?.value,
    numberFormat: chart.valueAxisFormat,
    gridlines: true,
    labels: "nextTo",
    fromZero: barsFromZero(resolved),
  };
  switch (chart.type) {
    case "column":
    case "bar":
      return (
        `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/>` +
        `<c:grouping val="${chart.stacked ? "stacked" : "clustered"}"/>` +
        `<c:varyColors val="0"/>${allSeries.join("")}${labels}<c:gapWidth val="80"/>` +
        // Stacked bars sit on one another: full overlap (ECMA-376 21.2.2.131).
        (chart.stacked ? `<c:overlap val="100"/>` : "") +
        `${AXIS_IDS}</c:barChart>${categoryAxisXml(categoryAxis)}${valueAxisXml(valueAxis, "between")}`
      );
    case "line":
      return (
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${allSeries.join("")}` +
        `${labels}<c:marker val="1"/>${AXIS_IDS}</c:lineChart>` +
        `${categoryAxisXml(categoryAxis)}${valueAxisXml(valueAxis, "between")}`
      );
    case "area":
      return (
        `<c:areaChart><c:grouping val="standard"/><c:varyColors val="0"/>${allSeries.join("")}` +
        `${labels}${AXIS_IDS}</c:areaChart>` +
        `${categoryAxisXml(categoryAxis)}${valueAxisXml(valueAxis, "midCat")}`
      );
    case "pie":
      // A pie shows one series: the first.
      return (
        `<c:pieChart><c:varyColors val="1"/>${allSeries.slice(0, 1).join("")}${labels}` +
        `<c:firstSliceAng val="0"/></c:pieChart>`
      );
    case "doughnut":
      return (
        `<c:doughnutChart><c:varyColors val="1"/>${allSeries.slice(0, 1).join("")}${labels}` +
        `<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`
      );
    case "scatter":
      // Both axes of a scatter chart are value axes.
      return (
        `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>` +
        `${allSeries.join("")}${labels}${AXIS_IDS}</c:scatterChart>` +
        valueAxisXml({ ...categoryAxis, gridlines: false }, "midCat") +
        valueAxisXml(valueAxis, "midCat")
      );
  }
}

const LEGEND_POSITION: Record<Exclude<LegendPosition, "none">, string> = {
  right: "r",
  bottom: "b",
  top: "t",
  left: "l",
};

function legendXml(position: LegendPosition): string {
  if (position === "none") return "";
  return (
    `<c:legend><c:legendPos val="${LEGEND_POSITION[position]}"/><c:overlay val="0"/>` +
    `${TICK_LABELS}</c:legend>`
  );
}

/** The whole chart part for one resolved chart. */
export function chartSpaceXml(resolved: ResolvedChart): string {
  const { chart } = resolved;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotAreaXml(resolved)}</c:plotArea>${legendXml(chart.legend)}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill("FFFFFF")}<a:ln w="9525">${solidFill(palette.grid)}</a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
