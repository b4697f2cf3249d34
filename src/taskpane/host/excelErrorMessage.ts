/**
 * Puts a failure of the Excel layer into the user's language. src/excel throws ExcelHostError
 * carrying an i18n code ("pane:excel.*") and its params; a code whose params sometimes name a
 * sheet has a "_sheet" variant of its message (i18next context), chosen here when they do.
 */
import type { TFunction } from "i18next";
import { ExcelHostError, type ExcelError } from "../../excel/excelError";

/** The message of an ExcelError: the "_sheet" variant when a sheet is named, else the plain one. */
export function excelErrorMessage(error: ExcelError, t: TFunction): string {
  const sheet = error.params.sheet;
  const context = typeof sheet === "string" && sheet !== "" ? "sheet" : undefined;
  return t(error.code, { ...error.params, ...(context ? { context } : {}) });
}

/** The message of anything the host threw: an ExcelHostError's own, else a generic one. */
export function hostFailureMessage(thrown: unknown, t: TFunction): string {
  return thrown instanceof ExcelHostError
    ? excelErrorMessage(thrown.error, t)
    : t("pane:excel.unexpected");
}
