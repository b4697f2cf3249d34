import type { TFunction } from "i18next";
import { MAP_BINS, type CustomerExplanation } from "../../../../analytics/rfm";
import type { ScoreRange } from "../../../../analytics/rfm/segmentMaps";
import type { Formatters } from "../../../../format/formatters";
import { segmentName } from "../segmentName";

/**
 * The rule that placed a customer in their segment, in words: the R, F, M ranges of the map rule
 * on the 5-score grid ("R 2, F 1–2, any M"), or the yearly-spend band with its limits.
 */
export function describeSegmentReason(
  t: TFunction,
  fmt: Formatters,
  explanation: CustomerExplanation
): string {
  const segment = segmentName(t, fmt, explanation.segment);
  const because = explanation.because;
  if (because.kind === "rule") {
    const { r, f, m } = because.rule;
    const range = ([min, max]: ScoreRange) =>
      min === 1 && max === MAP_BINS
        ? t("pane:resultsView.explain.anyScore")
        : min === max
          ? String(min)
          : `${min}–${max}`;
    return t("pane:resultsView.explain.scoreRule", {
      r: range(r),
      f: range(f),
      m: range(m),
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
