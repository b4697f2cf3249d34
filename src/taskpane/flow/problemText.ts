import type { TFunction } from "i18next";
import { describePipelineError } from "../../analytics/pipeline/pipelineError";
import type { EngineProblem } from "../worker/engineTypes";

/**
 * An EngineProblem in the user's language: the parameters that are codes themselves (a field,
 * a date order) are translated first, then the message (describePipelineError's reading of a
 * code and its params).
 */
export function problemText(problem: EngineProblem, t: TFunction): string {
  const params: Record<string, string | number> = { ...problem.params };
  for (const [name, prefix] of Object.entries(problem.translatedParams ?? {})) {
    if (params[name] !== undefined && params[name] !== "") {
      params[name] = t(`${prefix}${params[name]}`);
    }
  }
  return describePipelineError({ code: problem.code, params }, (key, p) => t(key, p));
}

/** What the user can do about a problem, when the pane has advice for its code; else null. */
export function problemAdvice(problem: EngineProblem, t: TFunction): string | null {
  const key = `pane:errors.advice.${problem.code.replace(/[:.]/g, "_")}`;
  return t(key, { defaultValue: "" }) || null;
}
