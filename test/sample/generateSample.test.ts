import { readFileSync } from "node:fs";
import path from "node:path";
import { dayNumber, MS_PER_DAY } from "../../src/analytics/domain";
import { englishVariant } from "../../scripts/sample/englishVariant";
import {
  DEFAULT_SAMPLE,
  generateSample,
  type SampleCell,
  type SampleTruth,
} from "../../scripts/sample/generateSample";
import { XlsxWorkbookSource } from "../../src/xlsx/workbookSourceXlsx";

const ROOT = path.resolve(__dirname, "../..");
const readTruth = (file: string): SampleTruth =>
  JSON.parse(readFileSync(path.join(ROOT, file), "utf8"));

/** Comparable form of a cell: dates by their time, the rest as is. */
const plain = (v: SampleCell | unknown) => (v instanceof Date ? v.getTime() : v);

describe("generateSample", () => {
  const small = generateSample({ seed: 7, customers: 300 });

  it("is deterministic: the same seed gives the same values, another seed others", () => {
    expect(generateSample({ seed: 7, customers: 300 })).toEqual(small);
    expect(generateSample({ seed: 8, customers: 300 }).sheets[1].rows).not.toEqual(
      small.sheets[1].rows
    );
  });

  it("writes French headers and the three sheets", () => {
    expect(small.sheets.map((s) => [s.name, s.headers])).toEqual([
      ["Clients", ["N° client", "Nom", "Date d'inscription", "Région", "Tranche d'âge"]],
      [
        "Transactions",
        [
          "N° facture",
          "N° client",
          "Date",
          "Catégorie",
          "Canal de vente",
          "Quantité",
          "Prix unitaire",
          "Montant",
        ],
      ],
      [
        "Contacts",
        ["N° client", "Campagne", "Canal", "Groupe", "Date de contact", "Coût par contact"],
      ],
    ]);
  });

  it("keeps amount = quantity x unit price on every line, negative on returns ('C' invoices)", () => {
    const wrong = small.sheets[1].rows.filter(
      ([invoice, , , , , quantity, price, amount]) =>
        Math.abs((amount as number) - (quantity as number) * (price as number)) > 1e-9 ||
        String(invoice).startsWith("C") !== (quantity as number) < 0
    );
    expect(wrong).toEqual([]);
  });

  it("the committed English fixture is the generator's output for its seed and size", async () => {
    const truth = readTruth("test/fixtures/sample-en/crm-sample-en.truth.json");
    const expected = englishVariant(
      generateSample({ seed: truth.generator.seed, customers: truth.generator.customers })
    );
    expect(truth).toEqual(JSON.parse(JSON.stringify(expected.truth)));
    const source = await XlsxWorkbookSource.load(
      readFileSync(path.join(ROOT, "test/fixtures/sample-en/crm-sample-en.xlsx"))
    );
    const names = (await source.listSheets()).map((s) => s.name);
    expect(names).toEqual(["Customers", "Transactions", "Contacts"]);
    for (const [i, name] of names.entries()) {
      const sheet = await source.readSheet(name);
      const want = [expected.sheets[i].headers, ...expected.sheets[i].rows];
      expect(sheet.rows.map((r) => r.map(plain))).toEqual(want.map((r) => r.map(plain)));
    }
  });
});

