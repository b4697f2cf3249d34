/**
 * The LTV sheet: what customers have been worth so far and what the BG/NBD + Gamma-Gamma models
 * expect them to be worth over the horizon. Blocks top to bottom: title with the parameters
 * (calibration end, time unit, horizon, discount, margin labelled revenue-based at 100 %); what
 * could be computed and the warnings; the simple and retention LTV formulas with their inputs as
 * cells; the model parameters and the frequency / spend check; LTV by segment; the calibration /
 * holdout check and the CLV distribution (table + chart each); one row a customer.
 * The sheet is complete whatever the models managed: a model that could not be used leaves its
 * columns blank and says so.
 */
import type { LtvResult } from "../../analytics/ltv";
import type { ReportInput } from "../buildReport";
import { layoutRows, sectionHeading, type LayoutRow } from "../layout";
import type { MethodContribution } from "../methodContribution";
import { aboveTable, blockEnd, rangeA1 } from "../ranges";
import { landscapeA4, ownedSheet, type ReportContext } from "../reportContext";
import type { SectionOutput } from "../sectionOutput";
import {
  distributionBlocks,
  holdoutBlocks,
  holdoutSummary,
  segmentClvChart,
} from "./ltv/ltvChartBlocks";
import { formulaScopes, formulaTables } from "./ltv/ltvFormulaBlocks";
import type { ReportBlock, UnplacedBlock } from "../model";
import {
  correlationReading,
  customersTable,
  LTV_TABLES,
  modelsTable,
  segmentsTable,
} from "./ltv/ltvTables";
import {
  messageText,
  readableNumber,
  resolveRowFormulas,
  segmentNamer,
  segmentOrder,
} from "./ltv/sheetHelpers";

export { LTV_TABLES };

const MS_PER_DAY = 86_400_000;

/** A day number as an ISO date (reads the same in English and French); "—" for no day. */
export function isoDate(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return Number.isNaN(date.getTime()) ? "—" : date.toISOString().slice(0, 10);
}

/** A fraction as a percentage in the report's language: 0.01 -> "1%" (en), "1 %" (fr). */
export function percentText(fraction: number, ctx: ReportContext): string {
  return fraction.toLocaleString(ctx.language, { style: "percent", maximumFractionDigits: 2 });
}

function subtitle(ltv: LtvResult, ctx: ReportContext): string[] {
  const { t } = ctx;
  const s = ltv.settings;
  const margin = percentText(s.margin, ctx);
  return [
    t("report:ltvSheet.subtitle.parameters", {
      calibrationEnd: isoDate(s.calibrationEndDay),
      timeUnit: t(`ltv:units.${s.timeUnit}`),
      horizonMonths: s.horizonMonths,
      monthlyDiscount: percentText(s.monthlyDiscount, ctx),
    }),
    s.margin === 1
      ? t("report:ltvSheet.subtitle.margin", { margin })
      : t("report:ltvSheet.subtitle.marginProfit", { margin }),
    t("report:ltvSheet.subtitle.customers", {
      customers: readableNumber(ltv.customers.length, ctx),
      repeatCustomers: readableNumber(ltv.customers.filter((c) => c.frequency > 0).length, ctx),
    }),
  ];
}

/** What could be computed, in one sentence, and every warning of the analysis as a sentence. */
function statusRows(ltv: LtvResult, ctx: ReportContext): LayoutRow[] {
  const status =
    ltv.bgnbd === null ? "noBgnbd" : ltv.gammaGamma === null ? "noGammaGamma" : "complete";
  const rows: LayoutRow[] = [
    [
      {
        kind: "note",
        heading: ctx.t("report:ltvSheet.status.heading"),
        paragraphs: [ctx.t(`report:ltvSheet.status.${status}`)],
        widthCols: 10,
      },
    ],
  ];
  if (ltv.warnings.length > 0) {
    rows.push([
      {
        kind: "note",
        heading: ctx.t("report:ltvSheet.warningsHeading"),
        paragraphs: ltv.warnings.map((w) => messageText(w, ctx)),
        widthCols: 10,
      },
    ]);
  }
  return rows;
}

