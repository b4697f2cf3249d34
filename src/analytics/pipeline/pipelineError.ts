import type { SheetRow } from "../domain";

/**
 * A problem that stops the pipeline: no usable sheet, a forced sheet missing, a required column
 * missing. A value, not a thrown Error, so the pane and the CLI can show it in either language
 * ("Sheet Ventes: no column found for the required field date") and the CLI exit with code 2.
 * `code` is an i18n key with its namespace ("quality:error.missingRequiredColumn"); `params`
 * fill it in and repeat sheet / column / row.
 */
export interface PipelineError {
  code: string;
  sheet?: string;
  column?: string;
  row?: SheetRow;
  params: Record<string, string | number>;
}

/** Builds a PipelineError whose params carry its sheet, column and field for the message. */
export function pipelineError(
  code:
    | "noUsableSheet"
    | "sheetNotFound"
    | "noHeaderRow"
    | "missingRequiredColumn"
    | "unknownColumn"
    | "sheetHasNoRows"
    | "noRowsBeforeAsOf",
  where: { sheet?: string; column?: string; row?: SheetRow; field?: string; asOf?: string } = {}
): PipelineError {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(where)) if (value !== undefined) params[key] = value;
  return {
    code: `quality:error.${code}`,
    ...(where.sheet !== undefined ? { sheet: where.sheet } : {}),
    ...(where.column !== undefined ? { column: where.column } : {}),
    ...(where.row !== undefined ? { row: where.row } : {}),
    params,
  };
}

/** The one-line message of a pipeline error in the language of `t` (e.g. translator("fr")). */
export function describePipelineError(
  error: PipelineError,
  t: (key: string, params?: Record<string, string | number>) => string
): string {
  return t(error.code, error.params);
}
