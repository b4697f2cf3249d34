import fc from "fast-check";
import type { CellValue } from "../../../src/analytics/domain";
import { loadAndClean } from "../../../src/analytics/pipeline";
import { memorySource } from "./memorySource";

// Any cell a real export may hold in any column: blanks, text, numbers, dates, error values,
// numbers as text with a comma, dates as text both ways.
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "",
    "  ",
    "A1",
    "B2",
    "C3",
    "n/a",
    "12,5",
    "1 234,56 €",
    "15/03/2024",
    "03/15/2024",
    "C100"
  ),
  fc.integer({ min: -5, max: 50 }),
  fc.double({ min: -100, max: 1000, noNaN: true }),
  fc.integer({ min: 44_000, max: 46_000 }), // Excel serial dates
  fc.date({
    min: new Date(Date.UTC(2020, 0, 1)),
    max: new Date(Date.UTC(2025, 0, 1)),
    noInvalidDate: true,
  }),
  fc.constantFrom({ error: "#N/A" }, { error: "#VALUE!" })
);
const row = fc.array(cell, { minLength: 0, maxLength: 6 });

describe("loadAndClean on messy sheets (property)", () => {
  it("never throws, and either fails with a PipelineError value or keeps rowsRead = rowsUsed + excluded", async () => {
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 30 }),
        fc.array(row, { maxLength: 15 }),
        fc.constantFrom<"net" | "exclude">("net", "exclude"),
        async (salesRows, contactRows, returns) => {
          const source = memorySource({
            Ventes: [
              ["Facture", "Client", "Date", "Quantité", "Prix unitaire", "Montant"],
              ...salesRows,
            ],
            Contacts: [["Client", "Campagne", "Groupe", "Date de contact"], ...contactRows],
          });
          const result = await loadAndClean(source, { returns });
          if (!result.ok) {
            expect(result.error.code).toMatch(/^quality:error\./);
            return;
          }
          succeeded++;
          const q = result.data.dataQuality;
          const excluded = (sheet?: string) =>
            q.excluded.filter((e) => !sheet || e.sheet === sheet).reduce((n, e) => n + e.count, 0);
          expect(q.rowsRead).toBe(q.rowsUsed + excluded());
          for (const s of q.sheets) expect(s.rowsRead).toBe(s.rowsUsed + excluded(s.sheet));
          expect(
            result.data.transactions.length +
              result.data.customers.length +
              result.data.contacts.length
          ).toBe(q.rowsUsed);
        }
      ),
      { numRuns: 150 }
    );
    // The headers are always recognised, so most runs must get through (the property is not vacuous).
    expect(succeeded).toBeGreaterThan(100);
  });
});
