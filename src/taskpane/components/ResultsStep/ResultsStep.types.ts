import type { AnalysisResults } from "../../../analytics/runAnalyses";
import type { Language } from "../../../i18n";

export type ResultsStepProps = {
  /** What runAnalyses returned; absent (or null) until a run has finished. */
  readonly results?: AnalysisResults | null;
  /** The pane language, for numbers and dates (Intl) [the i18n instance's language]. */
  readonly language?: Language;
  /** ISO 4217 code of the amounts, the data's (CleanData.currency) [none: plain numbers]. */
  readonly currency?: string | null;
};
