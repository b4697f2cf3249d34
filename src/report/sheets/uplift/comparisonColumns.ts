/**
 * The columns every uplift row shows (one arm or all arms pooled, whole campaign or one
 * breakdown cell): counts and rates of treated and control, uplift in points with Newcombe's
 * and Wald's intervals, relative uplift, the tests, ARPU and basket, incremental conversions and
 * revenue with intervals, the economics, the verdict (an icon code and words) and the checks.
 * Rates, uplifts, incremental figures and economics are formulas over the row's own cells with
 * the engine's values as their results, so a controller sees how each number is made.
 */
import type { UpliftComparison, Verdict } from "../../../analytics/uplift/types";
import * as column from "../../columns";
import type { ConditionalFormat, TableCell, TableColumn } from "../../model";
import { FORMAT } from "../../numberFormats";
import { palette } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { messageText, readableNumber, rowFormula } from "../ltv/sheetHelpers";

export const P_VALUE_FORMAT = "0.0000";
const RATE_FORMAT = FORMAT.percent2;
const SIGNED_PERCENT = FORMAT.signedPercent;

/** The icon code of a verdict: -1 negative, 0 not proven, 1 positive (3 arrows). */
export function verdictCode(verdict: Verdict): number {
  return verdict === "positive" ? 1 : verdict === "negative" ? -1 : 0;
}

/**
 * The verdict in words; "not proven" says how many customers per group would settle it, or,
 * past realistic reach, that the uplift is too small to matter and what this test could detect.
 */