function formulaRows(
  ltv: LtvResult,
  ctx: ReportContext,
  segmentName: (id: string) => string,
  order: (id: string | null) => number
): LayoutRow[] {
  const { t } = ctx;
  const scopes = formulaScopes(ltv, ctx, segmentName, order);
  const { simple, retention } = formulaTables(ltv, ctx, scopes);
  const rows: LayoutRow[] = [sectionHeading(t("report:ltvSheet.formulasHeading"))];
  if (!simple && !retention) {
    rows.push([{ kind: "note", paragraphs: [t("report:ltvSheet.noFormula")], widthCols: 10 }]);
    return rows;
  }
  const overall = ltv.historical.overall;
  if (simple && overall.simple) {
    const r = overall.retention?.retentionRate;
    const lifetime = overall.simple.lifetimeYears;
    const fromRetention = r !== undefined && Math.abs(lifetime - 1 / (1 - r)) < 1e-9;
    rows.push(
      sectionHeading(t("report:ltvSheet.simpleHeading")),
      { blocks: [simple], gapAfter: 0 },
      [
        {
          kind: "note",
          paragraphs: [
            fromRetention
              ? t("report:ltvSheet.lifetimeFromRetention", {
                  lifetime: readableNumber(lifetime, ctx),
                  retention: percentText(r, ctx),
                })
              : t("report:ltvSheet.lifetimeGiven", { lifetime: readableNumber(lifetime, ctx) }),
          ],
          widthCols: 10,
        },
      ]
    );
  }
  if (retention) rows.push(sectionHeading(t("report:ltvSheet.retentionHeading")), [retention]);
  return rows;
}

/**
 * From A1 to the last row of `blocks` and the last column of their tables and charts: a note's
 * width is where its text may run, and would shrink the page to fit columns nothing fills.
 */
function printedExtent(blocks: ReportBlock[]): string {
  const bottom = Math.max(...blocks.map((b) => blockEnd(b).row));
  const right = Math.max(
    0,
    ...blocks.filter((b) => b.kind === "table" || b.kind === "chart").map((b) => blockEnd(b).col)
  );
  return rangeA1({ row: 0, col: 0 }, { row: bottom, col: right });
}

/**
 * Each block of a row on a row of its own (a chart below its table, not beside it): the printed
 * pages stay as narrow as the tables, so they print at a readable size.
 */
function stacked(blocks: readonly UnplacedBlock[]): LayoutRow[] {
  return blocks.map((block) => [block]);
}

/** The models' parameters, and under them what the frequency / spend correlation says. */
function modelsRows(ltv: LtvResult, ctx: ReportContext): LayoutRow[] {
  const reading = correlationReading(ltv, ctx);
  if (reading === null) return [[modelsTable(ltv, ctx)]];
  return [
    { blocks: [modelsTable(ltv, ctx)], gapAfter: 0 },
    [{ kind: "note", paragraphs: [reading], widthCols: 10 }],
  ];
}

/**
 * The LTV sheet and its Method entries; undefined when the LTV analysis did not run.
 */
