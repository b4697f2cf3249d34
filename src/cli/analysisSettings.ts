import type { Instant } from "../analytics/domain";
import type { AnalysisSettings } from "../analytics/runAnalyses";
import type { ScoreBins } from "../analytics/rfm";
import type { CliOptions } from "./cliOptions";

/** Midnight UTC of a checked "YYYY-MM-DD" (cliOptions has checked it is a real day). */
export function dayInstant(day: string | undefined): Instant | undefined {
  if (day === undefined) return undefined;
  const [y, m, d] = day.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
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
