/**
 * The deck's slides about the customer base: the month's KPIs with their comparisons, segments,
 * segment history, migration since last month, lifetime value by segment.
 */
import { dayNumber } from "../analytics/domain";
import type { KpiComparisons } from "../analytics/kpis";
import { meanClvBySegment } from "../analytics/ltv/reconcile";
import { isoDay } from "../analytics/rfm/calendar";
import type { ReportInput } from "../report/buildReport";
import { FORMAT } from "../report/numberFormats";
import { comparisonLabel, periodLabel } from "../report/periodLabels";
import { segmentLabels } from "../report/sheets/rfm/labels";
import { definitions, type DeckContext } from "./deckContext";
import type { DeckSlide } from "./deckModel";

/** Movements between two segments shown on the migration slide. */
const TOP_FLOWS = 5;

export function titleSlide(input: ReportInput, ctx: DeckContext): DeckSlide {
  const asOf = input.asOf ?? null;
  const bullets: string[] = [];
  if (asOf !== null) {
    const day = dayNumber(asOf);
    bullets.push(ctx.t("deck:title.asOf", { lastDay: isoDay(day - 1), asOf: isoDay(day) }));
  }
  const comparisons = input.kpis?.comparisons;
  if (comparisons) {
    bullets.push(
      ctx.t("deck:title.period", { period: periodLabel(comparisons.periods.thisMonth, ctx) })
    );
  }
  bullets.push(
    ctx.t("deck:title.generated", {
      date: isoDay(Math.floor(ctx.generatedAt / 86_400_000)),
      version: ctx.version,
    })
  );
  return {
    key: "title",
    title: ctx.t("deck:title.heading", { name: ctx.options.name }),
    bullets,
    notes: definitions(ctx, ["report:rfmSheet.method.window"]),
  };
}

/** A KPI's value as text in its kind's one format. */
function kpiText(id: string, value: number | null, ctx: DeckContext): string {
  if (value === null) return ctx.t("deck:kpis.none");
  if (id === "revenue" || id === "aov") return ctx.fmt.currency(value);
  if (id === "repeatRate" || id === "coverage") return ctx.fmt.percent(value);
  return ctx.fmt.integer(value);
}

function changeText(unit: "relative" | "points", change: number | null, ctx: DeckContext) {
  if (change === null) return ctx.t("deck:kpis.none");
  if (unit === "points") return ctx.fmt.points(change / 100);
  const text = ctx.fmt.percent(change);
  return change > 0 ? `+${text}` : text;
}

export function kpiSlide(comparisons: KpiComparisons, ctx: DeckContext, activeMonths: number) {
  const [vsLastMonth, vsLastYear, ytd] = comparisons.comparisons;
  const periods = comparisons.periods;
  const header = [
    ctx.t("deck:kpis.kpi"),
    periodLabel(periods.thisMonth, ctx),
    periodLabel(periods.lastMonth, ctx),
    ctx.t("deck:kpis.change"),
    periodLabel(periods.sameMonthLastYear, ctx),
    ctx.t("deck:kpis.change"),
    periodLabel(periods.yearToDate, ctx),
    periodLabel(periods.lastYearToDate, ctx),
    ctx.t("deck:kpis.change"),
  ];
  const rows = vsLastMonth.kpis.map((kpi, i) => {
    const lastYear = vsLastYear.kpis[i];
    const toDate = ytd.kpis[i];
    return [
      ctx.t(`context:kpi.${kpi.id}`),
      kpiText(kpi.id, kpi.current, ctx),
      kpiText(kpi.id, kpi.previous, ctx),
      changeText(kpi.unit, kpi.change, ctx),
      kpiText(kpi.id, lastYear.previous, ctx),
      changeText(lastYear.unit, lastYear.change, ctx),
      kpiText(kpi.id, toDate.current, ctx),
      kpiText(kpi.id, toDate.previous, ctx),
      changeText(toDate.unit, toDate.change, ctx),
    ];
  });
  const bullets = comparisons.comparisons.flatMap((c) =>
    c.missing ? [ctx.t("deck:kpis.missing", { reason: comparisonLabel(c, comparisons, ctx) })] : []
  );
  return {
    key: "kpis",
    title: ctx.t("deck:kpis.title"),
    subtitle: ctx.t("deckSlides:kpis.subtitle", { asOf: periods.thisMonth.asOf }),
    // The figures on one line each; the KPI names wrap in what is left.
    table: { header, rows, widths: [1, 1, 1, 1, 1, 1, 1, 1, 1], oneLine: [1, 2, 3, 4, 5, 6, 7, 8] },
    ...(bullets.length > 0 ? { bullets } : {}),
    notes: definitions(
      ctx,
      [
        "context:history.method.comparisons",
        "report:dashboardSheet.method.definition.active",
        "report:dashboardSheet.method.definition.revenue",
        "report:dashboardSheet.method.definition.repeatRate",
        "report:campaignsSheet.method.coverage",
      ],
      { months: activeMonths }
    ),
  } satisfies DeckSlide;
}

