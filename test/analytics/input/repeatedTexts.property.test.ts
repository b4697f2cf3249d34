import fc from "fast-check";
import type { CellValue } from "../../../src/analytics/domain";
import { parseDateCell, parseNumberCell } from "../../../src/analytics/input";
import { CELL_BLANK, readTypedColumn } from "../../../src/analytics/input/typedColumn";
import { RowRejection, SheetReader } from "../../../src/analytics/input/sheetReader";
import { decideDecimalSeparator } from "../../../src/analytics/input/values/decimalSeparator";
import { decideDateOrder } from "../../../src/analytics/input/values/dateOrder";
import { isDateCellPastLastDay } from "../../../src/analytics/input/values/dateCell";

/** Few distinct cells, so that the same text often follows itself down a column. */
const cell = fc.constantFrom<CellValue>(
  null,
  "  ",
  "12,50",
  "1.234",
  "1,234",
  "2.55",
  "#N/A",
  "abc",
  "99999999",
  "2010-12-01 08:26:00",
  "01/12/2010",
  "13/12/2010",
  "12/13/2010 8:26",
  12.5,
  true
);
const column = fc.array(cell, { maxLength: 40 });

describe("texts repeated down a column are read once (property)", () => {
  it("readTypedColumn gives each row what the row read alone gives", () => {
    const readers = [
      (v: CellValue) => parseNumberCell(v, "fr-FR", ","),
      (v: CellValue) => parseDateCell(v, { date1904: false, order: "dmy" }),
    ];
    fc.assert(
      fc.property(column, fc.constantFrom(0, 1), (cells, k) => {
        const past = (v: CellValue) => isDateCellPastLastDay(v, false);
        const read = readTypedColumn(
          cells.map((c) => [c]),
          0,
          0,
          readers[k],
          past
        );
        cells.forEach((c, i) => {
          const alone = readTypedColumn([[c]], 0, 0, readers[k], past);
          expect([read.values[i], read.status[i]]).toEqual([alone.values[0], alone.status[0]]);
        });
      })
    );
  });

  it("readTypedColumn leaves the rows above `from`, and every row of an unmapped column, blank", () => {
    const read = readTypedColumn([["12"], ["12"], ["x"]], 1, 0, (v) => parseNumberCell(v));
    expect(Array.from(read.status)).toEqual([CELL_BLANK, 0, 3]);
    expect(Array.from(read.values)).toEqual([0, 12, 0]);
    const unmapped = readTypedColumn([["12"]], 0, undefined, () => 1);
    expect(Array.from(unmapped.status)).toEqual([CELL_BLANK]);
  });

  it("decideDecimalSeparator counts each text's evidence as if judged alone", () => {
    fc.assert(
      fc.property(column, (cells) => {
        let points = 0;
        let commas = 0;
        for (const c of cells) {
          const alone = decideDecimalSeparator([c]);
          if (alone === ".") points++;
          else if (alone === ",") commas++;
        }
        const expected = points + commas === 0 ? null : points >= commas ? "." : ",";
        expect(decideDecimalSeparator(cells)).toBe(expected);
      })
    );
  });

  it("decideDateOrder decides as when no text follows itself", () => {
    fc.assert(
      fc.property(column, (cells) => {
        // A distinct text that is no date between every two cells: nothing repeats.
        const apart = cells.flatMap((c, i) => [c, `x${i}`]);
        expect(decideDateOrder(cells, {})).toEqual(decideDateOrder(apart, {}));
      })
    );
  });

  it("a reader's ids and optional texts are those of each row read by a reader of its own", () => {
    const text = fc.constantFrom<CellValue>(
      null,
      " ",
      "K1",
      " K1",
      "17850.0",
      "17850",
      "#N/A",
      17850,
      { error: "#REF!" }
    );
    const header = { index: 0, excelRow: 1, headers: ["Client", "Facture"] };
    const readRows = (rows: CellValue[][]) => {
      const sheet = { name: "S", rows: [["Client", "Facture"], ...rows], firstRow: 1 };
      const reader = new SheetReader(
        sheet,
        header,
        { customerId: 0, invoiceId: 1 },
        {
          date1904: false,
        }
      );
      return reader.parseRows(() => {
        const id = reader.textOrRejection("customerId", "missingCustomerId");
        const invoice = reader.optionalText("invoiceId");
        return [id instanceof RowRejection ? id.reason : id, invoice ?? "-"];
      }).records;
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 30 }), (rows) => {
        const alone = rows.flatMap((row) => readRows([row]));
        expect(readRows(rows)).toEqual(alone);
      })
    );
  });
});
