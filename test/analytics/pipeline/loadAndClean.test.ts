import type { CellValue } from "../../../src/analytics/domain";
import { translator } from "../../../src/i18n";
import {
  dataQualityJson,
  describePipelineError,
  loadAndClean,
  type CleanData,
  type PipelineResult,
} from "../../../src/analytics/pipeline";
import { memorySource } from "./memorySource";

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

// A small French workbook as users have them: a title above the header of the sales sheet, a
// return, a row without a customer id, an exact duplicate, a text date, a contact for a customer
// not on the customers sheet, and a sheet of notes that is none of the three kinds.
const ventes: CellValue[][] = [
  ["Export des ventes 2024", null, null, null, null], // row 1: title
  [null, null, null, null, null], //                      row 2: blank
  ["N° facture", "Code client", "Date de facture", "Quantité", "Prix unitaire"], // row 3
  ["F1", "A", d(2024, 3, 1), 2, 5], //                    row 4: 10.00
  ["F2", "B", d(2024, 3, 5), 1, 20], //                   row 5: 20.00
  ["C3", "B", d(2024, 3, 9), -1, 20], //                  row 6: return of F2
  ["F4", null, d(2024, 3, 9), 1, 7], //                   row 7: no customer id
  ["F2", "B", d(2024, 3, 5), 1, 20], //                   row 8: duplicate of row 5
  ["F5", "A", "15/03/2024", 3, 2], //                     row 9: text date, 6.00
];
const clients: CellValue[][] = [
  ["N° client", "Nom", "Région"],
  ["A", "Alice", "Bretagne"],
  ["B", "Bruno", "Corse"],
];
const contacts: CellValue[][] = [
  ["N° client", "Campagne", "Groupe", "Date de contact", "Canal"],
  ["A", "Printemps", "Ciblé", d(2024, 3, 2), "Email"],
  ["B", "Printemps", "Témoin", d(2024, 3, 2), null],
  ["Z", "Printemps", "Ciblé", d(2024, 3, 2), "SMS"], // row 4: unknown customer
];
const notes: CellValue[][] = [
  ["Notes", "Auteur"],
  ["Vérifier mars", "JD"],
];
const workbook = { Notes: notes, Ventes: ventes, Clients: clients, Contacts: contacts };

function ok(result: PipelineResult): CleanData {
  if (!result.ok) throw new Error(`pipeline failed: ${result.error.code}`);
  return result.data;
}

