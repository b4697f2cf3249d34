import type { Instant } from "../domain";

/**
 * How cleaning treats the rows that are a matter of choice. Every other rule always applies.
 *
 * - `returns: "net"` (the product's default): returns and cancellations stay in the data and
 *   RFM / LTV net them against purchases; each is flagged "returnNetted" on the Data quality sheet.
 * - `returns: "exclude"`: returns and cancellations are excluded ("returnOrCancellation"), as in
 *   the standard UCI Online Retail exercise (drop rows without a customer id, cancellations, and
 *   rows with zero or negative quantity or price: 4,338 customers remain).
 * - `analysisDate`: rows dated on a later day are excluded ("afterAnalysisDate"); when not given,
 *   no row is excluded by date.
 * - `referenceDate`: the run date (or the analysis date when later). Rows dated more than a year
 *   after it are excluded as "implausibleDate", like rows before 1900 or on the 9999-12-31
 *   sentinel (those two whatever the reference). The pipeline always sets it from its clock.
 */
export interface CleaningPolicy {
  returns: "net" | "exclude";
  analysisDate?: Instant;
  referenceDate?: Instant;
}

/** The product's default: returns netted, nothing excluded by date. */
export const defaultCleaningPolicy: CleaningPolicy = { returns: "net" };

/** The standard UCI Online Retail RFM exercise: returns and cancellations excluded. */
export const retailExercisePolicy: CleaningPolicy = { returns: "exclude" };
