import type { EngineProblem } from "../worker/engineTypes";
import type { FlowState } from "./flowState";

/**
 * Why the chosen data cannot be analysed yet, for the Run step to say next to its disabled
 * button; null when a run may start. The check of the data (the engine's read, map and clean)
 * must have succeeded and left at least one row to analyse: an empty file, or one without a
 * customer id, is then said at once rather than after a run that cannot succeed. Invalid
 * settings are said by the Run step itself (their count).
 */
export type RunBlocker =
  | { readonly kind: "noData" }
  | { readonly kind: "checking" }
  | { readonly kind: "problem"; readonly problem: EngineProblem }
  | { readonly kind: "noRows" };

export function runBlocker(state: FlowState): RunBlocker | null {
  if (state.source.status !== "open") return { kind: "noData" };
  const { check } = state;
  switch (check.status) {
    case "idle":
    case "checking":
      return { kind: "checking" };
    case "failed":
      return { kind: "problem", problem: check.problem };
    case "done":
      return check.data.dataQuality.rowsUsed === 0 ? { kind: "noRows" } : null;
  }
}
