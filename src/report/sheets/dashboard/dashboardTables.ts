/**
 * The Dashboard's own tables: the monthly revenue of the active window, the R x F heat map and
 * the uplift by segment of one campaign. Values from the analyses; formulas over the other
 * sheets' tables where those are in the report.
 */
import type { MonthlyRevenue } from "../../../analytics/kpis";
import type { RfmResult } from "../../../analytics/rfm";
import type { Breakdown, CampaignUplift, UpliftAnalysis } from "../../../analytics/uplift/types";
import type { TableBlock, TableCell, TableColumn } from "../../model";
import { currencyFormat, FORMAT } from "../../numberFormats";
import { palette, TABLE_STYLE } from "../../palette";
import { structuredRef } from "../../ranges";
import type { ReportContext } from "../../reportContext";

type Unplaced<T> = Omit<T, "anchor">;

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

const integer = (id: string, header: string, total = false): TableColumn => ({
  id,
  header,
  type: "integer",
  format: FORMAT.integer,
  ...(total ? { total: { fn: "sum" as const } } : {}),
});

/** The active window month by month; the Revenue and AOV tiles are formulas over its totals. */
export function monthlyTable(
  months: readonly MonthlyRevenue[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  return {
    kind: "table",
    name: DASHBOARD_TABLES.monthly,
    style: TABLE_STYLE,
    columns: [
      {
        id: "month",
        header: col(ctx, "month"),
        type: "text",
        format: FORMAT.text,
        total: { label: ctx.t("report:common.total") },
      },
      { id: "from", header: col(ctx, "from"), type: "date", format: FORMAT.date },
      integer("days", col(ctx, "days"), true),
      {
        id: "revenue",
        header: col(ctx, "revenue"),
        type: "currency",
        format: currencyFormat(ctx.currencySymbol, ctx.language, 0),
        total: { fn: "sum" },
      },
      integer("orders", col(ctx, "orders"), true),
      integer("buyers", col(ctx, "buyers")),
    ],
    rows: months.map((m) => [
      m.month,
      Date.parse(`${m.from}T00:00:00Z`),
      m.days,
      m.revenue,
      m.orders,
      m.buyers,
    ]),
  };
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
  const bins = rfm.bins;
  const counts = Array.from({ length: bins }, () => new Array<number>(bins).fill(0));
  for (const c of rfm.customers) counts[bins - c.r][c.f - 1]++;
  const fIds = Array.from({ length: bins }, (_, j) => `f${j + 1}`);
  const grid = source?.table;
  const usable =
    grid !== undefined && ["r", ...fIds].every((id) => grid.columns.some((c) => c.id === id));
  return {
    kind: "table",
    name: DASHBOARD_TABLES.rfGrid,
    style: TABLE_STYLE,
    columns: [
      integer("r", col(ctx, "r")),
      ...fIds.map((id, j) => ({ ...integer(id, col(ctx, "f", { score: j + 1 })), width: 7 })),
    ],
    rows: counts.map((row, i): TableCell[] => {
      const r = bins - i;
      return [
        r,
        ...row.map((value, j) =>
          usable
            ? {
                formula: `SUMIFS(${structuredRef(grid, fIds[j])},${structuredRef(grid, "r")},${r})`,
                value,
              }
            : value
        ),
      ];
    }),
    conditionalFormats: [{ kind: "colorScale", columns: fIds, colors: palette.heat }],
  };
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
  const pct = (id: string): TableColumn => ({
    id,
    header: col(ctx, id),
    type: "percent",
    format: FORMAT.percent2,
  });
  return {
    kind: "table",
    name: DASHBOARD_TABLES.upliftBySegment,
    style: TABLE_STYLE,
    columns: [
      { id: "segment", header: col(ctx, "segment"), type: "text", format: FORMAT.text, width: 20 },
      integer("nTreated", col(ctx, "nTreated")),
      integer("nControl", col(ctx, "nControl")),
      pct("uplift"),
      pct("ciLow"),
      pct("ciHigh"),
      pct("minus"),
      pct("plus"),
    ],
    rows: rows.map((r) => [
      nameOf(r.breakdown!.value),
      r.treated.n,
      r.control.n,
      r.upliftAbs,
      r.newcombe.low,
      r.newcombe.high,
      r.upliftAbs - r.newcombe.low,
      r.newcombe.high - r.upliftAbs,
    ]),
  };
}
