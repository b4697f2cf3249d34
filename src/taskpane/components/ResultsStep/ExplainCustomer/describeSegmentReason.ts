import type { TFunction } from "i18next";
import type { CustomerExplanation } from "../../../../analytics/rfm";
import type { ResultsFormatters } from "../formatters";

/**
 * The rule that placed a customer in their segment, in words: the R, F, M ranges of the map rule
 * on the 5-score grid, or the yearly-spend band with its limits.
 */
export function describeSegmentReason(
  t: TFunction,
  fmt: ResultsFormatters,
  explanation: CustomerExplanation
): string {
  const segment = t(explanation.segment.nameKey, explanation.segment.params);
  const because = explanation.because;
  if (because.kind === "rule") {
    const { r, f, m } = because.rule;
    return t("rfm:explain.scoreRule", {
      rMin: r[0],
      rMax: r[1],
      fMin: f[0],
      fMax: f[1],
      mMin: m[0],
      mMax: m[1],
      segment,
    });
  }
  const low = because.low === null ? null : fmt.currency(because.low);
  const high = because.high === null ? null : fmt.currency(because.high);
  if (low !== null && high !== null) return t("rfm:explain.band", { low, high, segment });
  if (low !== null) return t("pane:resultsView.explain.bandAbove", { low, segment });
  if (high !== null) return t("pane:resultsView.explain.bandUpTo", { high, segment });
  return segment;
}
