import { MS_PER_DAY } from "../domain";
import { isoDay } from "../rfm/calendar";
import type { KpiSnapshot } from "./types";

/** The figures of a KPI snapshot that a board reads, each with its period. */
export const KPI_IDS = [
  "customers",
  "activeCustomers",
  "revenue",
  "orders",
  "aov",
  "repeatRate",
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/**
 * The period of each figure, in one place (kpiSnapshot computes them so): revenue, orders, AOV
 * and active customers over the active window ("12 months to 2024-12-31"); customers and the
 * repeat rate over all history before the as-of date.
 */
export const KPI_PERIOD_KIND: Readonly<Record<KpiId, "window" | "allHistory">> = {
  customers: "allHistory",
  activeCustomers: "window",
  revenue: "window",
  orders: "window",
  aov: "window",
  repeatRate: "allHistory",
};

/** A figure's period: first day (null = all history) and last day, both included, ISO. */
export interface KpiPeriod {
  kind: "window" | "allHistory";
  from: string | null;
  to: string;
}

/**
 * The period of `id` in `snapshot`: the last day is the day before the as-of date.
 *
 * @example kpiPeriod("revenue", { asOf: "2025-01-01", windowStart: "2024-01-01", ... })
 * // { kind: "window", from: "2024-01-01", to: "2024-12-31" }
 */
export function kpiPeriod(
  id: KpiId,
  snapshot: Pick<KpiSnapshot, "asOf" | "windowStart">
): KpiPeriod {
  const kind = KPI_PERIOD_KIND[id];
  const to = isoDay(Date.parse(snapshot.asOf) / MS_PER_DAY - 1);
  return { kind, from: kind === "window" ? snapshot.windowStart : null, to };
}

/** Every figure's period in a snapshot. */
export function kpiPeriods(
  snapshot: Pick<KpiSnapshot, "asOf" | "windowStart">
): Record<KpiId, KpiPeriod> {
  return Object.fromEntries(KPI_IDS.map((id) => [id, kpiPeriod(id, snapshot)])) as Record<
    KpiId,
    KpiPeriod
  >;
}
