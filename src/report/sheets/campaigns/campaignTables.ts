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
import type { TableBlock, TableCell, TableColumn } from "../../model";
import { FORMAT } from "../../numberFormats";
import { palette, TABLE_STYLE } from "../../palette";
import type { ReportContext } from "../../reportContext";
import { uniqueHeaders } from "./uniqueHeaders";

type Unplaced<T> = Omit<T, "anchor">;

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

function integer(id: string, header: string, total = false): TableColumn {
  return {
    id,
    header,
    type: "integer",
    format: FORMAT.integer,
    ...(total ? { total: { fn: "sum" as const } } : {}),
  };
}

function text(id: string, header: string, width?: number): TableColumn {
  return { id, header, type: "text", format: FORMAT.text, ...(width ? { width } : {}) };
}

export function byChannelMonthTable(
  rows: readonly ChannelMonth[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  return {
    kind: "table",
    name: CAMPAIGN_TABLE_NAMES.byChannelMonth,
    style: TABLE_STYLE,
    columns: [
      { ...text("channel", col(ctx, "channel")), total: { label: ctx.t("report:common.total") } },
      text("month", col(ctx, "month")),
      integer("contacts", col(ctx, "contacts"), true),
      integer("customers", col(ctx, "customers")),
    ],
    rows: rows.map((r) => [channelLabel(r.channel, ctx), r.month, r.contacts, r.customers]),
  };
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
  return {
    kind: "table",
    name: CAMPAIGN_TABLE_NAMES.byMonth,
    style: TABLE_STYLE,
    columns: [
      { ...text("month", headers[0]), total: { label: ctx.t("report:common.total") } },
      ...channels.map((_, i) => integer(`ch${i}`, headers[i + 1], true)),
      integer("total", headers[headers.length - 1], true),
    ],
    rows: months.map((month) => {
      const counts = channels.map((c) => cell.get(`${month}\u0000${c}`) ?? 0);
      return [month, ...counts, counts.reduce((a, b) => a + b, 0)];
    }),
  };
}

export function rankingTable(kpis: CampaignKpis, ctx: ReportContext): Unplaced<TableBlock> {
  return {
    kind: "table",
    name: CAMPAIGN_TABLE_NAMES.ranking,
    style: TABLE_STYLE,
    columns: [
      integer("rank", col(ctx, "rank")),
      text("campaign", col(ctx, "campaign"), 24),
      integer("customers", col(ctx, "customers")),
      integer("control", col(ctx, "control")),
      text("channels", col(ctx, "channels")),
      { id: "firstContact", header: col(ctx, "firstContact"), type: "date", format: FORMAT.date },
      { id: "lastContact", header: col(ctx, "lastContact"), type: "date", format: FORMAT.date },
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
  };
}

export function coverageTable(coverage: Coverage, ctx: ReportContext): Unplaced<TableBlock> {
  return {
    kind: "table",
    name: CAMPAIGN_TABLE_NAMES.coverage,
    style: TABLE_STYLE,
    columns: [
      { ...text("year", col(ctx, "year")) },
      integer("activeCustomers", col(ctx, "activeCustomers")),
      integer("contactedActive", col(ctx, "contactedActive")),
      { id: "coverage", header: col(ctx, "coverage"), type: "percent", format: FORMAT.percent },
    ],
    rows: [
      [String(coverage.year), coverage.activeCustomers, coverage.contactedActive, coverage.share],
    ],
  };
}

export function conversionTable(
  conversion: readonly CampaignConversion[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  const pct = (id: string): TableColumn => ({
    id,
    header: col(ctx, id),
    type: "percent",
    format: FORMAT.percent2,
  });
  const money = (id: string): TableColumn => ({
    id,
    header: col(ctx, id),
    type: "currency",
    format: ctx.currencyFormat,
  });
  return {
    kind: "table",
    name: CAMPAIGN_TABLE_NAMES.conversion,
    style: TABLE_STYLE,
    columns: [
      text("campaign", col(ctx, "campaign"), 24),
      text("outcome", col(ctx, "outcome")),
      integer("treatedN", col(ctx, "treatedN")),
      integer("treatedConversions", col(ctx, "treatedConversions")),
      pct("treatedRate"),
      integer("controlN", col(ctx, "controlN")),
      integer("controlConversions", col(ctx, "controlConversions")),
      pct("controlRate"),
      money("treatedRevenue"),
      money("controlRevenue"),
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
  };
}

export function categoriesTable(
  conversion: readonly CampaignConversion[],
  ctx: ReportContext
): Unplaced<TableBlock> {
  const pct = (id: string): TableColumn => ({
    id,
    header: col(ctx, id),
    type: "percent",
    format: FORMAT.percent,
  });
  const money = (id: string): TableColumn => ({
    id,
    header: col(ctx, id),
    type: "currency",
    format: ctx.currencyFormat,
  });
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
  return {
    kind: "table",
    name: CAMPAIGN_TABLE_NAMES.categories,
    style: TABLE_STYLE,
    columns: [
      text("campaign", col(ctx, "campaign"), 24),
      text("category", col(ctx, "category"), 24),
      integer("treatedBuyers", col(ctx, "treatedBuyers")),
      pct("treatedShare"),
      integer("controlBuyers", col(ctx, "controlBuyers")),
      pct("controlShare"),
      money("treatedRevenue"),
      money("controlRevenue"),
    ],
    rows,
    conditionalFormats: [{ kind: "dataBar", columns: ["treatedShare"], color: palette.bar }],
  };
}

export function contactedVsAllTable(
  data: ContactedVsAll,
  ctx: ReportContext
): Unplaced<TableBlock> {
  const group = (key: string) => ctx.t(`report:campaignsSheet.group.${key}`);
  return {
    kind: "table",
    name: CAMPAIGN_TABLE_NAMES.contactedVsAll,
    style: TABLE_STYLE,
    columns: [
      text("group", col(ctx, "group"), 18),
      integer("customers", col(ctx, "customerCount")),
      { id: "revenue", header: col(ctx, "revenue"), type: "currency", format: ctx.currencyFormat },
      {
        id: "revenuePerCustomer",
        header: col(ctx, "revenuePerCustomer"),
        type: "currency",
        format: ctx.currencyFormat,
      },
    ],
    rows: (["contacted", "notContacted", "all"] as const).map((key) => [
      group(key),
      data[key].customers,
      data[key].revenue,
      data[key].revenuePerCustomer,
    ]),
  };
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
  return {
    kind: "table",
    name: CAMPAIGN_TABLE_NAMES.daily,
    style: TABLE_STYLE,
    columns: [
      integer("day", headers[0]),
      ...daily.map((_, i): TableColumn => ({
        id: `u${i}`,
        header: headers[i + 1],
        type: "percent",
        format: FORMAT.percent2,
      })),
    ],
    rows: Array.from({ length: days }, (_, day) => [
      day,
      ...daily.map((d) => d.points[day]?.uplift ?? null),
    ]),
  };
}
