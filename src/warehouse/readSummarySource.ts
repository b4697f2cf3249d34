/**
 * Reading a per-customer summary sheet from any workbook source (Excel, .xlsx, CSV) with the
 * workbook's culture, and the amounts' currency from its money columns: shared by the pane's
 * worker and the CLI.
 */
import { resolveCurrency, type ResolvedCurrency } from "../analytics/currency";
import type { RawSheet } from "../analytics/domain";
import { findHeaderRow, type WorkbookSource } from "../analytics/input";
import { dateOrderOfCulture, dateOrderOfPattern } from "../analytics/input/values/dateOrder";
import { matchSummaryHeaders } from "./summaryHeaders";
import { readSummarySheet, type SummarySheetRows } from "./summarySheet";

/** Why a sheet cannot be read as a summary: an i18n key with its parameters. */
export interface SummaryReadProblem {
  readonly code: string;
  readonly params: Record<string, string | number>;
}

export type SummaryReadOutcome =
  | { readonly ok: true; readonly value: SummaryRead }
  | { readonly ok: false; readonly problem: SummaryReadProblem };

export interface SummaryRead {
  readonly rows: SummarySheetRows;
  readonly currency: ResolvedCurrency;
}

/** The money columns of a summary, where the amounts' currency shows. */
const MONEY = ["revenue", "monetary_value", "prev_revenue"] as const;

/**
 * Reads the summary sheet, or says why it cannot be read as one (no header row, or not the
 * columns of either convention, named).
 */
export async function readSummary(
  source: WorkbookSource,
  sheet: string,
  currencySetting: string | null | undefined,
  onProgress?: (rowsRead: number, rowsTotal: number) => void
): Promise<SummaryReadOutcome> {
  const info = await source.info();
  if (!(await source.listSheets()).some((s) => s.name === sheet))
    return { ok: false, problem: { code: "quality:error.sheetNotFound", params: { sheet } } };
  const raw: RawSheet = await source.readSheet(sheet, onProgress);
  const header = findHeaderRow(raw);
  if (!header)
    return { ok: false, problem: { code: "quality:error.noHeaderRow", params: { sheet } } };
  const match = matchSummaryHeaders(header.headers);
  if (!match.convention) {
    const needed = ["customer_id", "frequency", "recency", "T"].filter(
      (c) => !(c in match.columns)
    );
    return {
      ok: false,
      problem: { code: "summarySheet:notASummary", params: { sheet, columns: needed.join(", ") } },
    };
  }
  const rows = readSummarySheet(raw, header, match, {
    date1904: info.date1904,
    culture: info.culture,
    ...(info.decimalSeparator ? { decimalSeparator: info.decimalSeparator } : {}),
    dateOrder:
      dateOrderOfPattern(info.shortDatePattern) ?? dateOrderOfCulture(info.culture) ?? "dmy",
  });
  const formats: string[] = [];
  const texts: string[] = [];
  for (const name of MONEY) {
    const column = match.columns[name]?.column;
    if (column === undefined) continue;
    const format = raw.columnFormats?.[column];
    if (format) formats.push(format);
    for (const cells of raw.rows.slice(header.index + 1, header.index + 201)) {
      const value = cells[column];
      if (typeof value === "string" && value.trim() !== "") texts.push(value);
    }
  }
  const currency = resolveCurrency({
    setting: currencySetting,
    formats,
    texts,
    hostCulture: info.hostCulture,
  });
  return { ok: true, value: { rows, currency } };
}
