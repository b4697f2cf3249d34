/**
 * The Dashboard's KPI tiles. Each is an Excel formula over the table it summarises, with the
 * analysis' value as its computed result; when that table is not in the report (analysis skipped,
 * or a sheet not built), the tile shows the analysis' value as a plain number.
 */
import { kpiPeriod, type PeriodKpis } from "../../../analytics/kpis";
import { isoDay } from "../../../analytics/rfm/calendar";
import type { ReportInput } from "../../buildReport";
import type { KpiChange, KpiTile, ReportSheet, TableBlock } from "../../model";
import { currencyFormat, FORMAT, roundAsShown } from "../../numberFormats";
import { rowScanner } from "../../lazyRows";
import { findTable, structuredRef } from "../../ranges";
import type { ReportContext } from "../../reportContext";
import { CAMPAIGN_TABLE_NAMES } from "../campaigns/campaignTables";
import { cellNumber } from "../campaigns/rowFormulas";

/** The contract tables of the other sheets the tiles read (see their builders' constants). */
export const SOURCE_TABLES = {
  segments: "SegmentSummary",
  rfmCustomers: "RfmCustomers",
  ltvCustomers: "LtvCustomers",
  upliftByCampaign: "UpliftByCampaign",
  rfGrid: "RfmGrid",
} as const;

/** Relative change cur / prev - 1 ("+4.2%"); null without a positive previous value. */
export function relativeChange(current: number | null, previous: number | null): KpiChange {
  const value =
    current !== null && previous !== null && previous > 0 ? current / previous - 1 : null;
  return { value, basis: "relative", format: FORMAT.signedPercent };
}

/**
 * Difference of two rates in percentage points, (cur - prev) x 100, shown "+1.20 pts" with
 * `format` (the report's pointsFormat): a change of a rate is never written as "%", which
 * reads as a relative change.
 */
export function pointsChange(
  current: number | null,
  previous: number | null,
  format: string
): KpiChange {
  const value = current !== null && previous !== null ? (current - previous) * 100 : null;
  return { value, basis: "absolute", format };
}

/** A column of a table, when the table has it. */
function hasColumns(table: TableBlock, ...ids: string[]): boolean {
  return ids.every((id) => table.columns.some((c) => c.id === id));
}

