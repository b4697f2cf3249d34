import { dayNumber, type Instant } from "../analytics/domain";
import { latestPlausibleDate } from "../analytics/quality/rules/isImplausibleDate";
import type { AnalysisSettings } from "../analytics/runAnalyses";
import { instantOfIsoDay, type ScoreBins } from "../analytics/rfm";
import { daysPerUnit } from "../analytics/ltv/timeUnit";
import type { CliOptions } from "./cliOptions";

/** Midnight UTC of a checked "YYYY-MM-DD" (cliOptions has checked it is a real day). */
export function dayInstant(day: string | undefined): Instant | undefined {
  return day === undefined ? undefined : (instantOfIsoDay(day) ?? undefined);
}

/** The day number of a checked "YYYY-MM-DD", as the warehouse queries take it. */
export function dayOf(day: string | undefined): number | undefined {
  const instant = dayInstant(day);
  return instant === undefined ? undefined : dayNumber(instant);
}

/** The analysis settings the command line asks for (its defaults are DESIGN.md's). */
export function analysisSettings(options: CliOptions): AnalysisSettings {
  return {
    asOf: dayInstant(options.asOf),
    rfm: { bins: options.rfmBins as ScoreBins, map: options.segmentMap },
    ltv: {
      calibrationEnd: dayInstant(options.calibrationEnd),
      timeUnit: options.timeUnit,
      horizonMonths: options.horizon,
      monthlyDiscount: options.discount,
      margin: options.margin,
    },
    uplift: {
      conversionWindowDays: options.conversionWindow,
      ...(options.controlShare !== undefined ? { controlShare: options.controlShare } : {}),
    },
    campaigns: { conversionWindowDays: options.conversionWindow },
  };
}

/**
 * The last plausible day of a line for the warehouse queries: a year after the later of today
 * and --as-of, as the in-memory cleaning bounds dates (quality/rules/isImplausibleDate.ts), so a
 * typo of a year is excluded on every path instead of moving the default analysis date.
 */
export function lastPlausibleDayOf(options: CliOptions, now: Instant = Date.now()): number {
  const asOf = dayInstant(options.asOf);
  return dayNumber(latestPlausibleDate(Math.max(now, asOf ?? now)));
}

/**
 * The settings the warehouse queries take from the command line (`sql`, `--engine duckdb`,
 * `--postgres`): days as day numbers, the LTV time unit in days, the contact-day RFM bins.
 */
export function warehouseSettings(options: CliOptions) {
  return {
    asOfDay: dayOf(options.asOf),
    lastPlausibleDay: lastPlausibleDayOf(options),
    calibrationEndDay: dayOf(options.calibrationEnd),
    unitDays: daysPerUnit(options.timeUnit),
    timeUnit: options.timeUnit,
    conversionWindowDays: options.conversionWindow,
    bins: options.rfmBins,
  };
}
