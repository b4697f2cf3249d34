/**
 * Uplift's breakdown by RFM segment as of each contact day, on 1,000,000 transaction lines
 * (bench/rfm.bench.ts's generator): 100,000 contacts all on one day against the same contacts
 * spread over 365 days (a daily triggered programme). The segments come from one sweep over the
 * transactions (segmentsOnDays); the way before it, one RFM run a contact day, is measured in the
 * same run on 10 days and its 365-day time printed as that per-day cost x 365 ("estimated").
 */
import type { Contact } from "../src/analytics/domain";
import { dayNumber, MS_PER_DAY } from "../src/analytics/domain";
import { segmentAsOfContactDay } from "../src/analytics/contactDaySegments";
import { analyzeRfm } from "../src/analytics/rfm";
import { analyzeUplift } from "../src/analytics/uplift/analyzeUplift";
import { formatMs, timeIt, type Bench } from "./harness";
import { generateTransactions } from "./rfm.bench";

const CONTACTS = 100_000;

function contactsOn(days: number, firstDay: number): Contact[] {
  const contacts: Contact[] = [];
  for (let i = 0; i < CONTACTS; i++) {
    contacts.push({
      customerId: `C${(i * 7919) % 100_000}`,
      campaign: "Daily",
      group: i % 10 === 0 ? "control" : "treated",
      contactDate: (firstDay + (i % days)) * MS_PER_DAY,
      source: { sheet: "Contacts", row: i + 2 },
    });
  }
  return contacts;
}

const upliftDaysBench: Bench = async (log) => {
  const transactions = generateTransactions(1_000_000);
  let last = -Infinity;
  for (const t of transactions) last = Math.max(last, dayNumber(t.date));
  const firstContactDay = last - 400;
  const run = (contacts: Contact[]) =>
    analyzeUplift(contacts, transactions, {
      segmentAsOf: segmentAsOfContactDay(transactions, contacts, {}),
    });
  const one = await timeIt("1 contact day", () => run(contactsOn(1, firstContactDay)), 3);
  const daily = await timeIt("365 contact days", () => run(contactsOn(365, firstContactDay)), 3);
  log(
    `uplift with segments, 1M lines, ${CONTACTS.toLocaleString("en")} contacts: ` +
      `${one.label} ${formatMs(one.medianMs)}, ${daily.label} ${formatMs(daily.medianMs)}: ` +
      `${(daily.medianMs / one.medianMs).toFixed(2)}x (goal <= 2x)`
  );
  const perDay = await timeIt(
    "one RFM run a day, 10 days",
    () => {
      for (let d = 0; d < 10; d++)
        analyzeRfm(transactions, { asOf: (firstContactDay + d) * MS_PER_DAY });
    },
    1
  );
  log(
    `the way before (one RFM run a contact day): ${formatMs(perDay.medianMs / 10)} a day, ` +
      `365 days estimated ${formatMs((perDay.medianMs / 10) * 365)}`
  );
};

export default upliftDaysBench;
