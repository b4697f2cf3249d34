import fc from "fast-check";
import type { CellValue, TextColumn } from "../../../src/analytics/domain";
import {
  codeAt,
  ID_ERROR,
  ID_NONE,
  type IdentifierColumn,
  readIdentifierColumn,
  readIdentifierTextColumn,
} from "../../../src/analytics/input/identifierColumn";
import { cellErrorCode } from "../../../src/analytics/input/values/errorValue";
import { identifierText } from "../../../src/analytics/input/values/identifierText";

/** What a row reader reads from one cell: an error, no identifier, or identifierText's text. */
function expected(value: CellValue): string | typeof ID_ERROR | typeof ID_NONE {
  if (cellErrorCode(value)) return ID_ERROR;
  const text = identifierText(value);
  return text === "" ? ID_NONE : text;
}

/** Row i's identifier as the column codes it. */
function decoded(column: IdentifierColumn, i: number): string | number {
  const code = codeAt(column, i);
  return code < 0 ? code : column.texts[code];
}

/** The cells as a columnar sheet's column: each distinct text one id (id 0: an empty cell). */
function textColumn(cells: readonly (string | null)[]): TextColumn {
  const texts: (string | null)[] = [null];
  const ids = new Uint32Array(cells.length);
  cells.forEach((cell, i) => {
    if (cell === null || cell === "") return;
    let id = texts.indexOf(cell, 1);
    if (id < 0) id = texts.push(cell) - 1;
    ids[i] = id;
  });
  return { ids, texts };
}

describe("identifier columns", () => {
  it("read a hand-checked column: trimmed texts, float-exported ids, blanks and errors", () => {
    const cells: CellValue[] = [
      "head",
      " K1 ",
      "K1",
      "17850.0",
      17850,
      "",
      "  ",
      "#N/A",
      null,
      "k1",
    ];
    const rows = cells.map((c) => [c]);
    const column = readIdentifierColumn(rows, 1, 0);
    expect(Array.from(column.codes)).toEqual([
      ID_NONE,
      0,
      0,
      1,
      1,
      ID_NONE,
      ID_NONE,
      ID_ERROR,
      ID_NONE,
      2,
    ]);
    expect(column.texts).toEqual(["K1", "17850", "k1"]);
  });

  it("give every row the identifier a row reader reads, from rows or from columns", () => {
    const cell = fc.constantFrom<string | null>(
      "",
      " ",
      "K1",
      " K1",
      "K2",
      "17850.0",
      "17850",
      "#N/A",
      "#nom?",
      "x",
      null
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), fc.nat(3), (cells, from) => {
        const byRows = readIdentifierColumn(
          cells.map((c) => [c]),
          from,
          0
        );
        const byColumns = readIdentifierTextColumn(cells.length, from, textColumn(cells));
        cells.forEach((value, i) => {
          const want = i < from ? ID_NONE : expected(value);
          expect(decoded(byRows, i)).toBe(want);
          expect(decoded(byColumns, i)).toBe(want);
        });
        // The same texts, numbered in the same order (first appearance).
        expect(byColumns.texts).toEqual(byRows.texts);
        expect(new Set(byRows.texts).size).toBe(byRows.texts.length);
      })
    );
  });

  it("read an unmapped column as no identifier on every row", () => {
    expect(codeAt(readIdentifierColumn([["a"], ["b"]], 0, undefined), 1)).toBe(ID_NONE);
    expect(codeAt(readIdentifierTextColumn(2, 0, undefined), 0)).toBe(ID_NONE);
  });
});
