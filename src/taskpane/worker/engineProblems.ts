import type { Problem } from "../../analytics/domain";
import type { PipelineError } from "../../analytics/pipeline";
import { isInputFileError } from "../../xlsx/inputFileError";
import type { EngineProblem, SheetOverview } from "./engineTypes";

/**
 * A cleaning or reading Problem as an EngineProblem: its key with its namespace (codes without
 * one belong to "problems"), sheet, column and row as parameters, and the date-order codes
 * marked for translation (the same reading as the CLI's summary).
 */
export function engineProblemOf(problem: Problem): EngineProblem {
  const code = problem.code.includes(":") ? problem.code : `problems:${problem.code}`;
  const params: Record<string, string | number> = {
    sheet: problem.sheet,
    column: problem.column ?? "",
    row: problem.row ?? "",
    ...problem.params,
  };
  const dated = problem.code === "dateOrder" || problem.code === "dateOrderConflicts";
  return dated
    ? {
        code,
        params,
        translatedParams: { order: "common:dateOrder.", basis: "problems:dateOrderBasis." },
      }
    : { code, params };
}

/**
 * The message of a pipeline error, saying more where the pipeline's own words lack what the user
 * needs to fix the data: for a missing required column, the header row and the headers found;
 * when no sheet holds transactions or contacts, the sheet that came closest (one required column
 * short) or else the sheets the workbook has. Mirrors the CLI's messages.
 */
export function pipelineProblem(
  error: PipelineError,
  sheets: readonly SheetOverview[]
): EngineProblem {
  const names = sheets.map((s) => s.name).join(", ");
  const headersOf = (sheet: SheetOverview | undefined) =>
    (sheet?.headers ?? []).filter((h) => h !== "").join(", ");
  if (error.code === "quality:error.missingRequiredColumn" && error.sheet) {
    const sheet = sheets.find((s) => s.name === error.sheet);
    return {
      code: "problems:requiredColumnMissing",
      params: {
        sheet: error.sheet,
        row: error.row ?? sheet?.headerRow ?? "",
        column: String(error.params.field ?? error.column ?? ""),
        headers: headersOf(sheet),
      },
      translatedParams: { column: "common:field." },
    };
  }
  if (error.code === "quality:error.noUsableSheet") {
    for (const sheet of sheets) {
      const proposal = sheet.proposals.transactions;
      if (!proposal || proposal.missingRequired.length !== 1) continue;
      return {
        code: "problems:requiredColumnMissing",
        params: {
          sheet: sheet.name,
          row: sheet.headerRow ?? "",
          column: proposal.missingRequired[0],
          headers: headersOf(sheet),
        },
        translatedParams: { column: "common:field." },
      };
    }
    return { code: "pane:errors.noUsableSheet", params: { sheets: names } };
  }
  if (error.code === "quality:error.sheetNotFound") {
    return { code: "problems:sheetNotFound", params: { sheet: error.sheet ?? "", sheets: names } };
  }
  if (error.code === "quality:error.unknownColumn") {
    return { code: error.code, params: error.params, translatedParams: { field: "common:field." } };
  }
  return { code: error.code, params: error.params };
}

/**
 * A failure thrown while reading (a password-protected or damaged workbook, a file too large, a
 * sheet that cannot be read): our own refusals (InputFileError) say what the file is and what to
 * do; anything else becomes a plain message naming the file. A library's message (JSZip's "Can't
 * find end of central directory... see https://...") never reaches the pane.
 */
export function unreadableProblem(name: string, thrown: unknown): EngineProblem {
  if (isInputFileError(thrown)) {
    return { code: `problems:${thrown.problem}`, params: { ...thrown.params, file: name } };
  }
  return { code: "problems:file.unreadable", params: { file: name } };
}
