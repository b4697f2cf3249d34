/**
 * DrawingML series (<c:ser>): name, colour, categories and values as references to the table's
 * cells with caches of their current values, and custom error bars for interval series.
 * Element order follows the schema (ECMA-376 Part 1, 21.2.2: CT_BarSer, CT_LineSer, CT_AreaSer,
 * CT_PieSer, CT_ScatterSer); Excel refuses a file whose elements are out of order.
 */
import { INTERVAL_SERIES_ORDER, type ChartType } from "../../report/model";
import { seriesColor } from "../../report/palette";
import type { DataRef, ResolvedChart, ResolvedSeries } from "./resolveChart";
import { escapeXml, solidFill } from "./xml";

/** Shortest text that round-trips the number (what Excel writes in caches). */
function numberText(v: number): string {
  return String(v);
}

export function numCacheXml(data: DataRef<number | null>): string {
  const points = data.values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${numberText(v)}</c:v></c:pt>`))
    .join("");
  return (
    `<c:numCache><c:formatCode>${escapeXml(data.formatCode === "@" ? "General" : data.formatCode)}</c:formatCode>` +
    `<c:ptCount val="${data.values.length}"/>${points}</c:numCache>`
  );
}

export function strCacheXml(values: string[]): string {
  const points = values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numRefXml(data: DataRef<number | null>): string {
  return `<c:numRef><c:f>${escapeXml(data.ref)}</c:f>${numCacheXml(data)}</c:numRef>`;
}

/** <c:cat> or <c:xVal>: text categories as strRef, numbers (dates, x values) as numRef. */
function categoriesXml(resolved: ResolvedChart, element: "cat" | "xVal"): string {
  const { categories } = resolved;
  const inner = resolved.categoriesAreNumbers
    ? numRefXml(categories as DataRef<number | null>)
    : `<c:strRef><c:f>${escapeXml(categories.ref)}</c:f>${strCacheXml(categories.values as string[])}</c:strRef>`;
  return `<c:${element}>${inner}</c:${element}>`;
}

function seriesNameXml(series: ResolvedSeries): string {
  if (series.nameRef !== undefined) {
    return (
      `<c:tx><c:strRef><c:f>${escapeXml(series.nameRef)}</c:f>` +
      `${strCacheXml([series.name])}</c:strRef></c:tx>`
    );
  }
  return `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`;
}

/** Fill for bars, areas and slices; a line for lines; markers only for scatter points. */
function seriesShapeXml(type: ChartType, color: string): string {
  switch (type) {
    case "line":
      return (
        `<c:spPr><a:ln w="28575" cap="rnd">${solidFill(color)}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="none"/></c:marker>`
      );
    case "scatter":
      return (
        `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="6"/>` +
        `<c:spPr>${solidFill(color)}<a:ln><a:noFill/></a:ln></c:spPr></c:marker>`
      );
    case "pie":
    case "doughnut":
      return `<c:spPr><a:ln w="12700">${solidFill("FFFFFF")}</a:ln></c:spPr>`;
    case "interval":
      return intervalShapeXml(color, "dash");
    default:
      return `<c:spPr>${solidFill(color)}</c:spPr>`;
  }
}

/**
 * An interval chart's series draw no line of their own (the chart's high-low lines join low to
 * high): the high and low carry a short dash (the whisker's cap), the estimate a dot.
 */
function intervalShapeXml(color: string, symbol: "dash" | "circle"): string {
  return (
    `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="${symbol}"/><c:size val="${symbol === "dash" ? 9 : 7}"/>` +
    `<c:spPr>${solidFill(color)}<a:ln w="9525">${solidFill(color)}</a:ln></c:spPr></c:marker>`
  );
}

/** One colour a slice, from the palette, so a pie is as restrained as the columns. */
function slicePointsXml(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>` +
      `<c:spPr>${solidFill(seriesColor(i))}<a:ln w="12700">${solidFill("FFFFFF")}</a:ln></c:spPr></c:dPt>`
  ).join("");
}

/** Custom error bars whose distances are references to the table's error-bar columns. */
function errorBarsXml(series: ResolvedSeries, type: ChartType): string {
  if (series.errorPlus === undefined || series.errorMinus === undefined) return "";
  return (
    `<c:errBars>${type === "scatter" ? '<c:errDir val="y"/>' : ""}` +
    `<c:errBarType val="both"/><c:errValType val="cust"/><c:noEndCap val="0"/>` +
    `<c:plus>${numRefXml(series.errorPlus)}</c:plus><c:minus>${numRefXml(series.errorMinus)}</c:minus>` +
    `<c:spPr><a:ln w="12700">${solidFill("262626")}</a:ln></c:spPr></c:errBars>`
  );
}

/** The <c:ser> of the i-th series of a chart. */
export function seriesXml(resolved: ResolvedChart, index: number): string {
  const { type } = resolved.chart;
  const series = resolved.series[index];
  const isEstimate = type === "interval" && index === INTERVAL_SERIES_ORDER.indexOf("estimate");
  const head =
    `<c:idx val="${index}"/><c:order val="${index}"/>` +
    seriesNameXml(series) +
    (isEstimate ? intervalShapeXml(series.color, "circle") : seriesShapeXml(type, series.color));
  const values = numRefXml(series.values);
  switch (type) {
    case "column":
    case "bar":
      return (
        `<c:ser>${head}<c:invertIfNegative val="0"/>${errorBarsXml(series, type)}` +
        `${categoriesXml(resolved, "cat")}<c:val>${values}</c:val></c:ser>`
      );
    case "line":
    case "interval":
      // A stock chart's series are line series (CT_LineSer).
      return (
        `<c:ser>${head}${errorBarsXml(series, type)}${categoriesXml(resolved, "cat")}` +
        `<c:val>${values}</c:val><c:smooth val="0"/></c:ser>`
      );
    case "area":
      return (
        `<c:ser>${head}${errorBarsXml(series, type)}${categoriesXml(resolved, "cat")}` +
        `<c:val>${values}</c:val></c:ser>`
      );
    case "pie":
    case "doughnut":
      return (
        `<c:ser>${head}${slicePointsXml(series.values.values.length)}` +
        `${categoriesXml(resolved, "cat")}<c:val>${values}</c:val></c:ser>`
      );
    case "scatter":
      return (
        `<c:ser>${head}${errorBarsXml(series, type)}${categoriesXml(resolved, "xVal")}` +
        `<c:yVal>${values}</c:yVal><c:smooth val="0"/></c:ser>`
      );
  }
}
