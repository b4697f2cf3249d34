/**
 * The tables of the Campaigns sheet, from the campaign KPIs (src/analytics/campaigns). Values
 * only: row formulas are added once the layout has placed them (campaignsSheet.ts).
 */
import type {
  CampaignConversion,
  CampaignKpis,
  ChannelMonth,
  ContactedVsAll,
  Coverage,
  DailyCumulativeUplift,
} from "../../../analytics/campaigns/types";
import * as column from "../../columns";
import type { TableBlock, TableCell, Unplaced } from "../../model";
import { FORMAT } from "../../numberFormats";
import { palette } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { tableBlock } from "../../tableBlock";
import { uniqueHeaders } from "./uniqueHeaders";

/** Table names: identifiers, the same in every language. Add, never rename. */
export const CAMPAIGN_TABLE_NAMES = {
  /** Columns channel, month, contacts, customers. */
  byChannelMonth: "ContactsByChannelMonth",
  /** Columns rank, campaign, customers, control, channels, firstContact, lastContact. */
  ranking: "CampaignRanking",
  /** Columns month, ch0..chN (customers contacted per channel), total. */
  byMonth: "ContactedByMonth",
  /** One row: year, activeCustomers, contactedActive, coverage. */
  coverage: "CampaignCoverage",
  /** Columns campaign, outcome, treatedN, treatedConversions, treatedRate, controlN, ... */
  conversion: "CampaignConversion",
  /** Columns campaign, category, treatedBuyers, treatedShare, controlBuyers, controlShare, ... */
  categories: "CategoriesAfterContact",
  /** Columns group, customers, revenue, revenuePerCustomer. */
  contactedVsAll: "ContactedVsAll",
  /** Columns day, then u0..uN (cumulative uplift of each campaign). */
  daily: "DailyCumulativeUplift",
} as const;

/** Categories listed per campaign: the most bought by treated customers. */
export const CATEGORIES_PER_CAMPAIGN = 10;

const col = (ctx: ReportContext, key: string, params?: Record<string, string>) =>
  ctx.t(`report:campaignsSheet.column.${key}`, params);

const instantOfIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

export function channelLabel(channel: string, ctx: ReportContext): string {
  return channel === "" ? ctx.t("report:campaignsSheet.noChannel") : channel;
}