export function verdictText(cmp: UpliftComparison, ctx: ReportContext): string {
  if (cmp.verdict === "not-proven" && cmp.beyondReach) {
    const mde = cmp.minimumDetectableEffect;
    if (mde === null) return ctx.t("uplift:verdicts.tooSmallNoMde");
    return ctx.t("uplift:verdicts.tooSmall", {
      mde: (mde * 100).toLocaleString(ctx.language, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
      alpha: (1 - cmp.newcombe.level).toLocaleString(ctx.language, {
        style: "percent",
        maximumFractionDigits: 1,
      }),
    });
  }
  if (cmp.verdict === "not-proven" && cmp.settlingSample !== null) {
    return ctx.t("uplift:verdicts.notProvenSample", {
      nTreated: readableNumber(cmp.settlingSample.nTreated, ctx),
      nControl: readableNumber(cmp.settlingSample.nControl, ctx),
    });
  }
  return ctx.t(`uplift:verdicts.${cmp.verdict}`);
}

/** The revenue verdict in revenue words (never "conversions"); null without a revenue test. */
export function revenueVerdictText(cmp: UpliftComparison, ctx: ReportContext): string | null {
  return cmp.revenueVerdict === null ? null : ctx.t(`uplift:revenueVerdicts.${cmp.revenueVerdict}`);
}

const finite = (v: number | null | undefined): number | null =>
  v !== null && v !== undefined && Number.isFinite(v) ? v : null;

/** Which optional columns a table shows, and the confidence level its headers name. */
export interface ComparisonLayout {
  /** The p-value adjusted across a breakdown's rows (breakdown tables). */
  adjusted: boolean;
  /** Customers per group for the target uplift (when the user gave one). */
  target: boolean;
  /** The analysis' confidence level as headers write it ("95%"). */
  level: string;
}

/** The value columns, after a table's own identity columns (campaign, arm, breakdown...). */
export function comparisonColumns(ctx: ReportContext, layout: ComparisonLayout): TableColumn[] {
  // Every header is the column's own key; the kinds of value the uplift columns hold:
  const h = (key: string) => ctx.t(`report:upliftSheet.column.${key}`, { level: layout.level });
  const count = (id: string) => column.integer(id, h(id));
  const rate = (id: string) => column.percent(id, h(id), { format: RATE_FORMAT });
  // Uplift in points: +0.68 pts, -1.20 pts.
  const points = (id: string) => column.decimal(id, h(id), { format: ctx.pointsFormat });
  const relative = (id: string) => column.percent(id, h(id), { format: SIGNED_PERCENT });
  const pValue = (id: string) => column.decimal(id, h(id), { format: P_VALUE_FORMAT });
  const conversions = (id: string) => column.decimal(id, h(id), { format: FORMAT.decimal1 });
  const amount = (id: string) => column.currency(id, h(id), ctx);
  const text = (id: string, width: number, wrap?: boolean) =>
    column.text(id, h(id), wrap ? { width, wrap } : { width });
  return [
    count("nTreated"),
    count("convTreated"),
    rate("rateTreated"),
    count("nControl"),
    count("convControl"),
    rate("rateControl"),
    points("uplift"),
    points("ciLow"),
    points("ciHigh"),
    column.integer("verdict", h("verdict"), { format: "0", width: 9 }),
    text("verdictText", 44, true),
    count("settleTreated"),
    count("settleControl"),
    points("waldLow"),
    points("waldHigh"),
    relative("upliftRel"),
    relative("relLow"),
    relative("relHigh"),
    pValue("pValue"),
    ...(layout.adjusted ? [pValue("pAdjusted")] : []),
    text("test", 28),
    amount("arpuTreated"),
    amount("arpuControl"),
    amount("aovTreated"),
    amount("aovControl"),
    pValue("revenuePValue"),
    text("revenueVerdict", 30),
    conversions("incrementalConversions"),
    conversions("incConvLow"),
    conversions("incConvHigh"),
    amount("incrementalRevenue"),
    amount("incRevLow"),
    amount("incRevHigh"),
    amount("basketFigure"),
    amount("cost"),
    amount("netIncrementalRevenue"),
    column.decimal("iroas", h("iroas")),
    column.percent("roi", h("roi"), { format: "+0%;-0%;0%" }),
    amount("costPerIncrementalConversion"),
    column.decimal("mde", h("mde"), { format: "0.00" }),
    ...(layout.target ? [count("targetTreated"), count("targetControl")] : []),
    text("checks", 50, true),
  ];
}

/** Verdict arrows (down, side, up for -1, 0, 1) and a colour scale on the uplift. */
export function comparisonFormats(): ConditionalFormat[] {
  return [
    {
      kind: "iconSet",
      columns: ["verdict"],
      iconSet: "3Arrows",
      thresholds: [0, 1],
      showValue: false,
    },
    { kind: "dataBar", columns: ["uplift"], color: palette.bar },
  ];
}

/**
 * The cells of `comparisonColumns` for one comparison, in the same order. Formulas only where
 * the engine has a value (e.g. no cost per incremental conversion without a gain).
 */
export function comparisonCells(
  cmp: UpliftComparison,
  ctx: ReportContext,
  layout: ComparisonLayout
): TableCell[] {
  const t = cmp.treated;
  const c = cmp.control;
  const both = t.n > 0 && c.n > 0;
  const eco = cmp.economics;
  const incRev = cmp.incrementalRevenue;
  const withFormula = (template: string, value: number | null): TableCell =>
    value === null ? null : both ? rowFormula(template, value) : value;
  const points = (v: number) => finite(v * 100);
  return [
    t.n,
    t.conversions,
    withFormula("{convTreated}/{nTreated}", finite(t.rate)),
    c.n,
    c.conversions,
    withFormula("{convControl}/{nControl}", finite(c.rate)),
    withFormula("({rateTreated}-{rateControl})*100", points(cmp.upliftAbs)),
    points(cmp.newcombe.low),
    points(cmp.newcombe.high),
    verdictCode(cmp.verdict),
    verdictText(cmp, ctx),
    cmp.settlingSample?.nTreated ?? null,
    cmp.settlingSample?.nControl ?? null,
    points(cmp.wald.low),
    points(cmp.wald.high),
    withFormula("{rateTreated}/{rateControl}-1", finite(cmp.upliftRel)),
    finite(cmp.upliftRelInterval?.low),
    finite(cmp.upliftRelInterval?.high),
    finite(cmp.conversionTest.pValue),
    ...(layout.adjusted ? [finite(cmp.pAdjusted)] : []),
    ctx.t(`uplift:tests.${cmp.conversionTest.test}`),
    finite(t.revenuePerCustomer),
    finite(c.revenuePerCustomer),
    finite(t.aovAmongBuyers),
    finite(c.aovAmongBuyers),
    finite(cmp.revenueTest?.pValue),
    revenueVerdictText(cmp, ctx),
    withFormula(
      "({rateTreated}-{rateControl})*{nTreated}",
      finite(cmp.incrementalConversions.value)
    ),
    finite(cmp.incrementalConversions.low),
    finite(cmp.incrementalConversions.high),
    withFormula("({arpuTreated}-{arpuControl})*{nTreated}", finite(incRev?.value)),
    finite(incRev?.low),
    finite(incRev?.high),
    finite(cmp.conversionsTimesTreatedBasket),
    finite(eco?.cost),
    withFormula("{incrementalRevenue}-{cost}", finite(eco?.netIncrementalRevenue)),
    withFormula("{incrementalRevenue}/{cost}", finite(eco?.iroas)),
    withFormula("({incrementalRevenue}-{cost})/{cost}", finite(eco?.roi)),
    withFormula("{cost}/{incrementalConversions}", finite(eco?.costPerIncrementalConversion)),
    cmp.minimumDetectableEffect === null ? null : points(cmp.minimumDetectableEffect),
    ...(layout.target
      ? [cmp.sampleForTarget?.nTreated ?? null, cmp.sampleForTarget?.nControl ?? null]
      : []),
    cmp.warnings.length === 0 ? null : cmp.warnings.map((w) => messageText(w, ctx)).join(" "),
  ];
}
