/**
 * The tables of the Uplift sheet: one row a campaign and arm (all arms pooled last), one row a
 * breakdown cell, the pooled vs post-stratified comparison of each breakdown, and the checks of
 * each campaign (split, crossover, contamination, covariate balance).
 */
import type {
  Breakdown,
  CampaignUplift,
  UpliftAnalysis,
  UpliftComparison,
} from "../../../analytics/uplift/types";
import * as column from "../../columns";
import type { TableBlock, TableCell, TableColumn } from "../../model";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";
import { readableNumber, type Unplaced } from "../ltv/sheetHelpers";
import {
  comparisonCells,
  comparisonColumns,
  comparisonFormats,
  type ComparisonLayout,
  P_VALUE_FORMAT,
} from "./comparisonColumns";

/** Table names and column ids other sheets (the Dashboard) rely on. Add, never rename. */
export const UPLIFT_TABLES = {
  /**
   * One row a campaign x arm (pooled arms included): columns comparison, campaign, arm,
   * nTreated, nControl, rateTreated, rateControl, uplift, ciLow, ciHigh, pValue,
   * incrementalConversions, incrementalRevenue, verdict, and the rest of comparisonColumns.
   * uplift, ciLow and ciHigh are in points (0.68 = 0.68 percentage points); rates are fractions;
   * verdict is -1 (negative), 0 (not proven) or 1 (positive), verdictText its words.
   */
  campaigns: "UpliftByCampaign",
  /** One row a campaign x arm x breakdown value: columns campaign, arm, dimension, value, plus the columns above and pAdjusted. */
  breakdowns: "UpliftByBreakdown",
  /** One row a campaign x arm x dimension: pooled vs post-stratified uplift, Simpson, Cochran's Q. */
  stratified: "UpliftStratified",
  /** One row a campaign: split check, crossover, contaminated control, covariate balance. */
  checks: "UpliftChecks",
} as const;

/** Words for the parts of a row's identity. */
export interface UpliftNames {
  arm: (arm: string | null) => string;
  dimension: (dimension: string) => string;
  value: (dimension: string, value: string) => string;
}

/**
 * Arms ("All arms pooled" for null), dimensions ("Channel", "RFM segment (as of contact date)",
 * attribute names as the user wrote them) and values (RFM segment ids as segment names; no
 * segment as of the contact day means no purchase before it).
 */
export function upliftNames(ctx: ReportContext, segmentName: (id: string) => string): UpliftNames {
  const noValue = ctx.t("uplift:labels.noValue");
  return {
    arm: (arm) => (arm === null ? ctx.t("uplift:labels.all") : arm === "" ? noValue : arm),
    dimension: (d) =>
      d === "channel" || d === "rfm" ? ctx.t(`report:upliftSheet.dimension.${d}`) : d,
    value: (d, v) =>
      d === "rfm"
        ? v === ""
          ? ctx.t("report:upliftSheet.noPurchaseBefore")
          : segmentName(v)
        : v === ""
          ? noValue
          : v,
  };
}

/** The confidence level of the analysis as headers write it: "95%" (en), "95 %" (fr). */
export function levelText(analysis: UpliftAnalysis, ctx: ReportContext): string {
  const level = analysis.campaigns[0]?.results[0]?.newcombe.level ?? 0.95;
  return level.toLocaleString(ctx.language, { style: "percent", maximumFractionDigits: 1 });
}

/** The optional columns of the campaign (`adjusted` false) or breakdown table. */
function layoutOf(
  analysis: UpliftAnalysis,
  ctx: ReportContext,
  adjusted: boolean
): ComparisonLayout {
  const target = analysis.campaigns.some((c) => c.results.some((r) => r.sampleForTarget !== null));
  return { adjusted, target, level: levelText(analysis, ctx) };
}

/** A number a sheet can hold, or a blank cell (never NaN or Infinity). */
const finite = (v: number | null | undefined): number | null =>
  v !== null && v !== undefined && Number.isFinite(v) ? v : null;

const h = (ctx: ReportContext, key: string, level = "") =>
  ctx.t(`report:upliftSheet.column.${key}`, { level });

