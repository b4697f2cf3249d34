/**
 * The Dashboard's period KPIs (src/analytics/kpis: customers, active customers, revenue, orders,
 * AOV, repeat rate as of the as-of date and one month earlier, and the window's revenue by
 * month) on a generated 1,000,000-line file of 100,000 customers, against a plain baseline
 * measured in the same run: filter the lines of each period into arrays, group them by customer
 * in a Map of arrays, and count from each customer's array.
 */
import { dayNumber, MS_PER_DAY, type Transaction } from "../src/analytics/domain";
import { analyzeKpis } from "../src/analytics/kpis";
import { monthsBefore } from "../src/analytics/rfm/calendar";
import { generateTransactions } from "./rfm.bench";
import { formatMs, ratioLine, timeIt, trackPeakMemory, type Bench } from "./harness";

/** The same figures, the straightforward way (no month series: the baseline does less). */
function baselineSnapshot(lines: readonly Transaction[], asOfDay: number) {
  const windowStart = monthsBefore(asOfDay, 12);
  const before = lines.filter((t) => dayNumber(t.date) < asOfDay);
  const byCustomer = new Map<string, Transaction[]>();
  for (const t of before) {
    const list = byCustomer.get(t.customerId) ?? [];
    list.push(t);
    byCustomer.set(t.customerId, list);
  }
  let customers = 0;
  let repeat = 0;
  let active = 0;
  let revenue = 0;
  let orders = 0;
  for (const list of byCustomer.values()) {
    const purchases = list.filter((t) => !t.isReturn);
    const inWindow = list.filter((t) => dayNumber(t.date) >= windowStart);
    revenue += inWindow.reduce((s, t) => s + t.amount, 0);
    if (purchases.length === 0) continue;
    customers++;
    if (new Set(purchases.map((t) => t.invoiceId)).size >= 2) repeat++;
    const windowPurchases = inWindow.filter((t) => !t.isReturn);
    if (windowPurchases.length > 0) active++;
    orders += new Set(windowPurchases.map((t) => t.invoiceId)).size;
  }
  return { customers, repeat, active, revenue, orders };
}

const bench: Bench = async (log) => {
  const lines = generateTransactions(1_000_000);
  const asOf = Date.UTC(2024, 0, 1);
  const asOfDay = asOf / MS_PER_DAY;
  const previousDay = monthsBefore(asOfDay, 1);

  const ours = await timeIt("analyzeKpis (1M lines, 2 periods + months)", () =>
    analyzeKpis(lines, [], { asOf })
  );
  const baseline = await timeIt("baseline (filter + group + count)", () => {
    baselineSnapshot(lines, asOfDay);
    baselineSnapshot(lines, previousDay);
  });
  log(ratioLine(ours, baseline));

  // Both compute the same figures (a check, not a timing).
  const k = analyzeKpis(lines, [], { asOf });
  const b = baselineSnapshot(lines, asOfDay);
  log(
    `same figures: customers ${k.current.customers} / ${b.customers}, active ${k.current.activeCustomers} / ${b.active}, repeat ${k.current.repeatCustomers} / ${b.repeat}, orders ${k.current.orders} / ${b.orders}`
  );
  const { peakMiB } = await trackPeakMemory(() => analyzeKpis(lines, [], { asOf }));
  log(`analyzeKpis peak RSS ${peakMiB.toFixed(0)} MiB; median ${formatMs(ours.medianMs)}`);
};
export default bench;
