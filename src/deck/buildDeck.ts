/**
 * Analysis results -> the board deck's model: the same slides in the same order every month
 * (title, the month's figures, segments, segment history, migration, lifetime value, one slide
 * a campaign, coverage), each with the data quality in one line at its foot and the Method
 * sheet's definitions in its notes. A slide whose analysis did not run is left out.
 */
import type { DataQualityReport } from "../analytics/quality";
import type { ReportInput } from "../report/buildReport";
import { campaignSlide, coverageSlide } from "./campaignSlides";
import { createDeckContext, type DeckContext, type DeckOptions } from "./deckContext";
import type { DeckModel, DeckSlide } from "./deckModel";
import {
  historySlide,
  kpiSlide,
  ltvSlide,
  migrationSlide,
  segmentsSlide,
  titleSlide,
} from "./overviewSlides";

export type { DeckOptions } from "./deckContext";

export function buildDeck(input: ReportInput, options: DeckOptions): DeckModel {
  const ctx = createDeckContext(input, options);
  const comparisons = input.kpis?.comparisons;
  const campaigns = input.campaigns ?? null;
  const slides: (DeckSlide | null)[] = [
    titleSlide(input, ctx),
    comparisons ? kpiSlide(comparisons, ctx, input.kpis!.activeMonths) : null,
    segmentsSlide(input, ctx),
    historySlide(input, ctx),
    migrationSlide(input, ctx),
    ltvSlide(input, ctx),
    ...(input.uplift?.campaigns ?? []).map((c) => campaignSlide(c, campaigns, ctx)),
    coverageSlide(campaigns, ctx),
  ];
  const title = slides[0]!.title;
  return {
    title,
    footer: qualityLine(input.dataQuality, ctx),
    slides: slides.filter((s): s is DeckSlide => s !== null),
  };
}

/** "94,047 of 94,102 lines used; 55 excluded: see the report's Data quality sheet." */
function qualityLine(quality: DataQualityReport | undefined, ctx: DeckContext): string {
  if (!quality) return "";
  const excluded = quality.rowsRead - quality.rowsUsed;
  const params = {
    used: ctx.fmt.integer(quality.rowsUsed),
    read: ctx.fmt.integer(quality.rowsRead),
    excluded: ctx.fmt.integer(excluded),
  };
  return excluded > 0
    ? ctx.t("deck:footer.quality", params)
    : ctx.t("deck:footer.qualityAll", params);
}
