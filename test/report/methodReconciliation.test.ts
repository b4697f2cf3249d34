/**
 * The Method sheet's reconciliation block on a small hand-made book: 12-month revenue against
 * all history (sums checked by hand), the three lifetime values a segment, and the warning when
 * the model's P(alive) contradicts the segments (shown only when the rule holds).
 */
import type { Transaction } from "../../src/analytics/domain";
import { analyzeKpis } from "../../src/analytics/kpis";
import { analyzeLtv, type LtvResult } from "../../src/analytics/ltv";
import { analyzeRfm } from "../../src/analytics/rfm";
import type { ReportInput } from "../../src/report/buildReport";
import type { NoteBlock, ReportSheet, TableBlock } from "../../src/report/model";
import { createReportContext } from "../../src/report/reportContext";
import { buildMethodSheet } from "../../src/report/sheets/methodSheet";
import { RECONCILIATION_TABLES } from "../../src/report/sheets/reconciliationBlocks";

const ctxEn = createReportContext(
  { language: "en", generatedAt: 0, version: "1" },
  { code: "USD", source: "setting" }
);
const ctxFr = createReportContext(
  { language: "fr", generatedAt: 0, version: "1" },
  { code: "EUR", source: "setting" }
);

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
let invoice = 0;
const tx = (customerId: string, iso: string, amount: number): Transaction => ({
  customerId,
  date: day(iso),
  amount,
  isReturn: amount < 0,
  invoiceId: String(++invoice),
  source: { sheet: "T", row: invoice + 1 },
});

// As of 2025-01-01: the last 12 months are 2024-01-01 .. 2024-12-31.
// In the window: a 100 + 50, b 30, c 20 = 200. Before it: a 40, b 60, d 70, e 80 = 250.
const transactions: Transaction[] = [
  tx("a", "2023-03-01", 40),
  tx("a", "2024-02-01", 100),
  tx("a", "2024-12-01", 50),
  tx("b", "2023-05-01", 60),
  tx("b", "2024-06-01", 30),
  tx("c", "2024-11-15", 20),
  tx("d", "2023-01-10", 70),
  tx("e", "2023-02-10", 80),
];
const asOf = day("2025-01-01");
const rfm = analyzeRfm(transactions, { asOf });
const kpis = analyzeKpis(transactions, [], { asOf });
const segmentOf = new Map(rfm.customers.map((c) => [c.id, c.segment]));
const ltv = analyzeLtv(transactions, {
  calibrationEnd: asOf,
  timeUnit: "week",
  margin: 1,
  expectedLifetimeYears: 2,
  segmentOf,
});

function table(sheet: ReportSheet, name: string): TableBlock {
  const found = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}
const paragraphs = (sheet: ReportSheet) =>
  sheet.blocks.filter((b): b is NoteBlock => b.kind === "note").flatMap((n) => n.paragraphs);

/** The LTV result with every customer's P(alive) and CLV set (the models are not fitted here). */
function scored(pAlive: number, clvOf: (id: string) => number): LtvResult {
  return { ...ltv, customers: ltv.customers.map((c) => ({ ...c, pAlive, clv: clvOf(c.id) })) };
}

const method = (input: ReportInput, ctx = ctxEn) => buildMethodSheet([], [], ctx, input);

describe("Method sheet reconciliation block", () => {
  it("sets the 12-month revenue against all history", () => {
    const revenue = table(method({ rfm, kpis, ltv }), RECONCILIATION_TABLES.revenue);
    expect(revenue.rows.map((r) => r.slice(1))).toEqual([
      [200, 200 / 450],
      [450, 1],
    ]);
    expect(revenue.rows[0][0]).toBe("Last 12 months (2024-01-01 to 2025-01-01, excluded)");
  });

  it("puts the simple, retention and model values side by side, all customers first", () => {
    const clv: Record<string, number> = { a: 90, b: 30, c: 12, d: 1, e: 2 };
    const input = { rfm, kpis, ltv: scored(0.5, (id) => clv[id]) };
    const compared = table(method(input), RECONCILIATION_TABLES.ltv);
    const overall = ltv.historical.overall;
    expect(compared.rows[0]).toEqual([
      "All customers",
      5,
      overall.simple?.value ?? null,
      overall.retention?.value ?? null,
      (90 + 30 + 12 + 1 + 2) / 5,
    ]);
    // Each segment's model value is the mean CLV of its own customers.
    for (const group of ltv.historical.segments) {
      const ids = rfm.customers.filter((c) => c.segment === group.segment).map((c) => c.id);
      const row = compared.rows.find(
        (r) => r[1] === group.customers && r[2] === (group.simple?.value ?? null)
      );
      expect(row?.[4]).toBeCloseTo(ids.reduce((s, id) => s + clv[id], 0) / ids.length, 9);
    }
    expect(compared.rows).toHaveLength(1 + ltv.historical.segments.length);
    expect(paragraphs(method(input)).some((p) => p.startsWith("Why they differ"))).toBe(true);
  });

  it("warns when mean P(alive) is above 90 % while 10 % or more are lapsed", () => {
    const lapsed = rfm.customers.filter((c) => c.segment === "lost" || c.segment === "hibernating");
    // d and e bought once, two years ago: the lowest recency and frequency scores.
    expect(lapsed.map((c) => c.id).sort()).toEqual(["d", "e"]);
    const warned = paragraphs(method({ rfm, kpis, ltv: scored(0.99, () => 1) }));
    expect(warned.filter((p) => p.startsWith("Warning: the model contradicts"))).toEqual([
      expect.stringContaining(
        "Here mean P(alive) is 99% (a = —) while 2 customers (40%) are lapsed"
      ),
    ]);
    const calm = paragraphs(method({ rfm, kpis, ltv: scored(0.9, () => 1) }));
    expect(calm.some((p) => p.startsWith("Warning"))).toBe(false);
  });

  it("speaks French", () => {
    const sheet = method({ rfm, kpis, ltv: scored(0.99, () => 1) }, ctxFr);
    expect(paragraphs(sheet).some((p) => p.startsWith("Attention : le modèle contredit"))).toBe(
      true
    );
    expect(sheet.blocks.some((b) => b.kind === "note" && b.heading === "Rapprochement")).toBe(true);
  });

  it("is absent when no analysis ran", () => {
    expect(paragraphs(method({})).some((p) => p.startsWith("Why"))).toBe(false);
    expect(
      method({}).blocks.some((b) => b.kind === "table" && b.name === RECONCILIATION_TABLES.ltv)
    ).toBe(false);
  });
});

describe("Method sheet print area", () => {
  it("stops above the reconciliation block (kept for the screen) and is unset without it", () => {
    const sheet = method({ rfm, kpis, ltv });
    const heading = sheet.blocks.find((b) => b.kind === "note" && b.heading === "Reconciliation");
    const area = sheet.print.area ?? "";
    const lastRow = Number(/(\d+)$/.exec(area)?.[1]);
    expect(lastRow).toBeLessThanOrEqual(heading!.anchor.row); // 1-based last row above it
    expect(lastRow).toBeGreaterThan(0);
    expect(method({}).print.area).toBeUndefined();
  });
});
