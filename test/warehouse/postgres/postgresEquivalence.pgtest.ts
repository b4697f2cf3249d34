/**
 * Equivalence on PostgreSQL (npm run test:warehouse): `analyze --postgres` on tables loaded with
 * COPY gives the in-memory path's JSON for the sample workbook, UCI Online Retail, CDNOW and
 * Hillstrom: RFM scores and segments identical, BG/NBD and Gamma-Gamma to 1e-9 relative,
 * uplift rows identical (counts exact, sums of money to 1e-12 relative) (the summary path has every row but the RFM-segment breakdown, which
 * needs each customer's history on the contact day: a note says so).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { Client } from "pg";
import { runCli } from "../../support/diskCliIo";
import type { SummaryJson } from "../../../src/cli/summaryJson";
import { dayNumber } from "../../../src/analytics/domain";
import { isoDay } from "../../../src/analytics/rfm";
import { loadAndClean } from "../../../src/analytics/pipeline";
import { XlsxWorkbookSource } from "../../../src/xlsx/workbookSourceXlsx";
import { readCdnowTransactions } from "../../support/cdnow";
import { loadHillstrom } from "../../support/hillstrom";
import { ONLINE_RETAIL_PATH } from "../../support/onlineRetail";
import {
  copyCsvTable,
  freshSchema,
  testClient,
  testPostgresUrl,
} from "../../support/postgresServer";
import { SAMPLE } from "../../support/sampleReports";
import { expectSameBuyers } from "../../support/buyersEquivalence";
import { rowsAsCsv } from "../../support/sheetCsv";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-equivalence-"));
let client: Client;
beforeAll(async () => {
  client = await testClient();
  await freshSchema(client, "eq");
});
afterAll(async () => {
  await client.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function analyze(args: string[], name: string): Promise<SummaryJson> {
  const file = path.join(dir, `${name}.json`);
  const { code, err } = await runCli(["analyze", ...args, "--json", file]);
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(fs.readFileSync(file, "utf8")) as SummaryJson;
}

/** A CSV file's header and body (text), loaded into a table of text columns. */
async function loadCsv(table: string, csv: string): Promise<void> {
  const newline = csv.indexOf("\n");
  const header = csv.slice(0, newline).replace(/\r$/, "").split(",");
  await copyCsvTable(client, table, header, csv.slice(newline + 1));
}

const postgres = (...args: string[]) => ["--postgres", testPostgresUrl(), ...args];

function expectSameRfm(memory: SummaryJson, pg: SummaryJson, atLeast: number): void {
  expect(pg.rfm!.asOf).toBe(memory.rfm!.asOf);
  expect(pg.rfm!.cutPoints).toEqual(memory.rfm!.cutPoints);
  expect(pg.rfm!.segments).toEqual(memory.rfm!.segments);
  expect(pg.rfm!.customers).toEqual(memory.rfm!.customers);
  expect(pg.rfm!.customers.length).toBeGreaterThanOrEqual(atLeast);
}

function expectRelative(memory: Record<string, unknown>, pg: Record<string, unknown>): void {
  const keys = Object.keys(memory).filter((k) => typeof memory[k] === "number");
  expect(keys.length).toBeGreaterThanOrEqual(2);
  for (const key of keys) {
    const a = memory[key] as number;
    expect(Math.abs((pg[key] as number) - a)).toBeLessThanOrEqual(1e-9 * Math.abs(a));
  }
}

/**
 * The server's account of the transactions lines (lineAccount.ts) gives the in-memory cleaning's
 * counts by reason, excluded and flagged (a table has no line order: no row numbers).
 */
function expectSameLineAccount(memory: SummaryJson, pg: SummaryJson, memorySheet: string): void {
  const counts = (list: { sheet: string; reason: string; count: number }[], sheet?: string) =>
    Object.fromEntries(
      list.filter((e) => sheet === undefined || e.sheet === sheet).map((e) => [e.reason, e.count])
    );
  expect(counts(pg.dataQuality.excluded)).toEqual(counts(memory.dataQuality.excluded, memorySheet));
  expect(counts(pg.dataQuality.flagged ?? [])).toEqual(
    counts(memory.dataQuality.flagged ?? [], memorySheet)
  );
  expect(pg.dataQuality.excluded.every((e) => e.rows.length === 0)).toBe(true);
}

type UpliftRow = NonNullable<SummaryJson["uplift"]>[number];
const rowKey = (r: UpliftRow) => JSON.stringify([r.campaign, r.channel, r.segment, r.breakdown]);

/**
 * Equal texts, flags and nulls; numbers to 1e-12 relative (a count off by one fails): money summed by
 * the server adds in another order than the engine (3727.848918918919 vs ...195).
 */
