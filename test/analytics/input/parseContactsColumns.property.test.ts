import fc from "fast-check";
import type { CellValue, RawSheet, SheetColumns } from "../../../src/analytics/domain";
import {
  parseContacts,
  type ColumnMapping,
  type HeaderRow,
  type ParseOptions,
} from "../../../src/analytics/input";
import { columnarSheet } from "../../../src/analytics/input/sheetGrid";
import { parseContactsByRow } from "../../support/parseContactsByRow";
import { anyMapping } from "../../support/anyMapping";

/** Texts a contacts sheet meets: ids, groups in both languages, flags, dates good and bad. */
const texts = [
  "",
  "  ",
  "K1",
  " K2 ",
  "17850.0",
  "Printemps",
  "Ciblé",
  "témoin",
  "Control",
  "treatment",
  "oui",
  "non",
  "1",
  "0",
  "maybe",
  "#N/A",
  " #valeur! ",
  "01/02/2024",
  "13/02/2024",
  "2024-02-01 08:26:00",
  "31/02/2024",
  "99999999",
  "40513,35",
  "0,15 €",
  "abc",
];

/** Any cell of a row-major host: the texts, numbers, booleans, dates and error values. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(...texts, null, 40513.35, 1, 0, -1, true, false, {
    error: "#DIV/0!",
  }),
  fc.integer({ min: -50, max: 50_000 }),
  fc.date({ noInvalidDate: false }),
  fc.string({ maxLength: 4 })
);

const WIDTH = 6;
const mapping = anyMapping("contacts", WIDTH);

const options: fc.Arbitrary<ParseOptions> = fc.record({
  date1904: fc.boolean(),
  culture: fc.constantFrom(undefined, "fr-FR", "en-US"),
  dateOrder: fc.constantFrom(undefined, "dmy" as const, "mdy" as const),
});

/** The header row: the group column named as a group ("Groupe") or as the control flag. */
const headers = fc
  .constantFrom("Groupe", "Témoin")
  .map((group) => ["Client", "Campagne", group, "Date de contact", "Coût", "Converti"]);

/** Text rows as a CSV host hands them over, column by column (RawSheet.columns). */
function columnsOf(rows: readonly (readonly string[])[]): SheetColumns {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const columns = Array.from({ length: width }, (_, c) => {
    const cellTexts: (string | null)[] = [null];
    const idOf = new Map<string, number>();
    const ids = new Uint32Array(rows.length);
    rows.forEach((row, i) => {
      const text = row[c];
      if (text === undefined || text === "") return;
      let id = idOf.get(text);
      if (id === undefined) idOf.set(text, (id = cellTexts.push(text) - 1));
      ids[i] = id;
    });
    return { ids, texts: cellTexts };
  });
  return { rowCount: rows.length, widths: Uint32Array.from(rows, (row) => row.length), columns };
}

function check(
  sheet: RawSheet,
  header: HeaderRow,
  columns: ColumnMapping<"contacts">,
  parseOptions: ParseOptions
) {
  const expected = parseContactsByRow(sheet, header, columns, parseOptions);
  const actual = parseContacts(sheet, header, columns, parseOptions);
  expect(actual).toStrictEqual(expected);
  // Records alike to the order of their fields.
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

describe("parseContacts, a column at a time (property)", () => {
  it("gives the records, rejections, problems and counts of the row-at-a-time read (rows)", () => {
    fc.assert(
      fc.property(
        headers,
        fc.array(fc.array(cell, { maxLength: WIDTH + 1 }), { maxLength: 30 }),
        mapping,
        options,
        (names, body, columns, parseOptions) => {
          const sheet: RawSheet = {
            name: "Contacts",
            rows: [["Titre"], names, ...body],
            firstRow: 3,
          };
          check(sheet, { index: 1, excelRow: 4, headers: names }, columns, parseOptions);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("and on a CSV file's columns, each distinct text read once", () => {
    fc.assert(
      fc.property(
        headers,
        fc.array(fc.array(fc.constantFrom(...texts), { maxLength: WIDTH + 1 }), { maxLength: 30 }),
        mapping,
        options,
        (names, body, columns, parseOptions) => {
          const sheet = columnarSheet(
            { name: "Contacts", firstRow: 1 },
            columnsOf([names, ...body])
          );
          check(sheet, { index: 0, excelRow: 1, headers: names }, columns, parseOptions);
        }
      ),
      { numRuns: 2000 }
    );
  });
});
