/**
 * The reconciliation block of the Method sheet: 12-month revenue against all history, the three
 * lifetime values side by side a segment with why they differ, and a warning when the BG/NBD
 * model contradicts the RFM segments (rule in src/analytics/ltv/reconcile.ts).
 */
import {
  checkModelAgainstSegments,
  meanClvBySegment,
  reconcileRevenue,
} from "../../analytics/ltv/reconcile";
import { lapsedSegments } from "../../analytics/rfm/lapsedSegments";
import type { ReportInput } from "../buildReport";
import * as column from "../columns";
import { sectionHeading, type LayoutRow } from "../layout";
import type { TableCell } from "../model";
import type { ReportContext } from "../reportContext";
import { tableBlock } from "../tableBlock";
import { formulaScopes } from "./ltv/ltvFormulaBlocks";
import { readableNumber, segmentNamer, segmentOrder } from "./ltv/sheetHelpers";
import { isoDate, percentText } from "./ltvSheet";

export const RECONCILIATION_TABLES = {
  revenue: "MethodRevenueCheck",
  ltv: "MethodLtvCompared",
} as const;

const NOTE_WIDTH = 6;

function revenueRows(input: ReportInput, ctx: ReportContext): LayoutRow[] {
  const { kpis, rfm } = input;
  if (!kpis || !rfm) return [];
  const k = (key: string, o?: Record<string, unknown>) =>
    ctx.t(`report:method.reconciliation.revenue.${key}`, o);
  const allHistory = rfm.customers.reduce((sum, c) => sum + c.monetary, 0);
  const r = reconcileRevenue(kpis.current.revenue, allHistory);
  const { windowStart, asOf } = kpis.current;
  return [
    [
      tableBlock(RECONCILIATION_TABLES.revenue, {
        columns: [
          column.text("period", k("period"), { width: 30, wrap: true }),
          column.currency("revenue", k("revenue"), ctx),
          column.percent("share", k("share")),
        ],
        rows: [
          [
            k("window", { months: kpis.activeMonths, from: windowStart, to: asOf }),
            r.windowRevenue,
            r.windowShare,
          ],
          [
            rfm.windowStartDay === null
              ? k("allHistory")
              : k("rfmWindow", { from: isoDate(rfm.windowStartDay) }),
            r.allHistoryRevenue,
            r.allHistoryRevenue > 0 ? 1 : null,
          ],
        ],
      }),
    ],
  ];
}

function ltvRows(input: ReportInput, ctx: ReportContext): LayoutRow[] {
  const ltv = input.ltv;
  if (!ltv) return [];
  const k = (key: string, o?: Record<string, unknown>) =>
    ctx.t(`report:method.reconciliation.ltv.${key}`, o);
  // (no history, as from a warehouse summary: no map of a million predictions for nothing)
  const clvById = new Map(
    ltv.historical.customers.length > 0 ? ltv.customers.map((c) => [c.id, c]) : []
  );
  const joined = ltv.historical.customers.map((h) => ({
    segment: h.segment,
    clv: clvById.get(h.customerId)?.clv ?? null,
    pAlive: clvById.get(h.customerId)?.pAlive ?? null,
  }));
  const bySegment = meanClvBySegment(joined);
  const overall = meanClvBySegment(joined.map((j) => ({ segment: null, clv: j.clv }))).get(null);
  const scopes = formulaScopes(ltv, ctx, segmentNamer(input.rfm, ctx), segmentOrder(input.rfm));
  const rows: TableCell[][] = scopes.map(({ name, group }, i) => [
    name,
    group.customers,
    group.simple?.value ?? null,
    group.retention?.value ?? null,
    (i === 0 ? overall : bySegment.get(group.segment)) ?? null,
  ]);
  const out: LayoutRow[] = [
    [
      tableBlock(RECONCILIATION_TABLES.ltv, {
        columns: [
          column.text("scope", k("scope"), { width: 30, wrap: true }),
          column.integer("customers", k("customers")),
          column.currency("simple", k("simple"), ctx),
          column.currency("retention", k("retention"), ctx),
          column.currency("model", k("model", { months: ltv.settings.horizonMonths }), ctx),
        ],
        rows,
      }),
    ],
  ];
  const paragraphs = [k("why", { months: ltv.settings.horizonMonths })];
  const lapsed = input.rfm ? lapsedSegments(input.rfm.map) : new Set<string>();
  const check = checkModelAgainstSegments(
    joined.map((j) => ({ pAlive: j.pAlive, lapsed: j.segment !== null && lapsed.has(j.segment) }))
  );
  if (check.contradicts && check.meanPAlive !== null && check.lapsedShare !== null) {
    paragraphs.push(
      k("contradiction", {
        meanPAlive: percentText(check.meanPAlive, ctx),
        a: ltv.bgnbd ? readableNumber(ltv.bgnbd.params.a, ctx) : "—",
        lapsed: readableNumber(check.lapsed, ctx),
        share: percentText(check.lapsedShare, ctx),
      })
    );
  }
  out.push([{ kind: "note", paragraphs, widthCols: NOTE_WIDTH }]);
  return out;
}

/** The block's rows; empty when neither the KPIs with RFM nor the LTV analysis ran. */
export function reconciliationRows(input: ReportInput, ctx: ReportContext): LayoutRow[] {
  const body = [...revenueRows(input, ctx), ...ltvRows(input, ctx)];
  if (body.length === 0) return [];
  return [sectionHeading(ctx.t("report:method.reconciliation.heading")), ...body];
}