export function segmentsSlide(input: ReportInput, ctx: DeckContext): DeckSlide | null {
  const rfm = input.rfm;
  if (!rfm || rfm.asOfDay === null) return null;
  const names = segmentLabels(rfm.map, ctx);
  const rows = rfm.segments.filter((s) => s.customers > 0);
  return {
    key: "segments",
    title: ctx.t("deck:segments.title"),
    subtitle: ctx.t("deck:segments.subtitle", { asOf: isoDay(rfm.asOfDay) }),
    bullets: [...rows]
      .sort((a, b) => b.revenue - a.revenue)
      .slice(0, 3)
      .map((s) =>
        ctx.t("deck:segments.share", {
          segment: names.get(s.segment.id) ?? s.segment.id,
          customers: ctx.fmt.integer(s.customers),
          customerShare: ctx.fmt.percent(s.customerShare),
          revenue: ctx.fmt.currency(s.revenue),
          revenueShare: ctx.fmt.percent(s.revenueShare),
        })
      ),
    chart: {
      kind: "bar",
      horizontal: true,
      title: ctx.t("deck:segments.revenue"),
      categories: rows.map((s) => names.get(s.segment.id) ?? s.segment.id),
      series: [{ name: ctx.t("deck:segments.revenue"), values: rows.map((s) => s.revenue) }],
      format: ctx.currencyFormat.replace(/\.00/g, ""),
    },
    notes: definitions(ctx, ["report:rfmSheet.method.quantile", "report:rfmSheet.method.window"]),
  };
}

export function historySlide(input: ReportInput, ctx: DeckContext): DeckSlide | null {
  const history = input.history?.segments;
  const rfm = input.rfm;
  if (!history || !rfm || history.months.length === 0) return null;
  const names = segmentLabels(rfm.map, ctx);
  const months = history.months;
  return {
    key: "history",
    title: ctx.t("deck:history.title", { months: months.length }),
    subtitle: ctx.t("deck:history.subtitle", {
      from: isoDay(months[0].lastDay),
      to: isoDay(months[months.length - 1].lastDay),
    }),
    chart: {
      kind: "stackedColumn",
      title: ctx.t("context:history.chart.segmentCustomers"),
      categories: months.map((m) => m.month),
      series: history.segments.map((id) => ({
        name: names.get(id) ?? id,
        values: months.map((m) => m.customers[id] ?? 0),
      })),
      format: FORMAT.integer,
    },
    notes: definitions(ctx, ["context:history.method.monthEnds"]),
  };
}