/** Text columns that say which comparison a row is (campaign, arm, dimension, value). */
function identityColumns(ctx: ReportContext, ...ids: string[]): TableColumn[] {
  return ids.map((id) => column.text(id, h(ctx, id)));
}

/** A standardised mean difference: signed, two decimals. */
const SMD_FORMAT = "+0.00;-0.00;0.00";

/** "Printemps 2024 · SMS": the category of the charts. */
export function comparisonLabel(
  cmp: UpliftComparison,
  names: UpliftNames,
  ctx: ReportContext
): string {
  return ctx.t("report:upliftSheet.comparison", {
    campaign: cmp.campaign,
    arm: names.arm(cmp.arm),
  });
}

/**
 * One row a campaign and arm, all arms pooled last (the engine's order): the comparison label
 * the charts use as categories, then the comparison columns. No totals row: arms and their
 * pooled row would be counted twice.
 */
export function campaignsTable(
  analysis: UpliftAnalysis,
  ctx: ReportContext,
  names: UpliftNames
): Unplaced<TableBlock> {
  const layout = layoutOf(analysis, ctx, false);
  const rows: TableCell[][] = [];
  for (const campaign of analysis.campaigns) {
    for (const cmp of campaign.results) {
      rows.push([
        comparisonLabel(cmp, names, ctx),
        cmp.campaign,
        names.arm(cmp.arm),
        ...comparisonCells(cmp, ctx, layout),
      ]);
    }
  }
  return tableBlock(UPLIFT_TABLES.campaigns, {
    columns: [
      column.text("comparison", h(ctx, "comparison"), { width: 28 }),
      ...identityColumns(ctx, "campaign", "arm"),
      ...comparisonColumns(ctx, layout),
    ],
    rows,
    conditionalFormats: comparisonFormats(),
  });
}

/** Every breakdown row of every campaign, in the engine's order (arm, then dimension). */
export function breakdownsTable(
  analysis: UpliftAnalysis,
  ctx: ReportContext,
  names: UpliftNames
): Unplaced<TableBlock> {
  const layout = layoutOf(analysis, ctx, true);
  const rows: TableCell[][] = [];
  for (const campaign of analysis.campaigns) {
    for (const breakdown of campaign.breakdowns) {
      for (const cmp of breakdown.rows) {
        rows.push([
          cmp.campaign,
          names.arm(cmp.arm),
          names.dimension(breakdown.dimension),
          names.value(breakdown.dimension, cmp.breakdown?.value ?? ""),
          ...comparisonCells(cmp, ctx, layout),
        ]);
      }
    }
  }
  return tableBlock(UPLIFT_TABLES.breakdowns, {
    columns: [
      ...identityColumns(ctx, "campaign", "arm", "dimension", "value"),
      ...comparisonColumns(ctx, layout),
    ],
    rows,
    conditionalFormats: comparisonFormats(),
  });
}

function stratifiedRow(
  campaign: CampaignUplift,
  breakdown: Breakdown,
  ctx: ReportContext,
  names: UpliftNames
): TableCell[] | undefined {
  const s = breakdown.stratified;
  if (s === null) return undefined;
  const q = s.heterogeneity;
  return [
    campaign.campaign,
    names.arm(breakdown.arm),
    names.dimension(breakdown.dimension),
    finite(s.pooled * 100),
    finite(s.estimate * 100),
    finite(s.interval.low * 100),
    finite(s.interval.high * 100),
    ctx.t(`report:upliftSheet.${s.simpson ? "yes" : "no"}`),
    finite(q?.q),
    finite(q?.df),
    finite(q?.pValue),
    finite(q?.iSquared),
    s.strataWithoutBothGroups,
    ctx.t(`uplift:adjustments.${breakdown.adjustment}`),
  ];
}