export function byChannelMonthTable(
  rows: readonly ChannelMonth[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  return tableBlock(CAMPAIGN_TABLE_NAMES.byChannelMonth, {
    columns: [
      column.text("channel", col(ctx, "channel"), { total: column.totalLabel(ctx) }),
      column.text("month", col(ctx, "month")),
      column.integer("contacts", col(ctx, "contacts"), { total: "sum" }),
      column.integer("customers", col(ctx, "customers")),
    ],
    rows: rows.map((r) => [channelLabel(r.channel, ctx), r.month, r.contacts, r.customers]),
  });
}

/** The channels in order of first appearance in the (month-sorted) volumes. */
export function channelsOf(rows: readonly ChannelMonth[]): string[] {
  return [...new Set(rows.map((r) => r.channel))].sort((a, b) => a.localeCompare(b));
}

/**
 * Customers contacted by month (rows) and channel (columns): the chart's data. The total column
 * adds the channels (a customer contacted in two channels counts twice).
 */
export function byMonthTable(
  rows: readonly ChannelMonth[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  const channels = channelsOf(rows);
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const headers = uniqueHeaders([
    col(ctx, "month"),
    ...channels.map((c) => channelLabel(c, ctx)),
    col(ctx, "total"),
  ]);
  const cell = new Map(rows.map((r) => [`${r.month}\u0000${r.channel}`, r.customers]));
  return tableBlock(CAMPAIGN_TABLE_NAMES.byMonth, {
    columns: [
      column.text("month", headers[0], { total: column.totalLabel(ctx) }),
      ...channels.map((_, i) => column.integer(`ch${i}`, headers[i + 1], { total: "sum" })),
      column.integer("total", headers[headers.length - 1], { total: "sum" }),
    ],
    rows: months.map((month) => {
      const counts = channels.map((c) => cell.get(`${month}\u0000${c}`) ?? 0);
      return [month, ...counts, counts.reduce((a, b) => a + b, 0)];
    }),
  });
}

export function rankingTable(kpis: CampaignKpis, ctx: ReportContext): Unplaced<TableBlock> {
  return tableBlock(CAMPAIGN_TABLE_NAMES.ranking, {
    columns: [
      column.integer("rank", col(ctx, "rank")),
      column.text("campaign", col(ctx, "campaign"), { width: 24 }),
      column.integer("customers", col(ctx, "customers")),
      column.integer("control", col(ctx, "control")),
      column.text("channels", col(ctx, "channels")),
      column.date("firstContact", col(ctx, "firstContact")),
      column.date("lastContact", col(ctx, "lastContact")),
    ],
    rows: kpis.ranking.map((r) => [
      r.rank,
      r.campaign,
      r.customersContacted,
      r.controlCustomers,
      r.channels.map((c) => channelLabel(c, ctx)).join(", "),
      instantOfIso(r.firstContact),
      instantOfIso(r.lastContact),
    ]),
    conditionalFormats: [{ kind: "dataBar", columns: ["customers"], color: palette.bar }],
  });
}

export function coverageTable(coverage: Coverage, ctx: ReportContext): Unplaced<TableBlock> {
  return tableBlock(CAMPAIGN_TABLE_NAMES.coverage, {
    columns: [
      column.text("year", col(ctx, "year")),
      column.integer("activeCustomers", col(ctx, "activeCustomers")),
      column.integer("contactedActive", col(ctx, "contactedActive")),
      column.percent("coverage", col(ctx, "coverage")),
    ],
    rows: [
      [String(coverage.year), coverage.activeCustomers, coverage.contactedActive, coverage.share],
    ],
  });
}

export function conversionTable(
  conversion: readonly CampaignConversion[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  return tableBlock(CAMPAIGN_TABLE_NAMES.conversion, {
    columns: [
      column.text("campaign", col(ctx, "campaign"), { width: 24 }),
      column.text("outcome", col(ctx, "outcome")),
      column.integer("treatedN", col(ctx, "treatedN")),
      column.integer("treatedConversions", col(ctx, "treatedConversions")),
      column.percent("treatedRate", col(ctx, "treatedRate"), { format: FORMAT.percent2 }),
      column.integer("controlN", col(ctx, "controlN")),
      column.integer("controlConversions", col(ctx, "controlConversions")),
      column.percent("controlRate", col(ctx, "controlRate"), { format: FORMAT.percent2 }),
      column.currency("treatedRevenue", col(ctx, "treatedRevenue"), ctx),
      column.currency("controlRevenue", col(ctx, "controlRevenue"), ctx),
    ],
    rows: conversion.map((c): TableCell[] => [
      c.campaign,
      ctx.t(`report:campaignsSheet.source.${c.source}`),
      c.treated.n,
      c.treated.conversions,
      c.treated.rate,
      c.control?.n ?? null,
      c.control?.conversions ?? null,
      c.control?.rate ?? null,
      c.treated.revenue,
      c.control?.revenue ?? null,
    ]),
  });
}

export function categoriesTable(
  conversion: readonly CampaignConversion[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  const rows: TableCell[][] = [];
  for (const c of conversion) {
    for (const k of c.categories.slice(0, CATEGORIES_PER_CAMPAIGN)) {
      rows.push([
        c.campaign,
        k.category,
        k.treatedBuyers,
        k.treatedShare,
        c.control === null ? null : k.controlBuyers,
        k.controlShare,
        k.treatedRevenue,
        c.control === null ? null : k.controlRevenue,
      ]);
    }
  }
  return tableBlock(CAMPAIGN_TABLE_NAMES.categories, {
    columns: [
      column.text("campaign", col(ctx, "campaign"), { width: 24 }),
      column.text("category", col(ctx, "category"), { width: 24 }),
      column.integer("treatedBuyers", col(ctx, "treatedBuyers")),
      column.percent("treatedShare", col(ctx, "treatedShare")),
      column.integer("controlBuyers", col(ctx, "controlBuyers")),
      column.percent("controlShare", col(ctx, "controlShare")),
      column.currency("treatedRevenue", col(ctx, "treatedRevenue"), ctx),
      column.currency("controlRevenue", col(ctx, "controlRevenue"), ctx),
    ],
    rows,
    conditionalFormats: [{ kind: "dataBar", columns: ["treatedShare"], color: palette.bar }],
  });
}

export function contactedVsAllTable(
  data: ContactedVsAll,
  ctx: ReportContext
): Unplaced<TableBlock> {
  const group = (key: string) => ctx.t(`report:campaignsSheet.group.${key}`);
  return tableBlock(CAMPAIGN_TABLE_NAMES.contactedVsAll, {
    columns: [
      column.text("group", col(ctx, "group"), { width: 18 }),
      column.integer("customers", col(ctx, "customerCount")),
      column.currency("revenue", col(ctx, "revenue"), ctx),
      column.currency("revenuePerCustomer", col(ctx, "revenuePerCustomer"), ctx),
    ],
    rows: (["contacted", "notContacted", "all"] as const).map((key) => [
      group(key),
      data[key].customers,
      data[key].revenue,
      data[key].revenuePerCustomer,
    ]),
  });
}

/** Day since contact (rows) by campaign (columns): the cumulative uplift of each campaign. */
export function dailyTable(
  daily: readonly DailyCumulativeUplift[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  const days = Math.max(0, ...daily.map((d) => d.points.length));
  const headers = uniqueHeaders([
    col(ctx, "day"),
    ...daily.map((d) => col(ctx, "uplift", { campaign: d.campaign })),
  ]);
  return tableBlock(CAMPAIGN_TABLE_NAMES.daily, {
    columns: [
      column.integer("day", headers[0]),
      // Points (x100), like every uplift of the report.
      ...daily.map((_, i) => column.decimal(`u${i}`, headers[i + 1], { format: ctx.pointsFormat })),
    ],
    rows: Array.from({ length: days }, (_, day) => [
      day,
      ...daily.map((d) => {
        const uplift = d.points[day]?.uplift;
        return uplift === undefined || uplift === null ? null : uplift * 100;
      }),
    ]),
  });
}
