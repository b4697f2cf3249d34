/**
 * Why an input file cannot be read, in words the user can act on: an i18n key of the "problems"
 * namespace (under `file.`) and its parameters. The CLI and the pane add the file's name
 * (`file`) and show the message; no library's own message (JSZip's "Can't find end of central
 * directory: is this a zip file? see https://...") ever reaches a user.
 */
export type InputFileProblem =
  | "file.passwordProtected"
  | "file.legacyXls"
  | "file.otherOfficeFile"
  | "file.textNotWorkbook"
  | "file.zipNotWorkbook"
  | "file.notWorkbook"
  | "file.unreadable"
  | "file.damagedWorkbook"
  | "file.sheetNamesCollide"
  | "file.csvTooLarge"
  | "file.gzipTooLarge"
  | "file.xlsxTooLarge";

export class InputFileError extends Error {
  constructor(
    readonly problem: InputFileProblem,
    readonly params: Record<string, string | number> = {}
  ) {
    super(problem);
    this.name = "InputFileError";
  }
}

/** An InputFileError, also when it crossed a realm (a worker, a test sandbox) as a plain object. */
export function isInputFileError(value: unknown): value is InputFileError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { name?: unknown }).name === "InputFileError" &&
    typeof (value as { problem?: unknown }).problem === "string"
  );
}
