/**
 * The Method sheet, for trainers and auditors: the parameters in force, the source sheets and
 * their row counts, and every definition the analyses contributed, with the generation time and
 * version. Each analysis adds its own entries through a MethodContribution.
 */
import type { SheetQuality } from "../../analytics/quality/dataQualityReport";
import * as column from "../columns";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import type { MethodContribution } from "../methodContribution";
import type { ReportSheet } from "../model";
import { blocksRangeA1 } from "../ranges";
import { formatInstant, landscapeA4, ownedSheet, type ReportContext } from "../reportContext";
import type { ReportInput } from "../buildReport";
import { tableBlock } from "../tableBlock";
import { reconciliationRows } from "./reconciliationBlocks";

export const METHOD_TABLES = {
  parameters: "MethodParameters",
  sources: "MethodSources",
  definitions: "MethodDefinitions",
} as const;

/** Parameters every report has, before the analyses' own. */
function baseParameters(ctx: ReportContext): MethodContribution {
  const p = (key: string) => ctx.t(`report:method.parameter.${key}`);
  return {
    parameters: [
      { label: p("generatedAt"), value: formatInstant(ctx.generatedAt) },
      { label: p("version"), value: ctx.version },
      { label: p("language"), value: ctx.t("report:method.languageName") },
      { label: p("currency"), value: currencyStatement(ctx) },
    ],
    definitions: [
      {
        term: ctx.t("report:method.definition.numberFormats.term"),
        text: ctx.t("report:method.definition.numberFormats.text"),
      },
    ],
  };
}

/** The currency in force and where it came from: "EUR (€), from the number format of ...". */
function currencyStatement(ctx: ReportContext): string {
  const { code, source } = ctx.currency;
  return ctx.t(`report:method.currency.${source}`, { code, symbol: ctx.currencySymbol });
}

/**
 * Builds the Method sheet from the sections' contributions, in section order, after the base
 * parameters (generation time, version, language, currency).
 */
export function buildMethodSheet(
  contributions: MethodContribution[],
  sources: SheetQuality[],
  ctx: ReportContext,
  input: ReportInput = {}
): ReportSheet {
  const { t } = ctx;
  const col = (key: string) => t(`report:method.column.${key}`);
  const all = [baseParameters(ctx), ...contributions];
  const rows: LayoutRow[] = [
    [
      {
        kind: "title",
        title: t("report:method.title"),
        subtitle: [
          t("report:method.subtitle"),
          t("report:common.generated", {
            date: formatInstant(ctx.generatedAt),
            version: ctx.version,
          }),
        ],
      },
    ],
    sectionHeading(t("report:method.parametersHeading")),
    [
      tableBlock(METHOD_TABLES.parameters, {
        columns: [
          // A longer label ("Fenêtre de conversion (jours, jour du contact inclus)") wraps
          // rather than being cut by the value beside it.
          column.text("parameter", col("parameter"), { width: 30, wrap: true }),
          column.text("value", col("value"), { width: 40 }),
        ],
        rows: all.flatMap((c) => c.parameters.map((p) => [p.label, p.value])),
      }),
    ],
  ];
  if (sources.length > 0) {
    const dq = (key: string) => t(`report:dataQuality.column.${key}`);
    rows.push(sectionHeading(t("report:method.sourcesHeading")), [
      tableBlock(METHOD_TABLES.sources, {
        columns: [
          column.text("sheet", dq("sheet")),
          column.text("kind", dq("kind")),
          column.integer("rowsRead", dq("rowsRead")),
          column.integer("rowsUsed", dq("rowsUsed")),
        ],
        rows: sources.map((s) => [s.sheet, t(`report:kind.${s.kind}`), s.rowsRead, s.rowsUsed]),
      }),
    ]);
  }
  rows.push(sectionHeading(t("report:method.definitionsHeading")), [
    tableBlock(METHOD_TABLES.definitions, {
      columns: [
        column.text("term", col("term"), { width: 30, wrap: true }),
        column.text("definition", col("definition"), { width: 90, wrap: true }),
      ],
      rows: all.flatMap((c) => c.definitions.map((d) => [d.term, d.text])),
    }),
  ]);
  const reconciliation = reconciliationRows(input, ctx);
  if (reconciliation.length === 0) return ownedSheet(ctx, "method", layoutRows(rows));
  // The reconciliation is for the screen: printed, it would push the board pack past its pages.
  const printed = layoutRows(rows);
  return ownedSheet(ctx, "method", layoutRows([...rows, ...reconciliation]), {
    print: landscapeA4(false, blocksRangeA1(printed)),
  });
}
