import {
  findHeaderRow,
  mappingFromProposal,
  parseTransactions,
  proposeMapping,
} from "../../../src/analytics/input";
import type { CellValue, RawSheet } from "../../../src/analytics/domain";

/** Header row, proposed mapping and parse: what the pipeline does for one sheet. */
function read(sheet: RawSheet, culture?: string, date1904 = false) {
  const header = findHeaderRow(sheet)!;
  const mapping = mappingFromProposal(proposeMapping(header.headers, "transactions"));
  return parseTransactions(sheet, header, mapping, { date1904, culture });
}

/** A French export as users make them: a title, a blank row, then the header on Excel row 3. */
const frenchRows: CellValue[][] = [
  ["Export des ventes – Boutique Lyon"], // row 1
  [], // row 2
  ["N° client", "Date de facture", "Montant TTC", "Qté", "Prix unitaire", "N° facture", "Canal"], // 3
  ["C001", "05/03/2024", "1 234,56 €", 2, "617,28", "F-1001", "Magasin"], // 4
  [1002, 45357, 89.9, 1, 89.9, "F-1002", "Web"], // 5: serial 45357 = 2024-03-06
  [null, "", "  "], // 6: blank
  ["C003", "25/03/2024 14:30", "-45,00 €", -1, "45", "F-1003", "Web"], // 7: a return
  ["", "26/03/2024", "10", 1, 10, "F-1004", "Web"], // 8: no customer id
  ["C004", "#N/A", "10", 1, 10, "F-1005", "Web"], // 9: error in the date
  ["C005", "31/02/2024", "10", 1, 10, "F-1006", "Web"], // 10: no such day
  ["C006", "27/03/2024", "douze", 1, 10, "F-1007", "Web"], // 11: amount not a number
  ["C007", new Date(Date.UTC(2024, 2, 28, 9, 15)), { error: "#DIV/0!" }, 1, 10, "F-1008", "Web"], // 12
  ["C008", "2024-03-29", "", 3, "2,50", "F-1009", "Web"], // 13: blank amount -> 3 x 2.50
  ["C009", "29/03/2024", "12,5", "x", 12.5, "F-1010", "#N/A"], // 14: bad optional cells
  [null, null], // 15: blank
  ["C001", "30/03/2024", "(15,00)", 1, 15, "F-1011", "Magasin"], // 16: accounting negative
];
const french: RawSheet = { name: "Ventes", rows: frenchRows, firstRow: 1 };

