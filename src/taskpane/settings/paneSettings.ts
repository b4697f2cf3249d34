/**
 * The analysis settings as the pane edits and remembers them: plain, serialisable values (dates
 * as "YYYY-MM-DD", rates as fractions), turned into the engine's AnalysisSettings only when an
 * analysis runs. Defaults are DESIGN.md's.
 */
import { SCORE_BINS, type ScoreBins, type SegmentMapId } from "../../analytics/rfm";
import { DEFAULT_BAND_THRESHOLDS } from "../../analytics/rfm/segmentMaps";
import type { TimeUnit } from "../../analytics/ltv/timeUnit";

export const SEGMENT_MAP_IDS: readonly SegmentMapId[] = ["classic", "tiers3", "bands"];
export const TIME_UNITS: readonly TimeUnit[] = ["day", "week", "month"];
export { SCORE_BINS };

export interface PaneSettings {
  /** The analysis date, "YYYY-MM-DD"; "" for DESIGN.md's default (the day after the last sale). */
  readonly asOf: string;
  readonly rfmBins: ScoreBins;
  readonly segmentMap: SegmentMapId;
  /** Ascending yearly-spend thresholds of the value-bands map. */
  readonly bands: readonly number[];
  readonly horizonMonths: number;
  /** Discount rate per month, as a fraction (0.01 = 1 %). */
  readonly monthlyDiscount: number;
  /** Gross margin as a fraction of revenue (1 = CLV in revenue). */
  readonly margin: number;
  readonly timeUnit: TimeUnit;
  /**
   * Last day of the LTV models' calibration period, "YYYY-MM-DD"; "" for the last day of data.
   * An earlier day keeps the later purchases for the holdout check.
   */
  readonly calibrationEnd: string;
  /** Expected customer lifetime in years for the simple LTV formula; null = 1 / (1 - retention). */
  readonly lifetimeYears: number | null;
  /** Yearly retention rate as a fraction (0.6 = 60 %); null = observed when the data spans two years. */
  readonly retentionRate: number | null;
  readonly conversionWindowDays: number;
  /** Cost of one contact by channel, used when the contacts sheet has no cost column. */
  readonly costPerContact: Readonly<Record<string, number>>;
  /** Intended share of the control group (0.1 = 10 %), the treated arms sharing the rest; null = equal groups. */
  readonly controlShare: number | null;
  /** The amounts' currency, ISO 4217 ("EUR"); "" to read it from the data (src/analytics/currency). */
  readonly currency: string;
}

/** DESIGN.md's defaults. */
export const DEFAULT_SETTINGS: PaneSettings = {
  asOf: "",
  rfmBins: 5,
  segmentMap: "classic",
  bands: DEFAULT_BAND_THRESHOLDS,
  horizonMonths: 12,
  monthlyDiscount: 0.01,
  margin: 1,
  timeUnit: "week",
  calibrationEnd: "",
  lifetimeYears: null,
  retentionRate: null,
  conversionWindowDays: 30,
  costPerContact: {},
  controlShare: null,
  currency: "",
};

/**
 * Stored settings merged over the defaults, keeping only values of the right type, so a setting
 * written by an older version (or edited by hand) never breaks the pane.
 */
export function settingsFromStored(stored: unknown): PaneSettings {
  if (typeof stored !== "object" || stored === null) return DEFAULT_SETTINGS;
  const s = stored as Record<string, unknown>;
  const number = (v: unknown, fallback: number) =>
    typeof v === "number" && Number.isFinite(v) ? v : fallback;
  const optional = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const costs =
    typeof s.costPerContact === "object" && s.costPerContact !== null
      ? Object.fromEntries(
          Object.entries(s.costPerContact as Record<string, unknown>).filter(
            (e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1])
          )
        )
      : {};
  return {
    asOf: typeof s.asOf === "string" ? s.asOf : DEFAULT_SETTINGS.asOf,
    rfmBins: (SCORE_BINS as readonly unknown[]).includes(s.rfmBins)
      ? (s.rfmBins as ScoreBins)
      : DEFAULT_SETTINGS.rfmBins,
    segmentMap: SEGMENT_MAP_IDS.includes(s.segmentMap as SegmentMapId)
      ? (s.segmentMap as SegmentMapId)
      : DEFAULT_SETTINGS.segmentMap,
    bands:
      Array.isArray(s.bands) && s.bands.every((b) => typeof b === "number")
        ? (s.bands as number[])
        : DEFAULT_SETTINGS.bands,
    horizonMonths: number(s.horizonMonths, DEFAULT_SETTINGS.horizonMonths),
    monthlyDiscount: number(s.monthlyDiscount, DEFAULT_SETTINGS.monthlyDiscount),
    margin: number(s.margin, DEFAULT_SETTINGS.margin),
    timeUnit: TIME_UNITS.includes(s.timeUnit as TimeUnit)
      ? (s.timeUnit as TimeUnit)
      : DEFAULT_SETTINGS.timeUnit,
    calibrationEnd:
      typeof s.calibrationEnd === "string" ? s.calibrationEnd : DEFAULT_SETTINGS.calibrationEnd,
    lifetimeYears: optional(s.lifetimeYears),
    retentionRate: optional(s.retentionRate),
    conversionWindowDays: number(s.conversionWindowDays, DEFAULT_SETTINGS.conversionWindowDays),
    costPerContact: costs,
    controlShare: optional(s.controlShare),
    currency: typeof s.currency === "string" ? s.currency : DEFAULT_SETTINGS.currency,
  };
}
