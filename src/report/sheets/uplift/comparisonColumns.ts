/**
 * The columns every uplift row shows (one arm or all arms pooled, whole campaign or one
 * breakdown cell): counts and rates of treated and control, uplift in points with Newcombe's
 * and Wald's intervals, relative uplift, the tests, ARPU and basket, incremental conversions and
 * revenue with intervals, the economics, the verdict (an icon code and words) and the checks.
 * Rates, uplifts, incremental figures and economics are formulas over the row's own cells with
 * the engine's values as their results, so a controller sees how each number is made.
 */
import type { UpliftComparison, Verdict } from "../../../analytics/uplift/types";
import type { ConditionalFormat, TableCell, TableColumn } from "../../model";
import { FORMAT } from "../../numberFormats";
import { palette } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { column, messageText, readableNumber, rowFormula } from "../ltv/sheetHelpers";

/** Uplift in points: +0.68, -1.20. */
export const POINTS_FORMAT = "+0.00;-0.00;0.00";
export const P_VALUE_FORMAT = "0.0000";
const RATE_FORMAT = FORMAT.percent2;
const SIGNED_PERCENT = FORMAT.signedPercent;

/** The icon code of a verdict: -1 negative, 0 not proven, 1 positive (3 arrows). */
export function verdictCode(verdict: Verdict): number {
  return verdict === "positive" ? 1 : verdict === "negative" ? -1 : 0;
}

/** The verdict in words; "not proven" says how many customers per group would settle it. */
export function verdictText(cmp: UpliftComparison, ctx: ReportContext): string {
  if (cmp.verdict === "not-proven" && cmp.settlingSample !== null) {
    return ctx.t("uplift:verdicts.notProvenSample", {
      nTreated: readableNumber(cmp.settlingSample.nTreated, ctx),
      nControl: readableNumber(cmp.settlingSample.nControl, ctx),
    });
  }
  return ctx.t(`uplift:verdicts.${cmp.verdict}`);
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
  const h = (key: string) => ctx.t(`report:upliftSheet.column.${key}`, { level: layout.level });
  const money = ctx.currencyFormat;
  return [
    column("nTreated", h("nTreated"), "integer", FORMAT.integer),
    column("convTreated", h("convTreated"), "integer", FORMAT.integer),
    column("rateTreated", h("rateTreated"), "percent", RATE_FORMAT),
    column("nControl", h("nControl"), "integer", FORMAT.integer),
    column("convControl", h("convControl"), "integer", FORMAT.integer),
    column("rateControl", h("rateControl"), "percent", RATE_FORMAT),
    column("uplift", h("uplift"), "decimal", POINTS_FORMAT),
    column("ciLow", h("ciLow"), "decimal", POINTS_FORMAT),
    column("ciHigh", h("ciHigh"), "decimal", POINTS_FORMAT),
    column("verdict", h("verdict"), "integer", "0", { width: 9 }),
    column("verdictText", h("verdictText"), "text", FORMAT.text, { width: 44, wrap: true }),
    column("settleTreated", h("settleTreated"), "integer", FORMAT.integer),
    column("settleControl", h("settleControl"), "integer", FORMAT.integer),
    column("waldLow", h("waldLow"), "decimal", POINTS_FORMAT),
    column("waldHigh", h("waldHigh"), "decimal", POINTS_FORMAT),
    column("upliftRel", h("upliftRel"), "percent", SIGNED_PERCENT),
    column("relLow", h("relLow"), "percent", SIGNED_PERCENT),
    column("relHigh", h("relHigh"), "percent", SIGNED_PERCENT),
    column("pValue", h("pValue"), "decimal", P_VALUE_FORMAT),
    ...(layout.adjusted ? [column("pAdjusted", h("pAdjusted"), "decimal", P_VALUE_FORMAT)] : []),
    column("test", h("test"), "text", FORMAT.text, { width: 28 }),
    column("arpuTreated", h("arpuTreated"), "currency", money),
    column("arpuControl", h("arpuControl"), "currency", money),
    column("aovTreated", h("aovTreated"), "currency", money),
    column("aovControl", h("aovControl"), "currency", money),
    column("revenuePValue", h("revenuePValue"), "decimal", P_VALUE_FORMAT),
    column("revenueVerdict", h("revenueVerdict"), "text", FORMAT.text, { width: 30 }),
    column("incrementalConversions", h("incrementalConversions"), "decimal", FORMAT.decimal1),
    column("incConvLow", h("incConvLow"), "decimal", FORMAT.decimal1),
    column("incConvHigh", h("incConvHigh"), "decimal", FORMAT.decimal1),
    column("incrementalRevenue", h("incrementalRevenue"), "currency", money),
    column("incRevLow", h("incRevLow"), "currency", money),
    column("incRevHigh", h("incRevHigh"), "currency", money),
    column("basketFigure", h("basketFigure"), "currency", money),
    column("cost", h("cost"), "currency", money),
    column("netIncrementalRevenue", h("netIncrementalRevenue"), "currency", money),
    column("iroas", h("iroas"), "decimal", FORMAT.decimal),
    column("roi", h("roi"), "percent", "+0%;-0%;0%"),
    column("costPerIncrementalConversion", h("costPerIncrementalConversion"), "currency", money),
    column("mde", h("mde"), "decimal", "0.00"),
    ...(layout.target
      ? [
          column("targetTreated", h("targetTreated"), "integer", FORMAT.integer),
          column("targetControl", h("targetControl"), "integer", FORMAT.integer),
        ]
      : []),
    column("checks", h("checks"), "text", FORMAT.text, { width: 50, wrap: true }),
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
    cmp.revenueVerdict === null ? null : ctx.t(`uplift:verdicts.${cmp.revenueVerdict}`),
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