export function buildLtvSheet(input: ReportInput, ctx: ReportContext): SectionOutput | undefined {
  const ltv = input.ltv;
  if (ltv === null || ltv === undefined) return undefined;
  const { t } = ctx;
  const segmentName = segmentNamer(input.rfm, ctx);
  const order = segmentOrder(input.rfm);
  const segments = segmentsTable(ltv, ctx, segmentName, order);
  const segmentChart = segmentClvChart(segments, ctx);
  const holdout = holdoutBlocks(ltv, ctx);
  const distribution = distributionBlocks(ltv, ctx);
  const rows: LayoutRow[] = [
    [{ kind: "title", title: t("report:ltvSheet.title"), subtitle: subtitle(ltv, ctx) }],
    ...statusRows(ltv, ctx),
    ...formulaRows(ltv, ctx, segmentName, order),
    sectionHeading(t("report:ltvSheet.modelsHeading")),
    ...modelsRows(ltv, ctx),
    sectionHeading(t("report:ltvSheet.segmentsHeading")),
    // The chart below its table, not beside it: the printed page stays as narrow as the tables.
    ...stacked(segmentChart ? [segments, segmentChart] : [segments]),
    sectionHeading(t("report:ltvSheet.holdoutHeading")),
    {
      blocks: [{ kind: "note", paragraphs: [holdoutSummary(ltv, ctx)], widthCols: 10 }],
      gapAfter: holdout ? 0 : 1,
    },
    ...stacked(holdout ?? []),
    sectionHeading(t("report:ltvSheet.distributionHeading")),
    ...stacked(
      distribution ?? [
        { kind: "note", paragraphs: [t("report:ltvSheet.noDistribution")], widthCols: 10 },
      ]
    ),
    sectionHeading(t("report:ltvSheet.customersHeading")),
    [customersTable(ltv, ctx, segmentName)],
  ];
  const blocks = resolveRowFormulas(layoutRows(rows));
  const sheet = ownedSheet(ctx, "ltv", blocks, {
    // One row a customer is for the screen: the print area stops above its heading.
    print: landscapeA4(false, printedExtent(aboveTable(blocks, LTV_TABLES.customers))),
  });
  return { sheets: [sheet], method: ltvMethod(ltv, ctx) };
}

/** Parameters in force and the definitions a trainer needs, for the Method sheet. */
function ltvMethod(ltv: LtvResult, ctx: ReportContext): MethodContribution {
  const { t } = ctx;
  const s = ltv.settings;
  const p = (key: string) => t(`report:ltvSheet.method.${key}`);
  const unit = t(`ltv:units.${s.timeUnit}`);
  const overall = ltv.historical.overall;
  const retention = overall.retention?.retentionRate;
  const lifetime = overall.simple?.lifetimeYears;
  // The check as computed and shown on the LTV sheet: from the calibration end when one is set,
  // else from the separate validation fit (ltv.summary has no holdout then).
  const holdout = ltv.holdout;
  const def = (key: string) => ({
    term: t(`report:ltvSheet.method.definition.${key}.term`),
    text: t(`report:ltvSheet.method.definition.${key}.text`),
  });
  return {
    parameters: [
      { label: p("calibrationEnd"), value: isoDate(s.calibrationEndDay) },
      {
        label: p("holdoutEnd"),
        value: !holdout
          ? p("none")
          : holdout.validationFit
            ? t("report:ltvSheet.method.holdoutValidation", {
                duration: readableNumber(holdout.duration, ctx),
                unit,
                calibrationEnd: isoDate(holdout.validationFit.calibrationEndDay),
                holdoutEnd: isoDate(holdout.validationFit.holdoutEndDay),
              })
            : `${readableNumber(holdout.duration, ctx)} ${unit}`,
      },
      { label: p("timeUnit"), value: unit },
      { label: p("horizon"), value: String(s.horizonMonths) },
      { label: p("monthlyDiscount"), value: percentText(s.monthlyDiscount, ctx) },
      { label: p("margin"), value: percentText(s.margin, ctx) },
      {
        label: p("retentionRate"),
        value: retention === undefined ? p("none") : percentText(retention, ctx),
      },
      {
        label: p("lifetimeYears"),
        value: lifetime === undefined ? p("none") : readableNumber(lifetime, ctx),
      },
    ],
    definitions: [
      def("summary"),
      def("historical"),
      def("simple"),
      def("retention"),
      def("bgnbd"),
      def("gammaGamma"),
      def("clv"),
      def("holdout"),
      def("distribution"),
    ],
  };
}
