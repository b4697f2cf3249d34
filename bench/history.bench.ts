/**
 * The month in context on 1,000,000 lines (bench/rfm.bench.ts's generator): segment sizes at 12
 * month-ends from one sweep (segmentHistory), and new vs returning buyers and cohorts
 * (customerMonths), each against one RFM run measured in the same run (goal for the 12
 * month-ends: at most 2x one RFM run).
 */
import { dayNumber, MS_PER_DAY } from "../src/analytics/domain";
import { customerMonths, segmentHistory } from "../src/analytics/history";
import { analyzeRfm } from "../src/analytics/rfm";
import { formatMs, timeIt, type Bench } from "./harness";
import { generateTransactions } from "./rfm.bench";

const historyBench: Bench = async (log) => {
  const transactions = generateTransactions(1_000_000);
  let last = -Infinity;
  for (const t of transactions) last = Math.max(last, dayNumber(t.date));
  const asOfDay = last + 1;
  const rfm = await timeIt(
    "one RFM run",
    () => analyzeRfm(transactions, { asOf: asOfDay * MS_PER_DAY }),
    3
  );
  const history = await timeIt(
    "12 month-ends",
    () => segmentHistory(transactions, {}, asOfDay, 12),
    3
  );
  const months = await timeIt(
    "buyers and cohorts",
    () => customerMonths(transactions, asOfDay, 12),
    3
  );
  const ratio = (t: { medianMs: number }) => (t.medianMs / rfm.medianMs).toFixed(2);
  log(`1M lines: ${rfm.label} ${formatMs(rfm.medianMs)}`);
  log(
    `${history.label} ${formatMs(history.medianMs)}: ${ratio(history)}x one RFM run (goal <= 2x)`
  );
  log(`${months.label} ${formatMs(months.medianMs)}: ${ratio(months)}x one RFM run`);
};

export default historyBench;