/** Pooled vs post-stratified uplift of each breakdown, with Simpson's flag and Cochran's Q. */
export function stratifiedTable(
  analysis: UpliftAnalysis,
  ctx: ReportContext,
  names: UpliftNames
): Unplaced<TableBlock> | undefined {
  const rows: TableCell[][] = [];
  for (const campaign of analysis.campaigns) {
    for (const breakdown of campaign.breakdowns) {
      const row = stratifiedRow(campaign, breakdown, ctx, names);
      if (row) rows.push(row);
    }
  }
  if (rows.length === 0) return undefined;
  const level = levelText(analysis, ctx);
  return tableBlock(UPLIFT_TABLES.stratified, {
    columns: [
      ...identityColumns(ctx, "campaign", "arm", "dimension"),
      column.decimal("pooled", h(ctx, "pooled"), { format: ctx.pointsFormat }),
      column.decimal("stratified", h(ctx, "stratified"), { format: ctx.pointsFormat }),
      column.decimal("stratifiedLow", h(ctx, "stratifiedLow", level), { format: ctx.pointsFormat }),
      column.decimal("stratifiedHigh", h(ctx, "stratifiedHigh", level), {
        format: ctx.pointsFormat,
      }),
      column.text("simpson", h(ctx, "simpson")),
      column.decimal("cochranQ", h(ctx, "cochranQ")),
      column.integer("cochranDf", h(ctx, "cochranDf")),
      column.decimal("cochranP", h(ctx, "cochranP"), { format: P_VALUE_FORMAT }),
      column.percent("iSquared", h(ctx, "iSquared")),
      column.integer("strataLeftOut", h(ctx, "strataLeftOut")),
      column.text("adjustment", h(ctx, "adjustment"), { width: 32 }),
    ],
    rows,
  });
}

/** "control 26 (33.3% intended) · SMS 145 (33.3% intended)": observed vs intended split. */
function splitText(campaign: CampaignUplift, ctx: ReportContext): string | null {
  const srm = campaign.checks.sampleRatio;
  if (srm === null) return null;
  return srm.groups
    .map((g) =>
      ctx.t("report:upliftSheet.splitGroup", {
        group: g.group === "control" ? ctx.t("uplift:labels.control") : g.group,
        observed: readableNumber(g.observed, ctx),
        share: g.expectedShare.toLocaleString(ctx.language, {
          style: "percent",
          maximumFractionDigits: 1,
        }),
      })
    )
    .join(" · ");
}

/** One row a campaign: the checks that belong next to its results. */
export function checksTable(analysis: UpliftAnalysis, ctx: ReportContext): Unplaced<TableBlock> {
  const rows = analysis.campaigns.map((campaign): TableCell[] => {
    const { sampleRatio: srm, crossoverCustomers, contaminatedControl, balance } = campaign.checks;
    const smd = (covariate: string) => balance.find((b) => b.covariate === covariate)?.smd ?? null;
    return [
      campaign.campaign,
      ctx.t(`report:upliftSheet.controlSource.${campaign.controlSource}`),
      splitText(campaign, ctx),
      finite(srm?.statistic),
      finite(srm?.df),
      finite(srm?.pValue),
      srm === null ? null : ctx.t(`report:upliftSheet.${srm.mismatch ? "mismatch" : "asIntended"}`),
      crossoverCustomers,
      contaminatedControl.customers,
      finite(contaminatedControl.share),
      finite(smd("recency")),
      finite(smd("frequency")),
      finite(smd("monetary")),
    ];
  });
  return tableBlock(UPLIFT_TABLES.checks, {
    columns: [
      ...identityColumns(ctx, "campaign", "controlSource"),
      column.text("split", h(ctx, "split"), { width: 36, wrap: true }),
      column.decimal("srmChi2", h(ctx, "srmChi2")),
      column.integer("srmDf", h(ctx, "srmDf")),
      column.decimal("srmP", h(ctx, "srmP"), { format: P_VALUE_FORMAT }),
      column.text("srmResult", h(ctx, "srmResult")),
      column.integer("crossover", h(ctx, "crossover")),
      column.integer("contaminated", h(ctx, "contaminated")),
      column.percent("contaminatedShare", h(ctx, "contaminatedShare")),
      ...["smdRecency", "smdFrequency", "smdMonetary"].map((id) =>
        column.decimal(id, h(ctx, id), { format: SMD_FORMAT })
      ),
    ],
    rows,
  });
}
