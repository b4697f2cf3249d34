import { newcombeInterval } from "../stats/newcombeInterval";
import { waldDifferenceInterval } from "../stats/waldInterval";
import { riskRatioInterval } from "../stats/riskRatioInterval";
import { twoProportionZTest } from "../stats/twoProportionZTest";
import { fisherExactTest } from "../stats/fisherExactTest";
import { welchTTest } from "../stats/welchTTest";
import { minimumDetectableEffect, twoProportionSampleSize } from "../stats/twoProportionPower";
import { summariseTally, type GroupTally } from "./groupTally";
import { withinReach } from "./realisticSample";
import { verdictOf } from "./verdict";
import type {
  ConversionTest,
  Economics,
  Estimate,
  GroupSummary,
  UpliftComparison,
  UpliftMessage,
} from "./types";

export interface CompareSettings {
  level: number;
  power: number;
  targetUplift?: number;
  revenueKnown: boolean;
  /** The most customers a test of this campaign could realistically hold (`realisticReach`). */
  reach: number;
}

/** Small control: under 30 customers or under 5 conversions (the usual rule for normal approximations). */
const MIN_CONTROL_CUSTOMERS = 30;
const MIN_CONTROL_CONVERSIONS = 5;

/**
 * Conversion test: the pooled two-proportion z-test, or Fisher's exact test when an expected
 * count of the 2 x 2 table (conversions and non-conversions by group) is under 5.
 */
export function conversionTest(
  t: { n: number; conversions: number },
  c: { n: number; conversions: number }
): ConversionTest {
  const total = t.n + c.n;
  const converted = t.conversions + c.conversions;
  const smallestExpected = (Math.min(t.n, c.n) * Math.min(converted, total - converted)) / total;
  if (smallestExpected < 5) {
    const p = fisherExactTest(
      t.conversions,
      t.n - t.conversions,
      c.conversions,
      c.n - c.conversions
    );
    return { test: "fisher-exact", statistic: null, pValue: p };
  }
  const z = twoProportionZTest(t.conversions, t.n, c.conversions, c.n);
  return { test: "z-test", statistic: z.z, pValue: z.pValue };
}

function economicsOf(
  treated: GroupSummary,
  incrementalConversions: number,
  incrementalRevenue: number | null
): Economics | null {
  if (treated.cost === null) return null;
  const cost = treated.cost;
  return {
    cost,
    netIncrementalRevenue: incrementalRevenue === null ? null : incrementalRevenue - cost,
    iroas: incrementalRevenue === null || cost === 0 ? null : incrementalRevenue / cost,
    roi: incrementalRevenue === null || cost === 0 ? null : (incrementalRevenue - cost) / cost,
    costPerIncrementalConversion: incrementalConversions > 0 ? cost / incrementalConversions : null,
  };
}

const scale = (value: number, low: number, high: number, by: number): Estimate => ({
  value: value * by,
  low: low * by,
  high: high * by,
});

/**
 * Everything the Uplift sheet shows for one treated group against its control: rates, ARPU,
 * absolute uplift with Newcombe's and Wald's intervals, relative uplift with the Katz interval,
 * the conversion test (z or Fisher), Welch on revenue per customer, incremental conversions and
 * revenue with intervals (scaled by n treated), economics, the verdict and the sample sizes that
 * would settle it. Both groups must be non-empty.
 */
export function compareGroups(
  where: Pick<UpliftComparison, "campaign" | "arm" | "breakdown">,
  treatedTally: GroupTally,
  controlTally: GroupTally,
  settings: CompareSettings
): UpliftComparison {
  const { level, power, revenueKnown } = settings;
  const treated = summariseTally(treatedTally, revenueKnown);
  const control = summariseTally(controlTally, revenueKnown);
  const [xt, nt, xc, nc] = [treated.conversions, treated.n, control.conversions, control.n];
  const upliftAbs = treated.rate - control.rate;
  const newcombe = newcombeInterval(xt, nt, xc, nc, level);
  const rr = riskRatioInterval(xt, nt, xc, nc, level);
  const rrInterval = rr?.interval ?? null;

  const revenueTest =
    revenueKnown && treated.revenueVariance !== null && control.revenueVariance !== null
      ? welchTTest(
          { n: nt, mean: treated.revenuePerCustomer!, variance: treated.revenueVariance },
          { n: nc, mean: control.revenuePerCustomer!, variance: control.revenueVariance },
          level
        )
      : null;
  const incrementalConversions = scale(upliftAbs, newcombe.low, newcombe.high, nt);
  const incrementalRevenue = revenueTest
    ? scale(revenueTest.difference, revenueTest.interval.low, revenueTest.interval.high, nt)
    : null;

  const verdict = verdictOf(newcombe);
  const share = nt / (nt + nc);
  const needed =
    verdict === "not-proven"
      ? twoProportionSampleSize({
          baselineRate: control.rate,
          effect: upliftAbs || (settings.targetUplift ?? 0),
          power,
          alpha: 1 - level,
          treatedShare: share,
        })
      : null;
  const settlingSample = withinReach(needed, settings.reach) ? needed : null;
  const warnings: UpliftMessage[] = [];
  if (nc < MIN_CONTROL_CUSTOMERS || xc < MIN_CONTROL_CONVERSIONS) {
    warnings.push({ code: "uplift:warnings.smallControl", params: { n: nc, conversions: xc } });
  }
  return {
    ...where,
    treated,
    control,
    upliftAbs,
    newcombe,
    wald: waldDifferenceInterval(xt, nt, xc, nc, level),
    upliftRel: rr ? rr.ratio - 1 : null,
    upliftRelInterval: rrInterval
      ? { low: rrInterval.low - 1, high: rrInterval.high - 1, level }
      : null,
    conversionTest: conversionTest(treated, control),
    pAdjusted: null,
    revenueTest,
    incrementalConversions,
    incrementalRevenue,
    conversionsTimesTreatedBasket:
      treated.aovAmongBuyers === null
        ? null
        : incrementalConversions.value * treated.aovAmongBuyers,
    economics: economicsOf(
      treated,
      incrementalConversions.value,
      incrementalRevenue?.value ?? null
    ),
    verdict,
    revenueVerdict: revenueTest ? verdictOf(revenueTest.interval) : null,
    settlingSample,
    beyondReach: verdict === "not-proven" && settlingSample === null,
    minimumDetectableEffect: minimumDetectableEffect(control.rate, nt, nc, power, 1 - level),
    sampleForTarget:
      settings.targetUplift !== undefined
        ? twoProportionSampleSize({
            baselineRate: control.rate,
            effect: settings.targetUplift,
            power,
            alpha: 1 - level,
            treatedShare: share,
          })
        : null,
    warnings,
  };
}
