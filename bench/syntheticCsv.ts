/**
 * Seeded synthetic transaction files for the benches, written as CSV (customer, date, amount,
 * invoice) line by line so 5,000,000 lines never sit in memory: customers of very uneven
 * activity (squared uniform choice: a few buy weekly, most once or twice), invoices of 1-9 lines
 * over two years, 3 % returns (negative amounts, invoice "C…"). The same seed gives the same file.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { mulberry32 } from "../scripts/sample/random";

/** Writes `lines` lines over `customers` customers to `path`; resolves when the file is closed. */
export async function writeSyntheticCsv(
  path: string,
  lines: number,
  customers: number,
  seed = 42
): Promise<void> {
  const random = mulberry32(seed);
  const out = createWriteStream(path);
  const start = Date.UTC(2022, 0, 1);
  let written = 0;
  let invoice = 100_000;
  let chunk = "customer,date,amount,invoice\n";
  while (written < lines) {
    const customer = Math.floor(random() * random() * customers);
    const date = new Date(start + Math.floor(random() * 730) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const isReturn = random() < 0.03;
    const id = `${isReturn ? "C" : ""}${++invoice}`;
    const n = 1 + Math.floor(random() * 9);
    for (let i = 0; i < n && written < lines; i++, written++) {
      const amount = Math.round((1 + random() * 40) * 100) / 100;
      chunk += `C${customer},${date},${isReturn ? -amount : amount},${id}\n`;
    }
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "close");
}

/**
 * A contacts file for the synthetic transactions: `contacts` contacts of campaign "Daily" spread
 * evenly over `days` days from 2023-01-01 (1: one mailing; 365: a daily triggered programme),
 * one in ten in the control group, customers drawn as writeSyntheticCsv draws them.
 */
export async function writeSyntheticContactsCsv(
  path: string,
  contacts: number,
  customers: number,
  days: number,
  seed = 7
): Promise<void> {
  const random = mulberry32(seed);
  const out = createWriteStream(path);
  const start = Date.UTC(2023, 0, 1);
  let chunk = "customer,campaign,group,contact date\n";
  for (let i = 0; i < contacts; i++) {
    const customer = Math.floor(random() * random() * customers);
    const day = new Date(start + (i % days) * 86_400_000).toISOString().slice(0, 10);
    chunk += `C${customer},Daily,${i % 10 === 0 ? "control" : "treatment"},${day}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "close");
}
