/**
 * The Dashboard's own tables: the monthly revenue of the active window, the R x F heat map and
 * the uplift by segment of one campaign. Values from the analyses; formulas over the other
 * sheets' tables where those are in the report.
 */
import type { MonthlyRevenue } from "../../../analytics/kpis";
import type { RfmResult } from "../../../analytics/rfm";
import type { Breakdown, CampaignUplift, UpliftAnalysis } from "../../../analytics/uplift/types";
import * as column from "../../columns";
import type { TableBlock, Unplaced } from "../../model";
import { currencyFormat } from "../../numberFormats";
import { structuredRef } from "../../ranges";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";
import { rfCounts } from "../rfm/rfGridTable";
import { frequencyColumnIds, scoreGridHeaders, scoreGridTable } from "../rfm/scoreGridTable";

/** Table names: identifiers, the same in every language. */
export const DASHBOARD_TABLES = {
  /** Columns month, from, days, revenue, orders, buyers; totals row. */
  monthly: "DashboardMonthlyRevenue",
  /** Column r (score, highest first), then f1..fk customer counts. */
  rfGrid: "DashboardRfGrid",
  /** Columns segment, nTreated, nControl, uplift, ciLow, ciHigh, minus, plus. */
  upliftBySegment: "DashboardUpliftBySegment",
} as const;

const col = (ctx: ReportContext, key: string, params?: Record<string, unknown>) =>
  ctx.t(`report:dashboardSheet.column.${key}`, params);

/** The active window month by month; the Revenue and AOV tiles are formulas over its totals. */
export function monthlyTable(
  months: readonly MonthlyRevenue[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  return tableBlock(DASHBOARD_TABLES.monthly, {
    columns: [
      column.text("month", col(ctx, "month"), { total: column.totalLabel(ctx) }),
      column.date("from", col(ctx, "from")),
      column.integer("days", col(ctx, "days"), { total: "sum" }),
      column.currency("revenue", col(ctx, "revenue"), ctx, {
        format: currencyFormat(ctx.currencySymbol, ctx.language, 0),
        total: "sum",
      }),
      column.integer("orders", col(ctx, "orders"), { total: "sum" }),
      column.integer("buyers", col(ctx, "buyers")),
    ],
    rows: months.map((m) => [
      m.month,
      Date.parse(`${m.from}T00:00:00Z`),
      m.days,
      m.revenue,
      m.orders,
      m.buyers,
    ]),
  });
}

/** A table found on another sheet, for formulas. */
export interface FoundTable {
  table: TableBlock;
}

/**
 * Customers by R score (rows, highest first) and F score (columns), coloured as a heat map.
 * With the Segments sheet's RfmGrid in the report, each cell is SUMIFS over it.
 */
export function rfGridTable(
  rfm: RfmResult,
  ctx: ReportContext,
  source: FoundTable | undefined
): Unplaced<TableBlock> {
  const counts = rfCounts(rfm);
  const fIds = frequencyColumnIds(rfm.bins);
  const found = source?.table;
  const grid =
    found !== undefined && ["r", ...fIds].every((id) => found.columns.some((c) => c.id === id))
      ? found
      : undefined;
  return scoreGridTable({
    name: DASHBOARD_TABLES.rfGrid,
    bins: rfm.bins,
    headers: scoreGridHeaders(ctx, "report:dashboardSheet.column"),
    scoreColumn: (id, header) => column.integer(id, header, { width: 7 }),
    cell: (r, f) => {
      const value = counts[r - 1][f - 1];
      if (grid === undefined) return value;
      const formula = `SUMIFS(${structuredRef(grid, `f${f}`)},${structuredRef(grid, "r")},${r})`;
      return { formula, value };
    },
    heatMap: true,
  });
}

/** The campaign the uplift-by-segment chart shows: the most treated customers, with an RFM breakdown. */
export function upliftChartCampaign(
  uplift: UpliftAnalysis
): { campaign: CampaignUplift; breakdown: Breakdown } | undefined {
  let best: { campaign: CampaignUplift; breakdown: Breakdown; treated: number } | undefined;
  for (const campaign of uplift.campaigns) {
    const breakdown =
      campaign.breakdowns.find((b) => b.dimension === "rfm" && b.arm === null) ??
      campaign.breakdowns.find((b) => b.dimension === "rfm");
    if (breakdown === undefined || breakdown.rows.length === 0) continue;
    const whole =
      campaign.results.find((r) => r.arm === null && r.breakdown === null) ?? campaign.results[0];
    const treated = whole?.treated.n ?? 0;
    if (best === undefined || treated > best.treated) best = { campaign, breakdown, treated };
  }
  return best && { campaign: best.campaign, breakdown: best.breakdown };
}

/**
 * Uplift by RFM segment of one campaign, in the map's order, with the distances to the interval's
 * ends (the chart's error bars) as formulas over the bounds.
 */
export function upliftBySegmentTable(
  breakdown: Breakdown,
  rfm: RfmResult | null | undefined,
  ctx: ReportContext
): Unplaced<TableBlock> {
  const order = rfm?.map.segments ?? [];
  const nameOf = (id: string): string => {
    const def = order.find((s) => s.id === id);
    return def ? ctx.t(def.nameKey, def.params) : id;
  };
  const position = (id: string) => {
    const i = order.findIndex((s) => s.id === id);
    return i < 0 ? order.length : i;
  };
  const rows = [...breakdown.rows]
    .filter((r) => r.breakdown !== null && r.breakdown.value !== "")
    .sort((a, b) => position(a.breakdown!.value) - position(b.breakdown!.value));
  // Points (x100) like the Uplift sheet: the chart's axis reads "+0.68 pts", not "0.68%".
  const pts = (id: string) => column.decimal(id, col(ctx, id), { format: ctx.pointsFormat });
  return tableBlock(DASHBOARD_TABLES.upliftBySegment, {
    columns: [
      column.text("segment", col(ctx, "segment"), { width: 20 }),
      column.integer("nTreated", col(ctx, "nTreated")),
      column.integer("nControl", col(ctx, "nControl")),
      pts("uplift"),
      pts("ciLow"),
      pts("ciHigh"),
      pts("minus"),
      pts("plus"),
    ],
    rows: rows.map((r) => [
      nameOf(r.breakdown!.value),
      r.treated.n,
      r.control.n,
      r.upliftAbs * 100,
      r.newcombe.low * 100,
      r.newcombe.high * 100,
      (r.upliftAbs - r.newcombe.low) * 100,
      (r.newcombe.high - r.upliftAbs) * 100,
    ]),
  });
}
