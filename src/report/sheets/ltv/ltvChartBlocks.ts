/**
 * The two chart sections of the LTV sheet, each a table and the column chart bound to it: the
 * calibration / holdout check (predicted vs actual repeat purchases by calibration frequency,
 * the validation chart of Fader, Hardie & Lee 2005, figure 3) and the CLV distribution.
 */
import { isoDay } from "../../../analytics/rfm/calendar";
import type { LtvResult } from "../../../analytics/ltv";
import { chartBlock } from "../../chartBlock";
import * as column from "../../columns";
import type { ChartBlock, TableBlock, TableCell } from "../../model";
import { currencyFormat, FORMAT } from "../../numberFormats";
import { palette } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";
import { clvBins, type ClvBin } from "./clvBins";
import { LTV_TABLES, ltvLabel } from "./ltvTables";
import { readableNumber, rowFormula, type Unplaced } from "./sheetHelpers";

/** The holdout table (group, customers, predicted and actual mean purchases) and its chart. */
export function holdoutBlocks(
  ltv: LtvResult,
  ctx: ReportContext
): [Unplaced<TableBlock>, Unplaced<ChartBlock>] | undefined {
  const holdout = ltv.holdout;
  if (holdout === null) return undefined;
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  const table: Unplaced<TableBlock> = tableBlock(LTV_TABLES.holdout, {
    columns: [
      column.text("group", label("group"), { total: column.totalLabel(ctx) }),
      column.integer("customers", label("customers"), { total: "sum" }),
      column.decimal("predicted", label("predicted")),
      column.decimal("actual", label("actual")),
    ],
    rows: holdout.groups.map((g): TableCell[] => [
      g.label,
      g.customers,
      g.predictedMean,
      g.actualMean,
    ]),
  });
  const chart: Unplaced<ChartBlock> = chartBlock(LTV_TABLES.holdout, "group", {
    type: "column",
    title: ctx.t("report:ltvSheet.chart.holdoutTitle"),
    // Actual first, in the palette's first colour (see upliftSheet.ts FIRST_SERIES_NOTE).
    series: [
      { column: "actual", name: table.columns[3].header },
      { column: "predicted", name: table.columns[2].header, color: palette.series[1] },
    ],
    axisTitles: {
      category: ctx.t("report:ltvSheet.chart.holdoutAxis"),
      value: ctx.t("report:ltvSheet.chart.holdoutValue"),
    },
    valueAxisFormat: FORMAT.decimal1,
    legend: "bottom",
    size: { rows: 16, cols: 7 },
  });
  return [table, chart];
}

/** The sentence under the holdout heading: totals made and predicted, mean absolute error. */
export function holdoutSummary(ltv: LtvResult, ctx: ReportContext): string {
  const h = ltv.holdout;
  if (h === null) return ctx.t("report:ltvSheet.noHoldout");
  const validation = h.validationFit
    ? {
        calibrationEnd: isoDay(h.validationFit.calibrationEndDay),
        holdoutEnd: isoDay(h.validationFit.holdoutEndDay),
      }
    : {};
  return ctx.t(`report:ltvSheet.${h.validationFit ? "holdoutValidation" : "holdoutSummary"}`, {
    ...validation,
    duration: readableNumber(h.duration, ctx),
    unit: ctx.t(`ltv:units.${ltv.settings.timeUnit}`),
    actual: readableNumber(Math.round(h.actualTotal), ctx),
    predicted: readableNumber(Math.round(h.predictedTotal * 10) / 10, ctx),
    mae: readableNumber(h.meanAbsoluteError, ctx),
  });
}

function binLabel(bin: ClvBin, ctx: ReportContext): string {
  const from = bin.from === null ? "" : readableNumber(bin.from, ctx);
  const to = bin.to === null ? "" : readableNumber(bin.to, ctx);
  const shape = bin.from === null ? "below" : bin.to === null ? "above" : "between";
  return ctx.t(`report:ltvSheet.bin.${shape}`, { from, to });
}

/** The CLV distribution table (range, bounds, customers, share as a formula) and its chart. */
export function distributionBlocks(
  ltv: LtvResult,
  ctx: ReportContext
): [Unplaced<TableBlock>, Unplaced<ChartBlock>] | undefined {
  const values: number[] = [];
  for (const c of ltv.customers) if (c.clv !== null) values.push(c.clv);
  const bins = clvBins(values);
  if (bins.length === 0) return undefined;
  const label = (key: string) => ltvLabel(ctx, key, ltv);
  const total = values.length;
  const table: Unplaced<TableBlock> = tableBlock(LTV_TABLES.distribution, {
    columns: [
      column.text("bin", label("bin"), { total: column.totalLabel(ctx) }),
      column.currency("from", label("from"), ctx),
      column.currency("to", label("to"), ctx),
      column.integer("customers", label("customers"), { total: "sum" }),
      column.percent("share", label("share"), { total: "sum" }),
    ],
    rows: bins.map((bin): TableCell[] => [
      binLabel(bin, ctx),
      bin.from,
      bin.to,
      bin.customers,
      rowFormula("{customers}/SUM({customers:all})", bin.customers / total),
    ]),
  });
  const chart: Unplaced<ChartBlock> = chartBlock(LTV_TABLES.distribution, "bin", {
    type: "column",
    title: ctx.t("report:ltvSheet.chart.distributionTitle"),
    series: [{ column: "customers", name: table.columns[3].header }],
    axisTitles: {
      category: ctx.t("report:ltvSheet.chart.distributionAxis"),
      value: ctx.t("report:ltvSheet.chart.distributionValue"),
    },
    valueAxisFormat: FORMAT.integer,
    dataLabels: { showValue: true, showPercent: false, numberFormat: FORMAT.integer },
    legend: "none",
    size: { rows: Math.max(16, bins.length + 4), cols: 8 },
  });
  return [table, chart];
}

/**
 * Average CLV by segment (bars, best segment first) beside the segment table; undefined when no
 * CLV could be computed.
 */
export function segmentClvChart(
  segments: Unplaced<TableBlock>,
  ctx: ReportContext
): Unplaced<ChartBlock> | undefined {
  const avgClv = segments.columns.findIndex((c) => c.id === "avgClv");
  if (!segments.rows.some((r) => r[avgClv] !== null)) return undefined;
  const wholeMoney = currencyFormat(ctx.currencySymbol, ctx.language, 0);
  return chartBlock(LTV_TABLES.segments, "segment", {
    type: "bar",
    title: ctx.t("report:ltvSheet.chart.segmentTitle"),
    series: [{ column: "avgClv", name: segments.columns[avgClv].header }],
    valueAxisFormat: wholeMoney,
    dataLabels: { showValue: true, showPercent: false, numberFormat: wholeMoney },
    legend: "none",
    size: { rows: Math.max(12, segments.rows.length + 6), cols: 7 },
  });
}
