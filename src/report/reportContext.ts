/**
 * What every sheet builder needs besides its analysis: the translate function, the language,
 * the amounts' currency and its format, the generation time and version. Built once by
 * buildReport.
 */
import type { TFunction } from "i18next";
import { currencySymbol, NO_CURRENCY, type ResolvedCurrency } from "../analytics/currency";
import type { Instant } from "../analytics/domain";
import { translator, type Language } from "../i18n";
import type { PrintSetup, ReportBlock, ReportSheet, SheetKey } from "./model";
import { excelSheetName } from "./excelNames";
import { currencyFormat, pointsFormat } from "./numberFormats";
import { palette } from "./palette";

export interface ReportOptions {
  language: Language;
  /** When the report is generated; the caller reads the clock, src/report never does. */
  generatedAt: Instant;
  /** Version of the add-in, recorded on the Method sheet. */
  version: string;
  /**
   * The tables of one row a customer made as they are read (lazyRows.ts), for a writer that
   * streams them (the command line's); never for a model posted from the worker to the page.
   */
  lazyCustomerRows?: boolean;
}

export interface ReportContext {
  t: TFunction;
  language: Language;
  generatedAt: Instant;
  version: string;
  /** The amounts' currency (the data's, never the language's) and where it came from. */
  currency: ResolvedCurrency;
  /** Its symbol ("€"), "" when the data names no currency (plain numbers, two decimals). */
  currencySymbol: string;
  /** Format code of amounts (symbol placed as the language writes it; code invariant). */
  currencyFormat: string;
  /** Format code of percentage points, "+0.68 pts": uplifts and changes of rates (x100). */
  pointsFormat: string;
  /** ReportOptions.lazyCustomerRows. */
  lazyCustomerRows: boolean;
}

export function createReportContext(
  options: ReportOptions,
  currency: ResolvedCurrency = NO_CURRENCY
): ReportContext {
  const t = translator(options.language);
  const symbol = currency.code === null ? "" : currencySymbol(currency.code);
  return {
    t,
    language: options.language,
    generatedAt: options.generatedAt,
    version: options.version,
    currency,
    currencySymbol: symbol,
    currencyFormat: currencyFormat(symbol, options.language),
    pointsFormat: pointsFormat(t("report:common.pointsUnit")),
    lazyCustomerRows: options.lazyCustomerRows === true,
  };
}

/** The localised, Excel-valid name of one of our sheets. */
export function sheetName(ctx: ReportContext, key: SheetKey): string {
  return excelSheetName(ctx.t(`report:sheet.${key}`));
}

/**
 * One of the add-in's sheets: its localised name, landscape A4 one page wide, and the tab colour
 * that shows which sheets a re-run replaces. `extra` adds frozen rows or column widths, or gives
 * another print setup.
 */
export function ownedSheet(
  ctx: ReportContext,
  key: SheetKey,
  blocks: ReportBlock[],
  extra: Partial<Pick<ReportSheet, "freezeRows" | "columnWidths" | "print">> = {}
): ReportSheet {
  return {
    key,
    name: sheetName(ctx, key),
    blocks,
    print: landscapeA4(),
    tabColor: palette.tab,
    ...extra,
  };
}

/** Landscape A4, one page wide (and one page tall when `onePage`), optional print area. */
export function landscapeA4(onePage = false, area?: string): PrintSetup {
  return {
    orientation: "landscape",
    paper: "A4",
    fitToPage: { wide: true, tall: onePage },
    ...(area !== undefined ? { area } : {}),
  };
}

/**
 * An instant as "2024-05-01 09:30 UTC". ISO order reads the same in English and French and
 * cannot be mistaken for mm/dd.
 */
export function formatInstant(t: Instant): string {
  const iso = new Date(t).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
