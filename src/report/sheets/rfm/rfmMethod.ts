/**
 * What the RFM sheets add to the Method sheet: every parameter in force and every definition a
 * trainer or an auditor needs to recompute a score or a segment by hand: the quantile definition,
 * the tie rule, recency reversed, the window convention, the cut points of each metric, and the
 * segment map's rules in the order they are tried (or the value bands' thresholds).
 */
import { explainCustomer, type RfmResult, type ScoreRule } from "../../../analytics/rfm";
import type { MethodContribution, MethodDefinition } from "../../methodContribution";
import type { ReportContext } from "../../reportContext";
import { RFM_METRICS } from "./cutPointsTable";
import { dayLabel, mapLabel, numberLabel, segmentLabels } from "./labels";

const KEY = "report:rfmSheet.method";

/** "4-5", "5", or "any" when the range covers the whole 5-score grid. */
function rangeLabel(range: ScoreRule["r"], ctx: ReportContext): string {
  if (range[0] === 1 && range[1] === 5) return ctx.t(`${KEY}.mapRule.any`);
  return range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
}

/** The segment map written out: one definition a rule, in order; or one a value band. */
function mapDefinitions(result: RfmResult, ctx: ReportContext): MethodDefinition[] {
  const { t } = ctx;
  const names = segmentLabels(result.map, ctx);
  const map = result.map;
  const definitions: MethodDefinition[] = [
    {
      term: t(`${KEY}.map.term`, { map: mapLabel(map, ctx) }),
      text: t(`rfm:maps.${map.id}.description`),
    },
  ];
  if (map.kind === "scores") {
    if (result.bins !== 5) {
      definitions.push({
        term: t(`${KEY}.map.term`, { map: mapLabel(map, ctx) }),
        text: t("rfm:method.mapGrid", { bins: result.bins }),
      });
    }
    map.rules.forEach((rule, i) => {
      definitions.push({
        term: t(`${KEY}.mapRule.term`, { index: i + 1, segment: names.get(rule.segment) }),
        text: t(`${KEY}.mapRule.text`, {
          r: rangeLabel(rule.r, ctx),
          f: rangeLabel(rule.f, ctx),
          m: rangeLabel(rule.m, ctx),
        }),
      });
    });
    return definitions;
  }
  definitions.push({
    term: t(`${KEY}.yearlySpend.term`),
    text: t("rfm:method.yearlySpend", { years: numberLabel(result.windowYears, ctx) }),
  });
  const thresholds = map.thresholds;
  // Bands are listed highest first, as the map presents its segments.
  for (let b = thresholds.length; b >= 0; b--) {
    const low = b > 0 ? numberLabel(thresholds[b - 1], ctx) : null;
    const high = b < thresholds.length ? numberLabel(thresholds[b], ctx) : null;
    const shape = high === null ? "above" : low === null ? "below" : "between";
    definitions.push({
      term: t(`${KEY}.band.term`, { segment: names.get(`band${b + 1}`) }),
      text: t(`${KEY}.band.${shape}`, { low, high }),
    });
  }
  return definitions;
}

/** The cut points of each metric and the customers per score, one definition a metric. */
function cutPointDefinitions(result: RfmResult, ctx: ReportContext): MethodDefinition[] {
  return RFM_METRICS.map((metric) => {
    const lines = result.cutPoints[metric];
    return {
      term: ctx.t(`${KEY}.cutPoints.term`, {
        metric: ctx.t(`report:rfmSheet.cutPoints.metric.${metric}`),
      }),
      text:
        lines.length === 0
          ? ctx.t(`${KEY}.cutPoints.none`)
          : ctx.t(`${KEY}.cutPoints.text`, {
              lines: lines.map((x) => numberLabel(x, ctx)).join(" | "),
              bins: result.bins,
              counts: result.counts[metric].map((n) => numberLabel(n, ctx)).join(" | "),
            }),
    };
  });
}

/**
 * A worked example a trainer can follow on the RFM sheet: the first customer of its table, each
 * value placed between its cut points, then the rule (or spend band) that made the segment.
 */
export function workedExample(result: RfmResult, ctx: ReportContext): MethodDefinition | undefined {
  const first = result.customers[0];
  const e = first === undefined ? null : explainCustomer(result, first.id);
  if (e === null) return undefined;
  const { t } = ctx;
  const label = (x: number | null) => (x === null ? "–" : numberLabel(x, ctx));
  const placements = RFM_METRICS.map((metric) => {
    const p = e.placements[metric];
    return t("rfm:explain.placement", {
      metric: t(`report:rfmSheet.cutPoints.metric.${metric}`),
      value: label(p.value),
      score: p.score,
      below: label(p.below),
      above: label(p.above),
    });
  });
  const segment = t(e.segment.nameKey, e.segment.params ?? {});
  const because =
    e.because.kind === "rule"
      ? t("rfm:explain.scoreRule", {
          rMin: e.because.rule.r[0],
          rMax: e.because.rule.r[1],
          fMin: e.because.rule.f[0],
          fMax: e.because.rule.f[1],
          mMin: e.because.rule.m[0],
          mMax: e.because.rule.m[1],
          segment,
        })
      : t("rfm:explain.band", {
          low: label(e.because.low),
          high: label(e.because.high),
          segment,
        });
  return {
    term: t(`${KEY}.example.term`, { id: e.id }),
    text: `${placements.join("; ")}. ${because}.`,
  };
}

/** Parameters and definitions of the RFM analysis for the Method sheet. */
export function rfmMethod(result: RfmResult, ctx: ReportContext): MethodContribution {
  const { t } = ctx;
  const p = (key: string) => t(`${KEY}.parameter.${key}`);
  const parameters = [
    { label: p("asOf"), value: dayLabel(result.asOfDay) },
    {
      label: p("window"),
      value:
        result.windowStartDay === null
          ? p("windowAll")
          : t(`${KEY}.parameter.windowFrom`, { start: dayLabel(result.windowStartDay) }),
    },
    { label: p("bins"), value: String(result.bins) },
    { label: p("rule"), value: t(`report:rfmSheet.rule.${result.rule}`) },
    { label: p("map"), value: mapLabel(result.map, ctx) },
    ...(result.map.kind === "yearlySpend"
      ? [
          {
            label: p("bands"),
            value: result.map.thresholds.map((x) => numberLabel(x, ctx)).join(" | "),
          },
        ]
      : []),
    { label: p("customers"), value: numberLabel(result.customers.length, ctx) },
    { label: p("returnsOnly"), value: numberLabel(result.returnsOnly.length, ctx) },
  ];
  const definitions: MethodDefinition[] = [
    { term: t(`${KEY}.features.term`), text: t("rfm:method.definitions") },
    { term: t(`${KEY}.window.term`), text: t(`${KEY}.window.text`) },
    { term: t(`${KEY}.rule.term`), text: t(`rfm:rules.${result.rule}`, { bins: result.bins }) },
    ...(result.rule === "quantiles"
      ? [{ term: t(`${KEY}.quantile.term`), text: t(`${KEY}.quantile.text`) }]
      : []),
    { term: t(`${KEY}.ties.term`), text: t(`${KEY}.ties.${result.rule}`) },
    { term: t(`${KEY}.inverted.term`), text: t(`${KEY}.inverted.text`, { bins: result.bins }) },
    ...cutPointDefinitions(result, ctx),
    ...mapDefinitions(result, ctx),
  ];
  const example = workedExample(result, ctx);
  if (example !== undefined) definitions.push(example);
  return { parameters, definitions };
}
