/**
 * Labels of the compared periods ("November 2024", "Jan–Nov 2024"), in one place for the
 * Dashboard, the History sheet and the deck: month names from Intl in the report's language.
 */
import type {
  ComparedPeriod,
  KpiComparison,
  KpiComparisons,
  PeriodMissing,
} from "../analytics/kpis";
import type { ReportContext } from "./reportContext";

type LabelContext = Pick<ReportContext, "t" | "language">;

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

function monthName(iso: string, language: string, month: "long" | "short", year: boolean) {
  const text = new Intl.DateTimeFormat(language, {
    month,
    ...(year ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(dayOf(iso));
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/** "November 2024" for a month, "Jan–Nov 2024" for a year to date. */
export function periodLabel(
  period: Pick<ComparedPeriod, "kind" | "from" | "to">,
  ctx: LabelContext
): string {
  if (period.kind === "month") return monthName(period.from, ctx.language, "long", true);
  return ctx.t("context:period.yearToDate", {
    from: monthName(period.from, ctx.language, "short", false),
    to: monthName(period.to, ctx.language, "short", false).toLocaleLowerCase(ctx.language),
    year: dayOf(period.to).getUTCFullYear(),
  });
}

/** "Last month: November 2024". */
export function periodRoleLabel(period: ComparedPeriod, ctx: LabelContext): string {
  return ctx.t(`context:period.role.${period.id}`, { period: periodLabel(period, ctx) });
}

/** "December 2024 vs November 2024". */
export function comparisonLabel(
  comparison: KpiComparison,
  comparisons: KpiComparisons,
  ctx: LabelContext
): string {
  return ctx.t("context:period.versus", {
    current: periodLabel(comparisons.periods[comparison.current], ctx),
    previous: periodLabel(comparisons.periods[comparison.previous], ctx),
  });
}

/** "December 2023: no figures, the data starts on 2024-01-20". */
export function missingLabel(
  period: ComparedPeriod,
  missing: PeriodMissing,
  ctx: LabelContext
): string {
  return ctx.t("context:period.missing", {
    period: periodLabel(period, ctx),
    dataFrom: missing.dataFrom,
  });
}