describe("loadAndClean", () => {
  it("finds, maps, parses and cleans the three sheets of a French workbook", async () => {
    const data = ok(await loadAndClean(memorySource(workbook)));
    expect(data.sheets.map((s) => [s.kind, s.sheet, s.header.excelRow])).toEqual([
      ["transactions", "Ventes", 3],
      ["customers", "Clients", 1],
      ["contacts", "Contacts", 1],
    ]);
    const ventesUse = data.sheets[0];
    expect(ventesUse.mapping).toMatchObject({
      invoiceId: 0,
      customerId: 1,
      date: 2,
      quantity: 3,
      unitPrice: 4,
    });

    // Transactions used: rows 4, 5, 6 (return, netted) and 9 (text date read dd/mm).
    expect(data.transactions.map((t) => [t.source.row, t.amount])).toEqual([
      [4, 10],
      [5, 20],
      [6, -20],
      [9, 6],
    ]);
    expect(data.transactions[3].date).toBe(Date.UTC(2024, 2, 15));
    expect(data.customers.map((c) => c.id)).toEqual(["A", "B"]);
    expect(data.contacts.map((c) => [c.customerId, c.group])).toEqual([
      ["A", "treated"],
      ["B", "control"],
    ]);

    const q = data.dataQuality;
    // Read: 6 transaction rows + 2 customers + 3 contacts = 11; used 4 + 2 + 2 = 8.
    expect([q.rowsRead, q.rowsUsed]).toEqual([11, 8]);
    expect(q.excluded.map((e) => [e.sheet, e.reason, e.count, e.rows])).toEqual([
      ["Ventes", "missingCustomerId", 1, [7]],
      ["Ventes", "duplicateRow", 1, [8]],
      ["Contacts", "unknownCustomer", 1, [4]],
    ]);
    expect(q.flagged).toEqual([{ sheet: "Ventes", reason: "returnNetted", count: 1, rows: [6] }]);
    expect(
      data.problems.some(
        (p) => p.code === "quality:warning.sheetNotRecognised" && p.sheet === "Notes"
      )
    ).toBe(true);
    // No analysis date given: the day after the last transaction used (15 March).
    expect(data.asOf).toBe(Date.UTC(2024, 2, 16));
  });

  it("excludes rows after the analysis date and the returns with the options", async () => {
    const data = ok(
      await loadAndClean(memorySource(workbook), { asOf: Date.UTC(2024, 2, 6), returns: "exclude" })
    );
    // Row 6 (9 March) is after 6 March: that rule comes before the return rule; row 9 (15 March) too.
    expect(data.transactions.map((t) => t.source.row)).toEqual([4, 5]);
    expect(data.dataQuality.excluded.find((e) => e.reason === "afterAnalysisDate")?.rows).toEqual([
      6, 9,
    ]);
    expect(data.asOf).toBe(Date.UTC(2024, 2, 6));
  });

  it("uses the sheets and columns the user forced", async () => {
    // The user maps "Quantité" (column D) to the amount: the input layer reads an amount column
    // in preference to quantity x price, so row 4's amount is its quantity, 2.
    const data = ok(
      await loadAndClean(memorySource(workbook), {
        sheets: { transactions: "Ventes", customers: "Clients" },
        mappings: { transactions: { amount: 3 } },
      })
    );
    expect(data.sheets.find((s) => s.kind === "transactions")?.mapping.amount).toBe(3);
    expect(data.transactions[0].amount).toBe(2);
  });

  it("keeps rowsRead = rowsUsed + excluded per sheet and overall", async () => {
    const q = ok(await loadAndClean(memorySource(workbook))).dataQuality;
    const excluded = (sheet?: string) =>
      q.excluded.filter((e) => !sheet || e.sheet === sheet).reduce((n, e) => n + e.count, 0);
    expect(q.rowsRead).toBe(q.rowsUsed + excluded());
    for (const s of q.sheets) expect(s.rowsRead).toBe(s.rowsUsed + excluded(s.sheet));
  });

  it("reports reading progress sheet by sheet", async () => {
    const seen: string[] = [];
    await loadAndClean(memorySource(workbook), {
      onReadProgress: (sheet, read, total) => seen.push(`${sheet} ${read}/${total}`),
    });
    expect(seen).toEqual(["Notes 2/2", "Ventes 9/9", "Clients 3/3", "Contacts 4/4"]);
  });

  describe("fatal problems, as values", () => {
    it("no transactions and no contacts sheet", async () => {
      const result = await loadAndClean(memorySource({ Clients: clients, Notes: notes }));
      expect(result).toEqual({
        ok: false,
        error: { code: "quality:error.noUsableSheet", params: {} },
      });
    });

    it("a forced sheet that does not exist", async () => {
      const result = await loadAndClean(memorySource(workbook), {
        sheets: { transactions: "Sales" },
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatchObject({ code: "quality:error.sheetNotFound", sheet: "Sales" });
        expect(describePipelineError(result.error, translator("en"))).toBe(
          "Sheet Sales does not exist in the workbook."
        );
      }
    });

    it("a forced sheet without a required column names the sheet, the field and the header row", async () => {
      const result = await loadAndClean(memorySource(workbook), {
        sheets: { transactions: "Clients" },
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toEqual({
          code: "quality:error.missingRequiredColumn",
          sheet: "Clients",
          row: 1,
          params: { sheet: "Clients", field: "date", row: 1 },
        });
        expect(describePipelineError(result.error, translator("fr"))).toBe(
          "Feuille Clients : aucune colonne trouvée pour le champ obligatoire date."
        );
      }
    });

    it("a chosen column outside the sheet", async () => {
      const result = await loadAndClean(memorySource(workbook), {
        mappings: { transactions: { amount: 7 } },
      });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error).toMatchObject({ code: "quality:error.unknownColumn", column: "H" });
    });
  });

  describe("edge cases", () => {
    it("a workbook with only a contacts sheet is enough", async () => {
      const data = ok(await loadAndClean(memorySource({ Contacts: contacts })));
      expect(data.contacts).toHaveLength(3);
      expect(data.asOf).toBeUndefined();
      expect(data.problems.map((p) => p.code)).toContain("quality:warning.contactsNotChecked");
    });

    it("an empty sheet is skipped without a warning; a sheet of numbers gets one", async () => {
      const data = ok(
        await loadAndClean(
          memorySource({
            Vide: [],
            Chiffres: [
              [1, 2],
              [3, 4],
            ],
            Ventes: ventes,
          })
        )
      );
      expect(
        data.problems.filter((p) => p.code.startsWith("quality:warning")).map((p) => p.sheet)
      ).toEqual(["Chiffres"]);
    });

    it("two sales sheets: the better one is used and the other named in a warning", async () => {
      const data = ok(await loadAndClean(memorySource({ Ventes: ventes, Copie: ventes })));
      expect(data.sheets.map((s) => s.sheet)).toEqual(["Ventes"]);
      expect(data.problems).toContainEqual(
        expect.objectContaining({ code: "quality:warning.duplicateKind", sheet: "Copie" })
      );
    });
  });
});

describe("dataQualityJson", () => {
  it("gives DESIGN.md's { rowsRead, rowsUsed, excluded: [{ reason, count, rows }] } with sheets", async () => {
    const json = dataQualityJson(ok(await loadAndClean(memorySource(workbook))).dataQuality);
    expect(json).toEqual({
      rowsRead: 11,
      rowsUsed: 8,
      excluded: [
        { sheet: "Ventes", reason: "missingCustomerId", count: 1, rows: [7] },
        { sheet: "Ventes", reason: "duplicateRow", count: 1, rows: [8] },
        { sheet: "Contacts", reason: "unknownCustomer", count: 1, rows: [4] },
      ],
      flagged: [{ sheet: "Ventes", reason: "returnNetted", count: 1, rows: [6] }],
    });
  });
});
