import { dayNumber, type Instant } from "../../domain";

/**
 * Whether a date falls on a day after the analysis date (a later time on the analysis day
 * itself is kept). When no analysis date is given nothing is after it.
 */
export function isAfterAnalysisDate(date: Instant, analysisDate: Instant | undefined): boolean {
  return analysisDate !== undefined && dayNumber(date) > dayNumber(analysisDate);
}
