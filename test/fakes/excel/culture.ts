/**
 * The fake's view of a workbook's culture and number formats:
 * - Application.cultureInfo.numberFormat (ExcelApi 1.11: numberDecimalSeparator) and
 *   .datetimeFormat (ExcelApi 1.12: shortDatePattern), "based on current system settings"
 *   (learn.microsoft.com, Excel.NumberFormatInfo / Excel.DatetimeFormatInfo);
 * - Range.numberFormatCategories (ExcelApi 1.12): each cell's format as one of
 *   Excel.NumberFormatCategory (learn.microsoft.com, Excel.Range.numberFormatCategories).
 *   Excel files a custom code under "Custom" unless it is one of its built-in formats: the fake
 *   does the same for the codes it knows as built in, so readers must cope with "Custom".
 */
import { type CommandQueue, FakeClientObject } from "./context";
import { invalidArgument } from "./errors";
import type { HostDatetimeFormatInfo, HostNumberFormatInfo } from "../../../src/excel/host";

/** System settings of a few cultures (Windows' defaults for each). */
const CULTURES: Record<string, { decimal: string; shortDate: string }> = {
  "en-US": { decimal: ".", shortDate: "M/d/yyyy" },
  "en-GB": { decimal: ".", shortDate: "dd/MM/yyyy" },
  "fr-FR": { decimal: ",", shortDate: "dd/MM/yyyy" },
  "de-DE": { decimal: ",", shortDate: "dd.MM.yyyy" },
  "ja-JP": { decimal: ".", shortDate: "yyyy/MM/dd" },
};

export interface CultureSettings {
  decimalSeparator: string;
  shortDatePattern: string;
}

/** A culture's settings, with the test's overrides (a user's customised regional settings). */
export function cultureSettings(
  culture: string,
  overrides: Partial<CultureSettings> = {}
): CultureSettings {
  const known = CULTURES[culture] ?? CULTURES["en-US"];
  return {
    decimalSeparator: overrides.decimalSeparator ?? known.decimal,
    shortDatePattern: overrides.shortDatePattern ?? known.shortDate,
  };
}

export class FakeNumberFormatInfo extends FakeClientObject implements HostNumberFormatInfo {
  constructor(
    queue: CommandQueue,
    private readonly settings: CultureSettings
  ) {
    super(queue);
  }
  protected snapshot(property: string): unknown {
    if (property === "numberDecimalSeparator") return this.settings.decimalSeparator;
    throw invalidArgument(`the fake NumberFormatInfo has no property "${property}"`);
  }
  load(propertyNames: string | string[]): FakeNumberFormatInfo {
    this.queueLoad(propertyNames);
    return this;
  }
  get numberDecimalSeparator(): string {
    return this.loadedValue("numberDecimalSeparator");
  }
}

export class FakeDatetimeFormatInfo extends FakeClientObject implements HostDatetimeFormatInfo {
  constructor(
    queue: CommandQueue,
    private readonly settings: CultureSettings
  ) {
    super(queue);
  }
  protected snapshot(property: string): unknown {
    if (property === "shortDatePattern") return this.settings.shortDatePattern;
    throw invalidArgument(`the fake DatetimeFormatInfo has no property "${property}"`);
  }
  load(propertyNames: string | string[]): FakeDatetimeFormatInfo {
    this.queueLoad(propertyNames);
    return this;
  }
  get shortDatePattern(): string {
    return this.loadedValue("shortDatePattern");
  }
}

/** Built-in format codes and their categories (the ones the fake recognises as built in). */
const BUILT_IN: Record<string, Excel.NumberFormatCategory> = {
  General: "General" as Excel.NumberFormatCategory,
  "0": "Number" as Excel.NumberFormatCategory,
  "0.00": "Number" as Excel.NumberFormatCategory,
  "#,##0": "Number" as Excel.NumberFormatCategory,
  "#,##0.00": "Number" as Excel.NumberFormatCategory,
  "0%": "Percentage" as Excel.NumberFormatCategory,
  "0.00%": "Percentage" as Excel.NumberFormatCategory,
  "0.00E+00": "Scientific" as Excel.NumberFormatCategory,
  "# ?/?": "Fraction" as Excel.NumberFormatCategory,
  "m/d/yyyy": "Date" as Excel.NumberFormatCategory,
  "d-mmm-yy": "Date" as Excel.NumberFormatCategory,
  "mmm-yy": "Date" as Excel.NumberFormatCategory,
  "h:mm AM/PM": "Time" as Excel.NumberFormatCategory,
  "h:mm:ss": "Time" as Excel.NumberFormatCategory,
  "m/d/yyyy h:mm": "Date" as Excel.NumberFormatCategory,
  "@": "Text" as Excel.NumberFormatCategory,
};

/** The category Excel files a format code under: a built-in code's, else "Custom". */
export function numberFormatCategory(code: string): Excel.NumberFormatCategory {
  return BUILT_IN[code] ?? ("Custom" as Excel.NumberFormatCategory);
}