export function migrationSlide(input: ReportInput, ctx: DeckContext): DeckSlide | null {
  const migration = input.migration;
  if (!migration || !input.rfm) return null;
  const { matrix } = migration;
  const names = segmentLabels(input.rfm.map, ctx);
  const name = (id: string) => names.get(id) ?? id;
  const flows: { from: string; to: string; count: number }[] = [];
  let stayed = 0;
  let scored = 0;
  matrix.counts.forEach((row, i) =>
    row.forEach((count, j) => {
      scored += count;
      if (i === j) stayed += count;
      else if (count > 0) flows.push({ from: matrix.segments[i], to: matrix.segments[j], count });
    })
  );
  flows.sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
  const top = flows.slice(0, TOP_FLOWS);
  const entering = matrix.entering.reduce((s, x) => s + x, 0);
  const day = (d: number | null) => (d === null ? "" : isoDay(d));
  const bullets = [
    ...(top.length === 0 ? [ctx.t("deck:migration.none")] : []),
    ...top.map((f) =>
      ctx.t("deck:migration.flow", {
        count: ctx.fmt.integer(f.count),
        from: name(f.from),
        to: name(f.to),
      })
    ),
    ctx.t("deck:migration.stayed", {
      count: ctx.fmt.integer(stayed),
      share: ctx.fmt.percent(scored > 0 ? stayed / scored : 0),
    }),
    ctx.t("deck:migration.entering", { count: ctx.fmt.integer(entering) }),
  ];
  return {
    key: "migration",
    title: ctx.t("deck:migration.title"),
    subtitle: ctx.t("deck:migration.subtitle", {
      from: day(matrix.fromAsOfDay),
      to: day(matrix.toAsOfDay),
    }),
    bullets,
    ...(top.length > 0
      ? {
          chart: {
            kind: "bar" as const,
            horizontal: true,
            title: ctx.t("deck:migration.chartTitle"),
            categories: top.map((f) => `${name(f.from)} → ${name(f.to)}`),
            series: [{ name: ctx.t("deck:migration.chartTitle"), values: top.map((f) => f.count) }],
            format: FORMAT.integer,
          },
        }
      : {}),
    notes: definitions(ctx, [
      "report:migrationSheet.method.matrix",
      "report:migrationSheet.method.entering",
      "report:migrationSheet.method.leaving",
    ]),
  };
}

export function ltvSlide(input: ReportInput, ctx: DeckContext): DeckSlide | null {
  const ltv = input.ltv;
  const rfm = input.rfm;
  if (!ltv || !rfm) return null;
  const horizon = ltv.settings.horizonMonths;
  const notes = definitions(ctx, [
    "report:ltvSheet.method.definition.bgnbd",
    "report:ltvSheet.method.definition.gammaGamma",
    "report:ltvSheet.method.definition.clv",
  ]);
  const title = ctx.t("deck:ltv.title");
  const valued = ltv.customers.filter((c) => c.clv !== null && Number.isFinite(c.clv));
  if (valued.length === 0) {
    return { key: "ltv", title, bullets: [ctx.t("deck:ltv.notFitted")], notes };
  }
  const segmentOf = new Map(rfm.customers.map((c) => [c.id, c.segment]));
  const means = meanClvBySegment(
    ltv.customers.map((c) => ({ segment: segmentOf.get(c.id) ?? null, clv: c.clv }))
  );
  const names = segmentLabels(rfm.map, ctx);
  const segments = rfm.map.segments.filter((s) => means.has(s.id));
  const forecast = valued.reduce((sum, c) => sum + c.clv!, 0);
  const trailing = input.kpis?.current.revenue ?? null;
  const bullets = [ctx.t("deck:ltv.forecast", { horizon, forecast: ctx.fmt.currency(forecast) })];
  if (trailing !== null) {
    bullets.push(ctx.t("deck:ltv.trailing", { revenue: ctx.fmt.currency(trailing) }));
    if (trailing > 0) {
      bullets.push(ctx.t("deck:ltv.ratio", { ratio: ctx.fmt.percent(forecast / trailing) }));
    }
  }
  return {
    key: "ltv",
    title,
    subtitle: ctx.t("deck:ltv.subtitle", { horizon }),
    bullets,
    chart: {
      kind: "bar",
      horizontal: true,
      title: ctx.t("deck:ltv.mean"),
      categories: segments.map((s) => names.get(s.id) ?? s.id),
      series: [{ name: ctx.t("deck:ltv.mean"), values: segments.map((s) => means.get(s.id)!) }],
      format: ctx.currencyFormat,
      axisFormat: ctx.currencyFormat.replace(/\.00/g, ""),
    },
    notes,
  };
}
