import { MessageChannel } from "node:worker_threads";
import fc from "fast-check";
import type { CellValue, RawSheet } from "../../../src/analytics/domain";
import {
  packSheets,
  transferablesOf,
  unpackSheets,
  type PackedSheets,
} from "../../../src/taskpane/worker/packedSheets";

/** Every kind of cell a host hands over (src/analytics/domain.ts CellValue), and odd values. */
const everyKind: RawSheet = {
  name: "Ventes",
  firstRow: 3,
  tableName: "Ventes2024",
  malformedRows: [2],
  quotesAsTextRows: [1],
  columnFormats: ["@", null, "0.00 €", "dd/mm/yyyy"],
  rows: [
    ["Client", "Montant", "Payé", "Date", "Erreur"],
    ["A1", 12.5, true, new Date(Date.UTC(2024, 0, 5)), { error: "#N/A" }],
    ["", -0, false, new Date(Date.UTC(1899, 11, 30, 12)), { error: "#VALEUR!" }],
    [null, Number.NaN, null, new Date(Number.NaN), "#N/A"],
    ["A1", Infinity, -Infinity, 45_296, Number.MAX_VALUE],
    // texts a joined string must keep apart: separators, a lone surrogate, emoji, long text
    ["\u0000", "a\u0000b", "\ud800", "é😀", "x".repeat(40_000)],
    [], // a short row: lengths are kept
    ["only"],
  ],
};
const second: RawSheet = {
  name: "Contacts",
  firstRow: 1,
  rows: [
    ["A1", "#N/A", { error: "#N/A" }], // texts shared with the first sheet
  ],
};
const empty: RawSheet = { name: "Vide", firstRow: 1, rows: [] };

/**
 * What posting the sheets gives the worker: a structured clone. Node's clone makes its Dates in
 * the host's realm, not jest's, so both sides compare with each Date as its instant (and the
 * unpacked cells are checked to be this realm's Dates).
 */
const cloned = (sheets: RawSheet[]) => comparable(structuredClone(sheets));
const comparable = (sheets: RawSheet[]) =>
  sheets.map((sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) =>
      Array.from(row, (cell) =>
        Object.prototype.toString.call(cell) === "[object Date]"
          ? { date: (cell as Date).getTime() }
          : cell
      )
    ),
  }));
const unpacked = (packed: PackedSheets) => {
  const sheets = unpackSheets(packed);
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      for (const cell of row) {
        if (Object.prototype.toString.call(cell) === "[object Date]") {
          expect(cell).toBeInstanceOf(Date);
        }
      }
    }
  }
  return comparable(sheets);
};

describe("packSheets and unpackSheets", () => {
  it("give back the sheets a structured clone gives, for every kind of cell", () => {
    const sheets = [everyKind, second, empty];
    expect(unpacked(packSheets(sheets))).toStrictEqual(cloned(sheets));
    const back = unpackSheets(packSheets(sheets));
    // -0, NaN and an invalid date survive as themselves (toStrictEqual checks them with Object.is)
    expect(Object.is(back[0].rows[2][1], -0)).toBe(true);
    expect(Number.isNaN((back[0].rows[3][3] as Date).getTime())).toBe(true);
    // an error cell stays an error, distinct from the same text in a text cell
    expect(back[0].rows[3][4]).toBe("#N/A");
    expect(back[0].rows[1][4]).toEqual({ error: "#N/A" });
    expect(back[0].rows[1][3]).toBeInstanceOf(Date);
  });

  it("hold a column's repeated texts once, in order of use", () => {
    const sheet: RawSheet = {
      name: "T",
      firstRow: 1,
      rows: [
        ["web", "A1", { error: "#N/A" }],
        ["web", "web", { error: "#N/A" }],
        ["store", "A1", "#N/A"],
      ],
    };
    const packed = packSheets([sheet]);
    // column 0: web, store; column 1: A1, web; error codes: #N/A; column 2's text: #N/A
    expect(packed.texts).toEqual(["webA1#N/Awebstore#N/A"]);
    expect([...packed.textEnds]).toEqual([3, 5, 9, 12, 17, 21]);
    const back = unpackSheets(packed);
    expect(back[0].rows[0][0]).toBe(back[0].rows[1][0]);
    expect(comparable(back)).toStrictEqual(cloned([sheet]));
  });

  it("add a column of mostly distinct texts text by text, with the same values", () => {
    // 40,000 invoice ids, each on two lines far apart, and a column of three channels
    const rows = Array.from({ length: 80_000 }, (_, i) => [
      `INV${i % 40_000}`,
      ["web", "store", "phone"][i % 3],
    ]);
    const sheet: RawSheet = { name: "T", firstRow: 1, rows };
    const packed = packSheets([sheet]);
    // the channels once each; the invoice ids, all distinct when the column is probed, once a line
    expect(packed.textEnds.length).toBe(80_000 + 3);
    // (texts and nothing else: their JSON is the exact comparison, and fast on 80,000 rows)
    expect(JSON.stringify(unpackSheets(packed))).toBe(JSON.stringify([sheet]));
  });

  it("split the text table into strings no longer than the bound, a longer text alone", () => {
    const sheet: RawSheet = {
      name: "T",
      firstRow: 1,
      rows: [["abc", "de", "fghij", "k", "lmnopqrstu", "v"]],
    };
    const packed = packSheets([sheet], 5);
    expect(packed.texts).toEqual(["abcde", "fghij", "k", "lmnopqrstu", "v"]);
    expect([...packed.textCounts]).toEqual([2, 1, 1, 1, 1]);
    expect(unpacked(packed)).toStrictEqual(cloned([sheet]));
  });

  it("cross a real message channel with the typed arrays moved, not copied", async () => {
    const sheets = [everyKind, second];
    const packed = packSheets(sheets);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<PackedSheets>((resolve) => port2.once("message", resolve));
    port1.postMessage(packed, transferablesOf(packed));
    const arrived = await received;
    port1.close();
    // the sender's buffers are detached: nothing was left behind to copy
    expect(packed.sheets[0].values.byteLength).toBe(0);
    expect(unpacked(arrived)).toStrictEqual(cloned(sheets));
  });

  it("keep a row's holes as empty cells of the same length", () => {
    const holey: CellValue[] = ["a"];
    holey[3] = 4;
    const sheet: RawSheet = { name: "H", firstRow: 1, rows: [holey] };
    const row = unpackSheets(packSheets([sheet]))[0].rows[0];
    expect(row).toHaveLength(4);
    expect([row[0], row[1] ?? null, row[2] ?? null, row[3]]).toEqual(["a", null, null, 4]);
  });

  it("match a structured clone on any sheets (property)", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.string({ unit: "binary" }),
      fc.constantFrom("", "#N/A", "A1"),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.constantFrom("#N/A", "#REF!", "#VALEUR!").map((error) => ({ error }))
    );
    const sheet = fc.record({
      name: fc.string(),
      firstRow: fc.integer({ min: 1, max: 1_048_576 }),
      rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(
        fc.array(sheet, { maxLength: 3 }),
        fc.integer({ min: 1, max: 8 }),
        (sheets, chunk) => {
          expect(unpacked(packSheets(sheets, chunk))).toStrictEqual(cloned(sheets));
        }
      )
    );
  });

  describe("edge cases", () => {
    it("no sheet, and a sheet without rows", () => {
      expect(unpackSheets(packSheets([]))).toEqual([]);
      expect(unpacked(packSheets([empty]))).toStrictEqual(cloned([empty]));
    });
  });
});
