import type { Random } from "./random";
import { CATEGORIES, PERIOD, SALES_CHANNELS } from "./sampleConfig";
import type { SimCustomer } from "./simulateCustomers";

/** One line of the Transactions sheet, before writing. */
export interface SampleLine {
  invoice: string;
  /** null for the planted rows without a customer id. */
  customerId: string | null;
  day: number;
  /** Written as dd/mm/yyyy text instead of a date cell, as some exports do. */
  dateAsText: boolean;
  category: string;
  channel: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  kind: "purchase" | "return" | "noCustomerId" | "duplicate";
}

/** How many of each kind of messy row to plant. */
export interface MessyCounts {
  returnShare: number;
  noCustomerId: number;
  textDates: number;
  duplicates: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A shop price: lognormal around the category's median, ending in 9 cents (12.49, 34.99). */
function price(random: Random, median: number): number {
  const raw = median * Math.exp(0.45 * random.normal());
  return Math.max(0.99, round2(Math.round(raw * 10) / 10 - 0.01));
}

function invoiceLines(
  random: Random,
  invoice: string,
  customerId: string | null,
  dayNo: number,
  channel: string,
  spendLevel = 1
) {
  const lines: SampleLine[] = [];
  // Distinct categories within an invoice, so two genuine lines are never exact duplicates.
  const count = Math.min(CATEGORIES.length, 1 + random.poisson(1.9));
  const chosen = new Set<string>();
  while (chosen.size < count) {
    const category = random.weighted(CATEGORIES);
    if (chosen.has(category.name)) continue;
    chosen.add(category.name);
    const quantity = 1 + random.poisson(0.4);
    const unitPrice = price(random, category.medianPrice * spendLevel);
    lines.push({
      invoice,
      customerId,
      day: dayNo,
      dateAsText: false,
      category: category.name,
      channel,
      quantity,
      unitPrice,
      amount: round2(quantity * unitPrice),
      kind: "purchase",
    });
  }
  return lines;
}

/**
 * Turns purchase days into invoice lines, then plants what real exports contain:
 * returns (a share of lines come back 1..20 days later on a "C" invoice with a negative
 * quantity), lines without a customer id, dates written as dd/mm/yyyy text (at least one with a
 * day over 12, which settles the order), and exact duplicate lines right after their original.
 * Lines are sorted by day then invoice.
 */
export function buildTransactionLines(
  random: Random,
  customers: readonly SimCustomer[],
  messy: MessyCounts
): SampleLine[] {
  const occasions = customers
    .flatMap((c) => c.purchaseDays.map((d) => ({ customer: c, day: d })))
    .sort((x, y) => x.day - y.day || (x.customer.id < y.customer.id ? -1 : 1));

  let invoiceNo = 100000;
  let lines: SampleLine[] = [];
  for (const o of occasions) {
    const channel = random.bernoulli(0.8)
      ? o.customer.preferredChannel
      : random.weighted(SALES_CHANNELS);
    const invoice = `F${++invoiceNo}`;
    const level = o.customer.spendLevel;
    lines.push(...invoiceLines(random, invoice, o.customer.id, o.day, channel, level));
  }
  for (let k = 0; k < messy.noCustomerId; k++) {
    const d = random.int(PERIOD.first, PERIOD.last);
    const [line] = invoiceLines(random, `F${++invoiceNo}`, null, d, "Magasin");
    lines.push({ ...line, kind: "noCustomerId" });
  }

  let creditNo = 100000;
  const returns: SampleLine[] = [];
  for (const l of lines) {
    if (l.kind !== "purchase" || l.day >= PERIOD.last || !random.bernoulli(messy.returnShare))
      continue;
    const quantity = -random.int(1, l.quantity);
    returns.push({
      ...l,
      invoice: `C${++creditNo}`,
      day: Math.min(PERIOD.last, l.day + random.int(1, 20)),
      quantity,
      amount: round2(quantity * l.unitPrice),
      kind: "return",
    });
  }
  lines = [...lines, ...returns].sort(
    (x, y) => x.day - y.day || (x.invoice < y.invoice ? -1 : x.invoice > y.invoice ? 1 : 0)
  );

  const purchases = lines.map((l, i) => (l.kind === "purchase" ? i : -1)).filter((i) => i >= 0);
  const textDates = new Set<number>();
  while (textDates.size < messy.textDates) {
    const i = random.pick(purchases);
    const dayOfMonth = new Date(lines[i].day * 86_400_000).getUTCDate();
    if (textDates.size === 0 && dayOfMonth <= 12) continue;
    textDates.add(i);
  }
  for (const i of textDates) lines[i] = { ...lines[i], dateAsText: true };

  const duplicated = new Set<number>();
  while (duplicated.size < messy.duplicates) {
    const i = random.pick(purchases);
    if (!textDates.has(i)) duplicated.add(i);
  }
  return lines.flatMap((l, i) =>
    duplicated.has(i) ? [l, { ...l, kind: "duplicate" as const }] : [l]
  );
}
