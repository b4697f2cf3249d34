/**
 * What every slide builder needs: the report's context (translation, language, currency and its
 * Excel format codes) and the shared text formatters of src/format (one format per kind of
 * number), so a figure reads the same on a slide, in the pane and in the report.
 */
import { createReportContext, type ReportContext } from "../report/reportContext";
import type { ReportInput } from "../report/buildReport";
import type { Language } from "../i18n";
import { createFormatters, type Formatters } from "../format/formatters";

export interface DeckOptions {
  language: Language;
  generatedAt: number;
  version: string;
  /** The workbook or company name on the title slide. */
  name: string;
  /** Share of active customers the contact plan aims to reach (0-1); none: no goal line. */
  coverageGoal?: number;
}

export interface DeckContext extends ReportContext {
  fmt: Formatters;
  options: DeckOptions;
}

export function createDeckContext(input: ReportInput, options: DeckOptions): DeckContext {
  const ctx = createReportContext(
    { language: options.language, generatedAt: options.generatedAt, version: options.version },
    input.currency
  );
  return { ...ctx, fmt: createFormatters(options.language, input.currency?.code ?? null), options };
}

/** "Term: text" lines of Method-sheet definitions, by their i18n keys (each with .term and .text). */
export function definitions(ctx: DeckContext, keys: readonly string[], params = {}): string[] {
  return [
    ctx.t("deck:notes.heading"),
    ...keys.map((key) => `${ctx.t(`${key}.term`, params)}: ${ctx.t(`${key}.text`, params)}`),
  ];
}
