/**
 * The teaching workbook's Segments sheet: the report's segment summary (COUNTIFS, SUMIFS and
 * AVERAGEIFS over the customers' table, segmentSummaryTable.ts) pointed at the live customers'
 * table, and two native charts bound to it: edit a cut point and the bars move.
 */
import type { RfmResult } from "../../analytics/rfm";
import { chartBlock } from "../chartBlock";
import { layoutRows } from "../layout";
import type { ReportSheet } from "../model";
import { currencyFormat, FORMAT } from "../numberFormats";
import type { ReportContext } from "../reportContext";
import { segmentSummaryTable } from "../sheets/rfm/segmentSummaryTable";
import { teachingCustomerColumns } from "./teachingRfmSheet";
import { TEACHING_TABLES, teachingSheet } from "./teachingSheets";

export function buildTeachingSegmentsSheet(result: RfmResult, ctx: ReportContext): ReportSheet {
  const { t } = ctx;
  const customers = { name: TEACHING_TABLES.customers, columns: teachingCustomerColumns(ctx) };
  const summary = segmentSummaryTable(TEACHING_TABLES.segments, result, customers, ctx);
  const rows = Math.max(14, result.segments.length * 2 + 4);
  const charts = [
    chartBlock(TEACHING_TABLES.segments, "segment", {
      type: "column",
      title: t("teaching:segments.chartCustomers"),
      series: [{ column: "customers", name: t("teaching:segments.axisCustomers") }],
      axisTitles: { value: t("teaching:segments.axisCustomers") },
      valueAxisFormat: FORMAT.integer,
      dataLabels: { showValue: true, showPercent: false, numberFormat: FORMAT.integer },
      legend: "none",
      size: { rows, cols: 6 },
    }),
    chartBlock(TEACHING_TABLES.segments, "segment", {
      type: "column",
      title: t("teaching:segments.chartRevenue"),
      series: [{ column: "revenue", name: t("teaching:segments.axisRevenue") }],
      axisTitles: { value: t("teaching:segments.axisRevenue") },
      valueAxisFormat: currencyFormat(ctx.currencySymbol, ctx.language, 0),
      legend: "none",
      size: { rows, cols: 6 },
    }),
  ];
  const blocks = layoutRows([
    [
      {
        kind: "title",
        title: t("teaching:segments.title"),
        subtitle: [t("teaching:segments.subtitle")],
      },
    ],
    [summary],
    charts,
  ]);
  return teachingSheet(ctx, "teachingSegments", blocks);
}
