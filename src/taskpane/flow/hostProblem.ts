import { ExcelHostError } from "../../excel/excelError";
import type { EngineProblem } from "../worker/engineTypes";

/**
 * A failure of the Excel host as an EngineProblem: an ExcelHostError keeps its code and params,
 * with i18next's "sheet" context when it names a sheet (the message variant that says which);
 * anything else is the host's generic failure.
 */
export function hostProblem(thrown: unknown): EngineProblem {
  if (!(thrown instanceof ExcelHostError)) return { code: "pane:excel.unexpected", params: {} };
  const { code, params } = thrown.error;
  const named = typeof params.sheet === "string" && params.sheet !== "";
  return { code, params: named ? { ...params, context: "sheet" } : { ...params } };
}
