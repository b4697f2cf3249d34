/**
 * Failures of the Excel layer as values the pane can show in English or French: an i18n key
 * (namespace "pane", keys under "excel.") and its parameters. Office's own error codes
 * (OfficeExtension.Error.code) are mapped to these; the original message is kept for logs only.
 */
export type ExcelErrorCode =
  | "pane:excel.sheetNotFound"
  | "pane:excel.payloadTooLarge"
  | "pane:excel.apiNotSupported"
  | "pane:excel.readFailed"
  | "pane:excel.writeFailed"
  | "pane:excel.writeFailedAfterSwap";

export interface ExcelError {
  code: ExcelErrorCode;
  params: Record<string, string | number>;
  /** Office's error code and message, for diagnostics (never shown as is). */
  cause?: { officeCode?: string; message: string };
}

/** Thrown by the WorkbookSource methods (the port returns promises, not results). */
export class ExcelHostError extends Error {
  constructor(readonly error: ExcelError) {
    super(`${error.code} ${JSON.stringify(error.params)}`);
    this.name = "ExcelHostError";
  }
}

/** Office's error code of a thrown value (OfficeExtension.Error has `code`), if any. */
export function officeErrorCode(thrown: unknown): string | undefined {
  if (typeof thrown === "object" && thrown !== null && "code" in thrown) {
    const code = (thrown as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/**
 * Turns anything thrown by Office.js into an ExcelError: payload and API-level failures get their
 * own codes (the user can act on them), everything else the `fallback` code of the operation.
 */
export function toExcelError(
  thrown: unknown,
  fallback: ExcelErrorCode,
  params: Record<string, string | number> = {}
): ExcelError {
  if (thrown instanceof ExcelHostError) return thrown.error;
  const officeCode = officeErrorCode(thrown);
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const cause = { officeCode, message };
  if (
    officeCode === "RequestPayloadSizeLimitExceeded" ||
    officeCode === "ResponsePayloadSizeLimitExceeded"
  ) {
    return { code: "pane:excel.payloadTooLarge", params, cause };
  }
  if (officeCode === "ApiNotFound") return { code: "pane:excel.apiNotSupported", params, cause };
  return { code: fallback, params, cause };
}