function expectSameValues(actual: unknown, expected: unknown, where = "$"): void {
  if (typeof expected === "number" && typeof actual === "number") {
    if (Math.abs(actual - expected) > 1e-12 * Math.abs(expected))
      expect({ where, actual }).toEqual({ where, actual: expected });
    return;
  }
  if (
    expected !== null &&
    typeof expected === "object" &&
    actual !== null &&
    typeof actual === "object"
  ) {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected))
      expectSameValues(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${where}.${key}`
      );
    return;
  }
  expect({ where, actual }).toEqual({ where, actual: expected });
}

/**
 * Every row of the PostgreSQL run is the in-memory row of the same key, in the same order (a key
 * can repeat: an attribute named "channel" shares the JSON's channel field); the in-memory rows
 * it lacks are RFM-segment cells only.
 */
function expectSameUplift(memory: SummaryJson, pg: SummaryJson, atLeast: number): void {
  const rowsByKey = (rows: UpliftRow[]) => {
    const byKey = new Map<string, UpliftRow[]>();
    for (const r of rows) byKey.set(rowKey(r), [...(byKey.get(rowKey(r)) ?? []), r]);
    return byKey;
  };
  const expected = rowsByKey(memory.uplift!);
  expect(pg.uplift!.length).toBeGreaterThanOrEqual(atLeast);
  for (const [key, rows] of rowsByKey(pg.uplift!)) expectSameValues(rows, expected.get(key));
  const present = new Set(pg.uplift!.map(rowKey));
  const missing = memory.uplift!.filter((r) => !present.has(rowKey(r)));
  expect(missing.every((r) => r.breakdown === "rfm")).toBe(true);
}

/**
 * The table is not in the file's order (COPY fills earlier pages' free space: file row 1283 is
 * read 337th), and the server adds each customer's spends in an order of its own. Two rules make
 * that harmless: money totals are rounded to the micro-unit (roundedMoney), so customer 16897's
 * one repeat day, 14 lines bought and refunded the same day, is worth 0 on both paths, not
 * -8.9e-15 on one and +1.8e-15 on the other (which Gamma-Gamma took for a spend: p 1.75, not
 * 2.09); and the fits converge below the rounding of their objective (bfgs.ts approximateWolfe),
 * so the customers' order moves them by 1e-11 at most, not 1e-8.
 */
test("UCI Online Retail: RFM identical, BG/NBD and Gamma-Gamma to 1e-9", async () => {
  await loadCsv(
    "eq.online_retail",
    gunzipSync(fs.readFileSync(ONLINE_RETAIL_PATH)).toString("utf8")
  );
  const memory = await analyze([ONLINE_RETAIL_PATH], "uci-memory");
  const pg = await analyze(postgres("--transactions", "eq.online_retail"), "uci-pg");
  expectSameRfm(memory, pg, 4000);
  expectRelative(memory.ltv!.bgnbd!, pg.ltv!.bgnbd!);
  expectRelative(memory.ltv!.gammaGamma!, pg.ltv!.gammaGamma!);
  expectSameBuyers(memory, pg);
  // 135,080 lines without a customer, 5,227 copies, returns netted: counted alike on the server
  expectSameLineAccount(memory, pg, "online_retail");
  expect(pg.dataQuality.rowsRead).toBe(541_909);
  expect(pg.dataQuality.rowsUsed).toBe(memory.dataQuality.rowsUsed);
});

test("CDNOW, 39-week calibration: RFM identical, BG/NBD and Gamma-Gamma to 1e-9", async () => {
  const csv = [
    "customer,date,quantity,amount",
    ...readCdnowTransactions().map(
      (t) => `${t.customerId},${isoDay(dayNumber(t.date))},${t.quantity},${t.amount}`
    ),
  ].join("\n");
  const file = path.join(dir, "cdnow.csv");
  fs.writeFileSync(file, `${csv}\n`);
  await loadCsv("eq.cdnow", `${csv}\n`);
  const options = ["--calibration-end", "1997-09-30"];
  const memory = await analyze([file, ...options], "cdnow-memory");
  const pg = await analyze([...postgres("--transactions", "eq.cdnow"), ...options], "cdnow-pg");
  expectSameRfm(memory, pg, 2000);
  expectRelative(memory.ltv!.bgnbd!, pg.ltv!.bgnbd!);
  expectRelative(memory.ltv!.gammaGamma!, pg.ltv!.gammaGamma!);
  expectSameLineAccount(memory, pg, "cdnow");
  expect(pg.dataQuality.rowsRead).toBe(memory.dataQuality.rowsRead);
});

/**
 * The sample as a warehouse holds it: typed columns (the workbook's text dates "24/01/2023" and
 * text amounts read by the input layer first, as a load into typed columns would), written as
 * CSV files that both paths read: the in-memory path from the files, PostgreSQL from the tables.
 */
test("the sample workbook: RFM identical, LTV to 1e-9, uplift rows identical (attributes included)", async () => {
  const source = await XlsxWorkbookSource.load(fs.readFileSync(SAMPLE));
  const loaded = await loadAndClean(source, {});
  if (!loaded.ok) throw new Error(loaded.error.code);
  const { transactions, contacts, customers } = loaded.data;
  const day = (t: number) => new Date(t).toISOString().slice(0, 19).replace("T", " ");
  const attributeNames = Object.keys(customers[0].attributes);
  const files = {
    Transactions: rowsAsCsv([
      ["Invoice", "Customer ID", "Date", "Category", "Quantity", "Unit price", "Amount"],
      ...transactions.map((t) => [
        t.invoiceId ?? "",
        t.customerId,
        day(t.date),
        t.category ?? "",
        t.quantity ?? "",
        t.unitPrice ?? "",
        t.amount,
      ]),
    ]),
    Contacts: rowsAsCsv([
      ["Customer ID", "Campaign", "Channel", "Group", "Contact date", "Cost per contact"],
      ...contacts.map((c) => [
        c.customerId,
        c.campaign,
        c.channel ?? "",
        c.group,
        day(c.contactDate),
        c.costPerContact ?? "",
      ]),
    ]),
    Clients: rowsAsCsv([
      ["Customer ID", ...attributeNames],
      ...customers.map((c) => [c.id, ...attributeNames.map((a) => c.attributes[a] ?? "")]),
    ]),
  };
  const paths: string[] = [];
  for (const [name, csv] of Object.entries(files)) {
    await loadCsv(`eq."${name}"`, csv);
    paths.push(path.join(dir, `${name}.csv`));
    fs.writeFileSync(paths[paths.length - 1], csv);
  }
  expect(transactions.length).toBeGreaterThan(70_000);
  const memory = await analyze(paths, "sample-memory");
  const pg = await analyze(
    postgres(
      "--transactions",
      "eq.Transactions",
      "--contacts",
      "eq.Contacts",
      "--customers",
      "eq.Clients"
    ),
    "sample-pg"
  );
  expectSameRfm(memory, pg, 1000);
  expectRelative(memory.ltv!.bgnbd!, pg.ltv!.bgnbd!);
  expectRelative(memory.ltv!.gammaGamma!, pg.ltv!.gammaGamma!);
  expectSameUplift(memory, pg, 10);
  expect(pg.uplift!.some((r) => r.breakdown === attributeNames[0])).toBe(true);
  expectSameLineAccount(memory, pg, "Transactions");
});

test("Hillstrom (contacts with their own outcomes, customer attributes): uplift rows identical", async () => {
  const { contacts, attributes } = loadHillstrom();
  const contactCsv = rowsAsCsv([
    ["Customer ID", "Campaign", "Group", "Contact date", "Channel", "Converted", "Revenue"],
    ...contacts.map((c) => [
      c.customerId,
      c.campaign,
      c.group,
      isoDay(dayNumber(c.contactDate)),
      c.channel ?? "",
      c.converted ? "1" : "0",
      c.revenue ?? "",
    ]),
  ]);
  const names = Object.keys(attributes.values().next().value!);
  const customerCsv = rowsAsCsv([
    ["Customer ID", ...names],
    ...[...attributes].map(([id, a]) => [id, ...names.map((n) => a[n])]),
  ]);
  fs.writeFileSync(path.join(dir, "contacts.csv"), contactCsv);
  fs.writeFileSync(path.join(dir, "customers.csv"), customerCsv);
  await loadCsv("eq.hillstrom_contacts", contactCsv);
  await loadCsv("eq.hillstrom_customers", customerCsv);
  await client.query(`CREATE TABLE eq.no_sales ("Customer ID" TEXT, "Date" TEXT, "Amount" TEXT)`);
  const memory = await analyze(
    [path.join(dir, "contacts.csv"), path.join(dir, "customers.csv")],
    "hillstrom-memory"
  );
  const pg = await analyze(
    postgres(
      "--transactions",
      "eq.no_sales",
      "--contacts",
      "eq.hillstrom_contacts",
      "--customers",
      "eq.hillstrom_customers"
    ),
    "hillstrom-pg"
  );
  expectSameUplift(memory, pg, 6);
  expect(pg.uplift!.some((r) => r.breakdown === "history_segment")).toBe(true);
});
