/**
 * What every sheet builder needs besides its analysis: the translate function, the language,
 * the currency format, the generation time and version. Built once by buildReport.
 */
import type { TFunction } from "i18next";
import type { Instant } from "../analytics/domain";
import { translator, type Language } from "../i18n";
import type { PrintSetup, ReportBlock, ReportSheet, SheetKey } from "./model";
import { excelSheetName } from "./excelNames";
import { currencyFormat } from "./numberFormats";
import { palette } from "./palette";

export interface ReportOptions {
  language: Language;
  /** When the report is generated; the caller reads the clock, src/report never does. */
  generatedAt: Instant;
  /** Version of the add-in, recorded on the Method sheet. */
  version: string;
  /** Currency symbol of the amounts [the language's default from i18n: "$" en, "€" fr]. */
  currencySymbol?: string;
}

export interface ReportContext {
  t: TFunction;
  language: Language;
  generatedAt: Instant;
  version: string;
  currencySymbol: string;
  /** Format code of amounts (symbol placed as the language writes it; code invariant). */
  currencyFormat: string;
}

export function createReportContext(options: ReportOptions): ReportContext {
  const t = translator(options.language);
  const currencySymbol = options.currencySymbol ?? t("report:format.currencySymbol");
  return {
    t,
    language: options.language,
    generatedAt: options.generatedAt,
    version: options.version,
    currencySymbol,
    currencyFormat: currencyFormat(currencySymbol, options.language),
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