describe("the sample workbook's truth file", () => {
  // The 5,000-customer sample, regenerated (1-2 s) and checked against the committed truth.
  const sample = generateSample(DEFAULT_SAMPLE);
  const truth = readTruth("assets/sample/crm-sample.truth.json");
  const [clients, transactions, contacts] = sample.sheets;

  it("matches the generator (the committed file is up to date)", () => {
    expect(truth).toEqual(JSON.parse(JSON.stringify(sample.truth)));
  });

  it("counts what the sheets hold", () => {
    expect(truth.counts.customers).toBe(clients.rows.length);
    expect(truth.counts.transactionRows).toBe(transactions.rows.length);
    expect(truth.counts.contactRows).toBe(contacts.rows.length);
    expect(truth.counts.returnLines).toBe(
      transactions.rows.filter((r) => String(r[0]).startsWith("C")).length
    );
    expect(transactions.rows.length).toBeGreaterThan(70_000);
    expect(truth.counts.returnLines / transactions.rows.length).toBeGreaterThan(0.015);
    expect(truth.counts.returnLines / transactions.rows.length).toBeLessThan(0.025);
  });

  it("points at the planted messy rows (Excel row = index + 2)", () => {
    const row = (excelRow: number) => transactions.rows[excelRow - 2];
    expect(truth.messyRows.noCustomerId).toHaveLength(30);
    for (const r of truth.messyRows.noCustomerId) expect(row(r)[1]).toBeNull();
    expect(truth.messyRows.textDate).toHaveLength(40);
    for (const r of truth.messyRows.textDate) expect(row(r)[2]).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(truth.messyRows.textDate.some((r) => Number(String(row(r)[2]).slice(0, 2)) > 12)).toBe(
      true
    );
    expect(truth.messyRows.duplicate).toHaveLength(25);
    for (const r of truth.messyRows.duplicate)
      expect(row(r).map(plain)).toEqual(row(r - 1).map(plain));
  });

  it("splits each campaign 45 / 45 / 10 within three standard errors", () => {
    for (const c of truth.campaigns) {
      const rows = contacts.rows.filter((r) => r[1] === c.name);
      const email = rows.filter((r) => r[2] === "Email").length;
      const sms = rows.filter((r) => r[2] === "SMS").length;
      const control = rows.filter((r) => r[3] === "Témoin").length;
      expect({ email, sms, control }).toEqual(c.arms);
      for (const [n, p] of [
        [email, 0.45],
        [sms, 0.45],
        [control, 0.1],
      ]) {
        expect(Math.abs(n / rows.length - p)).toBeLessThan(
          3 * Math.sqrt((p * (1 - p)) / rows.length)
        );
      }
    }
  });

  it("has the skew of real customers: most buy once or twice, a few very often", () => {
    const invoices = new Map<string, Set<string>>();
    for (const [invoice, customer] of transactions.rows) {
      if (customer === null || String(invoice).startsWith("C")) continue;
      const set = invoices.get(String(customer)) ?? new Set<string>();
      set.add(String(invoice));
      invoices.set(String(customer), set);
    }
    const counts = [...invoices.values()].map((s) => s.size);
    expect(counts.filter((n) => n <= 2).length / counts.length).toBeGreaterThan(0.4);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(30);
  });

  it("realises the planted effects in the Transactions sheet", () => {
    // Recomputed from the sheets alone: a contact converts when its customer has a purchase line
    // (not a "C" invoice) on the contact day or the 29 days after; tiers from the truth file.
    const purchaseDays = new Map<string, Set<number>>();
    for (const [invoice, customer, date] of transactions.rows) {
      if (customer === null || String(invoice).startsWith("C")) continue;
      const dayNo =
        date instanceof Date
          ? dayNumber(date.getTime())
          : dayNumber(
              Date.UTC(
                +String(date).slice(6),
                +String(date).slice(3, 5) - 1,
                +String(date).slice(0, 2)
              )
            );
      const set = purchaseDays.get(String(customer)) ?? new Set<number>();
      set.add(dayNo);
      purchaseDays.set(String(customer), set);
    }
    const converted = (customer: string, contactDay: number) => {
      const days = purchaseDays.get(customer);
      for (let k = 0; k < 30; k++) if (days?.has(contactDay + k)) return true;
      return false;
    };
    const pooled = { best: [0, 0, 0, 0], regular: [0, 0, 0, 0] }; // treated n, conv, control n, conv
    for (const c of truth.campaigns) {
      for (const tier of ["best", "regular"] as const) {
        const members = new Set(c.tierMembers[tier]);
        const tally = [0, 0, 0, 0];
        for (const [customer, campaign, , group, date] of contacts.rows) {
          if (campaign !== c.name || !members.has(String(customer))) continue;
          const k = group === "Ciblé" ? 0 : 2;
          tally[k]++;
          if (converted(String(customer), (date as Date).getTime() / MS_PER_DAY)) tally[k + 1]++;
        }
        const outcome = c.tiers.find((t) => t.tier === tier)!;
        expect(tally).toEqual([
          outcome.treated.n,
          outcome.treated.conversions,
          outcome.control.n,
          outcome.control.conversions,
        ]);
        tally.forEach((v, i) => (pooled[tier][i] += v));
        const uplift = tally[1] / tally[0] - tally[3] / tally[2];
        // Regular customers: a positive effect in every campaign; best ones: negative in sign.
        if (tier === "regular") expect(uplift).toBeGreaterThan(0.03);
        else expect(uplift).toBeLessThan(0);
      }
    }
    const rate = (t: number[], k: number) => t[k + 1] / t[k];
    expect(rate(pooled.regular, 0) - rate(pooled.regular, 2)).toBeGreaterThan(0.05);
    expect(rate(pooled.best, 0) - rate(pooled.best, 2)).toBeLessThan(-0.05);
    expect(truth.pooled.find((p) => p.tier === "regular")?.expectedVerdict).toBe("positive");
    expect(truth.pooled.find((p) => p.tier === "best")?.expectedVerdict).toBe("negative");
  });
});