describe("parseTransactions", () => {
  it("reads a messy French sheet: every non-blank row a record or a rejection with its Excel row", () => {
    const parsed = read(french);
    // Data rows are Excel rows 4..16 (13); rows 6 and 15 are blank; 11 rows read.
    expect(parsed.blankRows).toBe(2);
    expect(parsed.rowsRead).toBe(11);
    expect(parsed.records.length + parsed.rejected.length).toBe(parsed.rowsRead);
    expect(parsed.records.map((t) => t.source.row)).toEqual([4, 5, 7, 13, 14, 16]);
    expect(parsed.rejected).toEqual([
      { row: 8, reason: "missingCustomerId", column: "N° client" },
      { row: 9, reason: "errorCell", column: "Date de facture" },
      { row: 10, reason: "badDate", column: "Date de facture" },
      { row: 11, reason: "badAmount", column: "Montant TTC" },
      { row: 12, reason: "errorCell", column: "Montant TTC" },
    ]);
    // "25/03/2024" can only be day-first: the data settles dmy.
    expect(parsed.dateOrder).toBe("dmy");
  });

  it("reads the values: text and serial dates, comma decimals, currency, ids as text", () => {
    const [first, second, ret, computed, badOptional, accounting] = read(french).records;
    expect(first).toEqual({
      customerId: "C001",
      date: Date.UTC(2024, 2, 5),
      amount: 1234.56,
      quantity: 2,
      unitPrice: 617.28,
      invoiceId: "F-1001",
      channel: "Magasin",
      isReturn: false,
      source: { sheet: "Ventes", row: 4 },
    });
    expect(second.customerId).toBe("1002");
    expect(second.date).toBe(Date.UTC(2024, 2, 6));
    expect(ret).toMatchObject({
      amount: -45,
      quantity: -1,
      isReturn: true,
      date: Date.UTC(2024, 2, 25, 14, 30),
    });
    expect(computed.amount).toBeCloseTo(7.5, 12); // 3 x 2,50
    expect(computed.date).toBe(Date.UTC(2024, 2, 29));
    expect(badOptional).toMatchObject({ amount: 12.5, unitPrice: 12.5 });
    expect(badOptional.quantity).toBeUndefined();
    expect(badOptional.channel).toBeUndefined();
    expect(accounting).toMatchObject({ amount: -15, isReturn: true });
  });

  it("reports optional cells it could not read and the date order, aggregated by column", () => {
    const problems = read(french).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "unreadableNumber",
          column: "Qté",
          row: 14,
          params: expect.objectContaining({ count: 1 }),
        }),
        expect.objectContaining({ code: "errorValue", column: "Canal", row: 14 }),
        expect.objectContaining({
          code: "dateOrder",
          column: "Date de facture",
          params: expect.objectContaining({ order: "dmy", basis: "data" }),
        }),
      ])
    );
    expect(problems.every((p) => p.sheet === "Ventes" && p.severity === "warning")).toBe(true);
  });

  it("reads an English export: month-first dates settled by the data, amount = quantity x unit price", () => {
    const sheet: RawSheet = {
      name: "Orders",
      firstRow: 1,
      rows: [
        ["Customer ID", "Order Date", "Quantity", "Unit Price", "Order ID", "Sales Channel"],
        ["A-1", "3/25/2024 2:30 PM", "2", "$1,234.56", "SO-1", "Online"],
        ["A-2", "4/1/2024", "1", "$10.00", "C2", "Store"], // "C2": a cancellation
        ["A-3", "4/2/24", "", "$10.00", "SO-3", "Store"], // no quantity
      ],
    };
    const parsed = read(sheet, "en-GB"); // the culture says dmy, but 3/25 can only be mdy
    expect(parsed.dateOrder).toBe("mdy");
    expect(parsed.records[0]).toMatchObject({
      date: Date.UTC(2024, 2, 25, 14, 30),
      amount: 2469.12,
      quantity: 2,
      unitPrice: 1234.56,
    });
    expect(parsed.records[1]).toMatchObject({
      date: Date.UTC(2024, 3, 1),
      amount: -10, // a cancellation takes the money back
      isReturn: true,
    });
    expect(parsed.rejected).toEqual([{ row: 4, reason: "badQuantity", column: "Quantity" }]);
  });

  it("uses the culture when the data cannot decide, and the 1904 date system", () => {
    const sheet: RawSheet = {
      name: "S",
      firstRow: 10,
      rows: [
        ["Client", "Date", "Montant"],
        ["A", "01/02/2024", 1],
        ["B", 0, 2],
      ],
    };
    const us = read(sheet, "en-US", true);
    expect(us.records.map((t) => t.date)).toEqual([Date.UTC(2024, 0, 2), Date.UTC(1904, 0, 1)]);
    expect(us.problems.find((p) => p.code === "dateOrder")!.params).toMatchObject({
      order: "mdy",
      basis: "culture",
    });
    expect(read(sheet, "fr-FR").records[0].date).toBe(Date.UTC(2024, 1, 1));
  });

  it("makes a return's amount negative when the export writes it unsigned, and reads AV credit notes", () => {
    const parsed = read({
      name: "S",
      firstRow: 1,
      rows: [
        ["Client", "Date", "Montant", "Qté", "N° facture"],
        ["K1", "2024-01-02", 45, -1, "F-1"], // unsigned amount beside a negative quantity
        ["K1", "2024-01-03", 20, 1, "AV-2"], // French credit note (avoir)
        ["K1", "2024-01-04", 30, 1, "CMD-3"], // a "commande", not a cancellation
        ["K1", "2024-01-05", 10, 1, "F-4"],
      ],
    });
    expect(parsed.records.map((t) => [t.amount, t.isReturn])).toEqual([
      [-45, true],
      [-20, true],
      [30, false],
      [10, false],
    ]);
  });

  it("does not take a C prefix for a return when most invoice ids have it (a numbering scheme)", () => {
    const rows: CellValue[][] = [["Client", "Date", "Montant", "N° commande"]];
    for (let i = 1; i <= 4; i++) rows.push([`K${i}`, "2024-01-0" + i, 10, `C00${i}`]);
    const parsed = read({ name: "S", rows, firstRow: 1 });
    expect(parsed.records.every((t) => !t.isReturn)).toBe(true);
    expect(parsed.problems.map((p) => p.code)).toContain("invoicePrefixNotReturn");
  });

  it('reads "1,234" by its column: thousands next to "12,345.60", decimal next to "2,55"', () => {
    const rows = (amounts: string[]): CellValue[][] => [
      ["Client", "Date", "Montant"],
      ...amounts.map((a, i): CellValue[] => [`K${i}`, "2024-01-02", a]),
    ];
    const english = read({ name: "S", rows: rows(["1,234", "12,345.60"]), firstRow: 1 });
    expect(english.records.map((t) => t.amount)).toEqual([1234, 12345.6]);
    const french = read({ name: "S", rows: rows(["1,234", "2,55"]), firstRow: 1 }, "en-US");
    expect(french.records.map((t) => t.amount)).toEqual([1.234, 2.55]);
  });

  it("reads yyyymmdd dates, as numbers or text (CDNOW's format)", () => {
    const parsed = read({
      name: "S",
      rows: [
        ["Client", "Date", "Montant"],
        ["K1", 19970101, 1],
        ["K2", "19980630", 2],
      ],
      firstRow: 1,
    });
    expect(parsed.records.map((t) => t.date)).toEqual([
      Date.UTC(1997, 0, 1),
      Date.UTC(1998, 5, 30),
    ]);
  });

  describe("edge cases", () => {
    it("a sheet with only a header reads nothing", () => {
      const parsed = read({ name: "S", rows: [["Client", "Date", "Montant"]], firstRow: 1 });
      expect(parsed).toMatchObject({
        records: [],
        rejected: [],
        rowsRead: 0,
        blankRows: 0,
        dateOrder: "iso",
      });
    });
    it("a header repeated inside the data (report page breaks) is rejected as such", () => {
      const rows: CellValue[][] = [
        ["Client", "Date", "Montant"],
        ["A", "2024-01-01", 5],
        ["Client", "Date", "Montant"],
        ["B", "2024-01-02", "€ -"],
      ];
      const parsed = read({ name: "S", rows, firstRow: 1 });
      expect(parsed.rejected).toEqual([{ row: 3, reason: "repeatedHeader" }]);
      // "€ -" is Excel's accounting zero.
      expect(parsed.records.map((t) => t.amount)).toEqual([5, 0]);
    });
    it("a footer line such as a total is rejected, not silently dropped", () => {
      const parsed = read({
        name: "S",
        rows: [
          ["Client", "Date", "Montant"],
          ["A", "2024-01-01", 5],
          [null, "Total", 5],
        ],
        firstRow: 1,
      });
      expect(parsed.rejected).toEqual([{ row: 3, reason: "missingCustomerId", column: "Client" }]);
    });
    it("short rows and an unmapped quantity/price without amount", () => {
      const parsed = read({
        name: "S",
        rows: [
          ["Client", "Date", "Montant"],
          ["A", "2024-01-01"],
        ],
        firstRow: 1,
      });
      expect(parsed.rejected).toEqual([{ row: 2, reason: "missingAmount", column: "Montant" }]);
    });
    it("ids written as float text lose their .0 and ids are trimmed", () => {
      const parsed = read({
        name: "S",
        rows: [
          ["Client", "Date", "Montant"],
          ["17850.0", "2024-01-01", 1],
          ["  B7 ", "2024-01-01", 1],
        ],
        firstRow: 1,
      });
      expect(parsed.records.map((t) => t.customerId)).toEqual(["17850", "B7"]);
    });
  });
});
