import { isIsoCurrency } from "../../analytics/currency";
import { validateRfmOptions } from "../../analytics/rfm";
import { dayInstantOf } from "./isoDay";
import type { PaneSettings } from "./paneSettings";

/** A setting the analysis cannot run with: which field, an i18n key and its parameters. */
export interface SettingProblem {
  /** The setting: a key of PaneSettings, or "costPerContact.<channel>". */
  readonly field: string;
  readonly code: string;
  readonly params: Record<string, string | number>;
}

const isIntegerIn = (v: number, min: number, max: number) =>
  Number.isInteger(v) && v >= min && v <= max;

/**
 * What is wrong with the settings, one problem per field (empty when all is well). RFM bins,
 * bands and the date go through the engine's own `validateRfmOptions`; the other ranges are the
 * pane's: a horizon of 1-120 months, a monthly discount rate in [0, 50 %], a margin in (0, 100 %],
 * a conversion window of 1-365 days, costs of zero or more, a control share strictly between
 * 0 and 100 %; a calibration end that is a date before the analysis date, a lifetime of more
 * than 0 and up to 100 years, a retention rate strictly between 0 and 100 %; a currency that is empty or an ISO 4217 code.
 */
export function validateSettings(settings: PaneSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const asOf = settings.asOf === "" ? undefined : dayInstantOf(settings.asOf);
  if (settings.asOf !== "" && asOf === undefined) {
    problems.push({
      field: "asOf",
      code: "pane:settings.problems.asOf",
      params: { value: settings.asOf },
    });
  }
  const fieldOfRfmCode = (code: string) =>
    code.includes("band") ? "bands" : code.includes("bins") ? "rfmBins" : "asOf";
  for (const problem of validateRfmOptions({
    bins: settings.rfmBins,
    map: settings.segmentMap,
    bands: settings.segmentMap === "bands" ? settings.bands : undefined,
    asOf,
  })) {
    problems.push({ field: fieldOfRfmCode(problem.code), ...problem });
  }
  if (!isIntegerIn(settings.horizonMonths, 1, 120)) {
    problems.push(problem("horizonMonths", "horizon", settings.horizonMonths));
  }
  if (!(settings.monthlyDiscount >= 0 && settings.monthlyDiscount <= 0.5)) {
    problems.push(problem("monthlyDiscount", "discount", percent(settings.monthlyDiscount)));
  }
  if (!(settings.margin > 0 && settings.margin <= 1)) {
    problems.push(problem("margin", "margin", percent(settings.margin)));
  }
  problems.push(...ltvProblems(settings, asOf));
  if (!isIntegerIn(settings.conversionWindowDays, 1, 365)) {
    problems.push(problem("conversionWindowDays", "window", settings.conversionWindowDays));
  }
  for (const [channel, cost] of Object.entries(settings.costPerContact)) {
    if (!(cost >= 0 && Number.isFinite(cost))) {
      problems.push({
        field: `costPerContact.${channel}`,
        code: "pane:settings.problems.cost",
        params: { channel, value: cost },
      });
    }
  }
  if (settings.currency.trim() !== "" && settingCurrency(settings) === undefined) {
    problems.push(problem("currency", "currency", settings.currency));
  }
  const share = settings.controlShare;
  if (share !== null && !(share > 0 && share < 1)) {
    problems.push(problem("controlShare", "controlShare", percent(share)));
  }
  return problems;
}

/** The currency setting as an ISO 4217 code ("eur" -> "EUR"); undefined when empty or unknown. */
export function settingCurrency(settings: Pick<PaneSettings, "currency">): string | undefined {
  const code = settings.currency.trim().toUpperCase();
  return code !== "" && isIsoCurrency(code) ? code : undefined;
}

/** The calibration end, the expected lifetime and the retention rate of the LTV formulas. */
function ltvProblems(settings: PaneSettings, asOf: number | undefined): SettingProblem[] {
  const problems: SettingProblem[] = [];
  if (settings.calibrationEnd !== "") {
    const end = dayInstantOf(settings.calibrationEnd);
    if (end === undefined)
      problems.push(problem("calibrationEnd", "calibrationEnd", settings.calibrationEnd));
    else if (asOf !== undefined && end >= asOf)
      problems.push(problem("calibrationEnd", "calibrationEndAfterAsOf", settings.calibrationEnd));
  }
  const years = settings.lifetimeYears;
  if (years !== null && !(years > 0 && years <= 100))
    problems.push(problem("lifetimeYears", "lifetime", years));
  const retention = settings.retentionRate;
  if (retention !== null && !(retention > 0 && retention < 1))
    problems.push(problem("retentionRate", "retention", percent(retention)));
  return problems;
}

function problem(field: keyof PaneSettings, code: string, value: string | number): SettingProblem {
  return { field, code: `pane:settings.problems.${code}`, params: { value } };
}

/** A fraction as the percentage the user typed (0.015 -> 1.5), for messages. */
const percent = (fraction: number) => Math.round(fraction * 10_000) / 100;
