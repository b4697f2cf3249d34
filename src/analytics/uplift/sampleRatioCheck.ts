import { chiSquareGoodnessOfFit } from "../stats/chiSquareGoodnessOfFit";
import type { SampleRatioCheck } from "./types";

/** The p-value under which a sample-ratio mismatch is reported (the industry convention is 0.01 or lower). */
export const SRM_ALPHA = 0.01;

/**
 * Sample-ratio mismatch check: Pearson's chi-square of the group sizes against the intended
 * split (Fabijan et al. 2019, "Diagnosing Sample Ratio Mismatch in Online Controlled
 * Experiments"). A mismatch (p < 0.01) means assignment or data capture went wrong, and the
 * uplift is suspect whatever its p-value. `intended` maps each group label to a share (any
 * scale: 45/45/10 or 0.45/0.45/0.1); null when a group has no intended share.
 */
export function sampleRatioCheck(
  observed: Record<string, number>,
  intended: Record<string, number>
): SampleRatioCheck | null {
  const labels = Object.keys(observed);
  if (labels.length < 2 || labels.some((label) => !(intended[label] > 0))) return null;
  const counts = labels.map((label) => observed[label]);
  const shares = labels.map((label) => intended[label]);
  const result = chiSquareGoodnessOfFit(counts, shares);
  const totalShare = shares.reduce((s, v) => s + v, 0);
  return {
    groups: labels.map((group, i) => ({
      group,
      observed: counts[i],
      expectedShare: shares[i] / totalShare,
    })),
    ...result,
    mismatch: result.pValue < SRM_ALPHA,
  };
}
