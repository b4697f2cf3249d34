/** RFM: features as of a date, scores, segment maps, summary, migration, explanations, JSON. */
export {
  analyzeRfm,
  analyzeRfmFeatures,
  validateRfmOptions,
  segmentMapFor,
  RfmOptionsError,
} from "./analyzeRfm";
export type { RfmOptions, RfmOptionProblem } from "./analyzeRfm";
export type {
  RfmResult,
  RfmCustomer,
  SegmentSummaryRow,
  ScoringRule,
  MetricTriple,
} from "./rfmResult";
export { computeRfmFeatures, dayAfterLast } from "./features";
export type { RfmFeatures, RfmFeatureOptions } from "./features";
export { scoreByQuantiles, SCORE_BINS } from "./scoreByQuantiles";
export type { Scoring, ScoreOptions, ScoreBins } from "./scoreByQuantiles";
export { scoreByEqualGroups } from "./scoreByEqualGroups";
export { quantileSortedFraction } from "./quantile";
export { classicMap, tiers3Map, bandsMap, DEFAULT_BAND_THRESHOLDS, MAP_BINS } from "./segmentMaps";
export type {
  SegmentMap,
  SegmentMapId,
  SegmentDefinition,
  ScoreRule,
  ScoreSegmentMap,
  BandSegmentMap,
} from "./segmentMaps";
export { toMapScore, matchingRules, ruleOf, bandOf, windowYears } from "./assignSegment";
export { segmentSummary } from "./segmentSummary";
export { migrationMatrix, analyzeMigration } from "./migration";
export type { MigrationMatrix } from "./migration";
export { explainCustomer } from "./explainCustomer";
export type { CustomerExplanation, MetricPlacement, SegmentReason } from "./explainCustomer";
export { rfmJson } from "./rfmJson";
export type { RfmJson, RfmJsonOptions } from "./rfmJson";
export { isoDay, monthsBefore, instantOfIsoDay } from "./calendar";
export { rfmMethodNotes } from "./methodNotes";
export type { MethodNote } from "./methodNotes";
export { scoresWithCuts, segmentMovesWithCuts, segmentMovesAfterDays } from "./whatIf";
export type { SegmentMove } from "./whatIf";