/** The computed numbers of a table column (formula cells give their value). */
function columnNumbers(table: TableBlock, id: string): number[] {
  const j = table.columns.findIndex((c) => c.id === id);
  const out: number[] = [];
  // a lazy body (lazyRows.ts) is read through its maker, not its Proxy (~1 µs a read)
  const rowAt = rowScanner(table.rows);
  const count = table.rows.length;
  for (let i = 0; i < count; i++) {
    const v = cellNumber(rowAt(i)[j] ?? null);
    if (v !== null) out.push(v);
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length > 0 ? sum(xs) / xs.length : null);

/**
 * The eight tiles: customers, active customers, revenue, AOV, repeat rate, average CLV, best
 * campaign's incremental revenue, coverage. `others` are the other sheets; `monthly` the
 * Dashboard's own monthly revenue table, which the Revenue and AOV tiles sum.
 */
export function dashboardTiles(
  input: ReportInput,
  ctx: ReportContext,
  others: readonly ReportSheet[],
  monthly: Pick<TableBlock, "name" | "columns"> | undefined
): KpiTile[] {
  const find = (name: string) => findTable({ sheets: [...others] }, name)?.table;
  const kpis: PeriodKpis | null | undefined = input.kpis;
  const cur = kpis?.current;
  const prev = kpis?.previous;
  const label = (key: string, params?: Record<string, unknown>) =>
    ctx.t(`report:dashboardSheet.tile.${key}`, params);
  const money0 = currencyFormat(ctx.currencySymbol, ctx.language, 0);
  const rfm = input.rfm ?? null;
  // The RFM tables count what the KPIs count only for the same as-of date and all history.
  const rfmAgrees =
    rfm !== null &&
    cur !== undefined &&
    rfm.windowStartDay === null &&
    rfm.asOfDay !== null &&
    isoDay(rfm.asOfDay) === cur.asOf;

  /**
   * A tile of one number of the period's KPIs, labelled with its period ("Revenue, 12 months to
   * 2024-12-31": the one definition of kpiPeriods), with its change from the previous period.
   */
  const periodTile = (
    id: "customers" | "activeCustomers" | "revenue" | "aov" | "repeatRate",
    format: string,
    change: (current: number | null, previous: number | null) => KpiChange = relativeChange
  ): KpiTile => ({
    id,
    label: cur
      ? ctx.t(`report:dashboardSheet.tilePeriod.${kpiPeriod(id, cur).kind}`, {
          label: label(id),
          months: kpis?.activeMonths ?? 12,
          to: kpiPeriod(id, cur).to,
        })
      : label(id),
    value: cur?.[id] ?? null,
    format,
    change: {
      ...change(cur?.[id] ?? null, prev?.[id] ?? null),
      previous: prev?.[id] ?? null,
      ...(prev
        ? {
            previousLabel: ctx.t(`report:dashboardSheet.previous.${kpiPeriod(id, prev).kind}`, {
              months: kpis?.activeMonths ?? 12,
              to: kpiPeriod(id, prev).to,
            }),
          }
        : {}),
    },
  });

  const tiles: KpiTile[] = [];

  // Customers: SUM over the Segments table's customers column.
  const segments = find(SOURCE_TABLES.segments);
  const customersTile = periodTile("customers", FORMAT.integer);
  customersTile.value ??= rfm?.customers.length ?? null;
  if (segments && hasColumns(segments, "customers") && (rfmAgrees || cur === undefined)) {
    customersTile.formula = `SUM(${structuredRef(segments, "customers")})`;
    customersTile.value = sum(columnNumbers(segments, "customers"));
  }
  tiles.push(customersTile);

  // Active customers and repeat rate: counts over the RFM customers table.
  const rfmCustomers = rfmAgrees ? find(SOURCE_TABLES.rfmCustomers) : undefined;
  const activeTile = periodTile("activeCustomers", FORMAT.integer);
  if (rfmCustomers && cur && hasColumns(rfmCustomers, "recency")) {
    // Active = last purchase within the window: recency (days) <= as-of day - window start.
    const days = (Date.parse(cur.asOf) - Date.parse(cur.windowStart)) / 86_400_000;
    activeTile.formula = `COUNTIFS(${structuredRef(rfmCustomers, "recency")},"<=${days}")`;
  }
  tiles.push(activeTile);

  // Revenue and AOV: over the Dashboard's monthly revenue table.
  const revenueTile = periodTile("revenue", money0);
  const aovTile = periodTile("aov", ctx.currencyFormat);
  if (monthly && cur) {
    const revenue = structuredRef(monthly, "revenue");
    revenueTile.formula = `SUM(${revenue})`;
    aovTile.formula = `IFERROR(SUM(${revenue})/SUM(${structuredRef(monthly, "orders")}),"")`;
  }
  tiles.push(revenueTile, aovTile);

  const points = (current: number | null, previous: number | null) =>
    pointsChange(current, previous, ctx.pointsFormat);
  const repeatTile = periodTile("repeatRate", FORMAT.percent, points);
  if (rfmCustomers && hasColumns(rfmCustomers, "frequency")) {
    const frequency = structuredRef(rfmCustomers, "frequency");
    repeatTile.formula = `IFERROR(COUNTIFS(${frequency},">=2")/COUNT(${frequency}),"")`;
  }
  tiles.push(repeatTile);

  // Average CLV: AVERAGE over the LTV customers table (blank CLVs are left out, as AVERAGE does).
  const ltvCustomers = find(SOURCE_TABLES.ltvCustomers);
  const clvs = (input.ltv?.customers ?? []).flatMap((c) => (c.clv === null ? [] : [c.clv]));
  const clvTile: KpiTile = {
    id: "averageClv",
    label: label("averageClv"),
    value: mean(clvs),
    format: ctx.currencyFormat,
  };
  if (ltvCustomers && hasColumns(ltvCustomers, "clv")) {
    clvTile.formula = `IFERROR(AVERAGE(${structuredRef(ltvCustomers, "clv")}),"")`;
    clvTile.value = mean(columnNumbers(ltvCustomers, "clv"));
  }
  tiles.push(clvTile);

  // Best campaign: MAX over the uplift table's incremental revenue (arms and pooled rows).
  const upliftTable = find(SOURCE_TABLES.upliftByCampaign);
  const increments = (input.uplift?.campaigns ?? []).flatMap((c) =>
    c.results.flatMap((r) => (r.incrementalRevenue ? [r.incrementalRevenue.value] : []))
  );
  const bestTile: KpiTile = {
    id: "bestCampaign",
    label: label("bestCampaign"),
    value: increments.length > 0 ? Math.max(...increments) : null,
    format: money0,
  };
  if (upliftTable && hasColumns(upliftTable, "incrementalRevenue")) {
    const values = columnNumbers(upliftTable, "incrementalRevenue");
    if (values.length > 0) {
      bestTile.formula = `MAX(${structuredRef(upliftTable, "incrementalRevenue")})`;
      bestTile.value = Math.max(...values);
    }
  }
  tiles.push(bestTile);

  // Coverage: the Campaigns sheet's coverage table.
  const coverageTable = find(CAMPAIGN_TABLE_NAMES.coverage);
  const coverageTile: KpiTile = {
    id: "coverage",
    label: label("coverage"),
    value: input.campaigns?.coverage?.share ?? cur?.coverage?.share ?? null,
    format: FORMAT.percent,
    change: points(cur?.coverage?.share ?? null, prev?.coverage?.share ?? null),
  };
  if (prev?.coverage && coverageTile.change) {
    coverageTile.change.previous = prev.coverage.share;
    coverageTile.change.previousLabel = ctx.t("report:dashboardSheet.previous.asOf", {
      to: kpiPeriod("activeCustomers", prev).to,
    });
  }
  if (coverageTable && hasColumns(coverageTable, "contactedActive", "activeCustomers")) {
    const contacted = structuredRef(coverageTable, "contactedActive");
    const active = structuredRef(coverageTable, "activeCustomers");
    coverageTile.formula = `IFERROR(SUM(${contacted})/SUM(${active}),"")`;
  }
  tiles.push(coverageTile);
  return tiles.map(changeOfShownValue);
}

/**
 * The change recomputed from the value the tile shows (a table's sum may stand in for the KPI),
 * so that the change's formula over the value and previous cells gives its cached result.
 */
function changeOfShownValue(tile: KpiTile): KpiTile {
  const change = tile.change;
  if (change === undefined || change.previous == null) return tile;
  const value =
    change.basis === "relative"
      ? relativeChange(tile.value, change.previous).value
      : tile.value !== null
        ? (tile.value - change.previous) * 100
        : null;
  // rounded as the tile shows it, as its formula does (ranges.ts tileChangeFormula)
  return {
    ...tile,
    change: { ...change, value: value === null ? null : roundAsShown(value, change.format) },
  };
}
