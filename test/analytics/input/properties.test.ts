import fc from "fast-check";
import {
  findHeaderRow,
  HEADER_SYNONYMS,
  mappingFromProposal,
  parseContacts,
  parseCustomers,
  parseTransactions,
  proposeMapping,
  fieldsOf,
} from "../../../src/analytics/input";
import type { CellValue, RawSheet, SheetKind } from "../../../src/analytics/domain";

/** Any cell a host can hand over, with the messy texts the input layer meets. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom(
    "K1",
    "K2",
    "#N/A",
    "12,50",
    "(3.00)",
    "01/02/2024",
    "13/02/2024",
    "2024-02-01",
    "Témoin",
    "ciblé",
    "oui",
    "x",
    "  "
  ),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 50_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant({ error: "#VALUE!" })
);

const headers: Record<SheetKind, string[]> = {
  transactions: ["N° client", "Date", "Montant", "Qté", "PU", "N° facture", "Canal"],
  customers: ["Code client", "Nom", "Date premier achat", "Région"],
  contacts: ["Client", "Campagne", "Groupe", "Date de contact", "Coût", "Converti", "CA"],
};

function sheetOf(kind: SheetKind, body: CellValue[][]): RawSheet {
  return { name: "S", rows: [["Titre"], headers[kind], ...body], firstRow: 5 };
}

describe("parse invariants (property)", () => {
  it.each(["transactions", "customers", "contacts"] as SheetKind[])(
    "%s: every non-blank row is a record or a rejection, rows are Excel rows, nothing throws",
    (kind) => {
      fc.assert(
        fc.property(
          fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
          fc.boolean(),
          (body, date1904) => {
            const sheet = sheetOf(kind, body);
            const header = findHeaderRow(sheet)!;
            const mapping = mappingFromProposal(proposeMapping(header.headers, kind));
            const parse = {
              transactions: parseTransactions,
              customers: parseCustomers,
              contacts: parseContacts,
            }[kind] as (
              ...args: Parameters<typeof parseTransactions>
            ) => ReturnType<typeof parseTransactions>;
            const parsed = parse(sheet, header, mapping as never, { date1904 });
            expect(parsed.rowsRead).toBe(parsed.records.length + parsed.rejected.length);
            expect(parsed.rowsRead + parsed.blankRows).toBe(body.length);
            const rows = [
              ...parsed.records.map((r) => r.source.row),
              ...parsed.rejected.map((r) => r.row),
            ].sort((a, b) => a - b);
            expect(new Set(rows).size).toBe(rows.length);
            for (const row of rows) expect(row).toBeGreaterThanOrEqual(7); // title row 5, header row 6
            for (const problem of parsed.problems) expect(problem.sheet).toBe("S");
          }
        )
      );
    }
  );
});

/** A synonym phrase written the way a user might: any case, odd spacing and punctuation. */
function scrambled(phrase: string): fc.Arbitrary<string> {
  const words = phrase.split(" ");
  return fc
    .tuple(
      fc.array(fc.constantFrom(" ", "  ", "_", "-", ". ", " / "), {
        minLength: words.length,
        maxLength: words.length,
      }),
      fc.constantFrom("lower", "upper", "title"),
      fc.constantFrom("", " ", ":", " (*)")
    )
    .map(([separators, style, suffix]) => {
      const cased = words.map((w) =>
        style === "upper"
          ? w.toUpperCase()
          : style === "title"
            ? w[0].toUpperCase() + w.slice(1)
            : w
      );
      return cased.map((w, i) => (i === 0 ? w : separators[i] + w)).join("") + suffix;
    });
}

describe("header matching (property)", () => {
  it.each(["transactions", "customers", "contacts"] as SheetKind[])(
    "%s: any synonym, in any case, spacing or punctuation, maps to its field with full confidence",
    (kind) => {
      const table = HEADER_SYNONYMS[kind] as Record<string, readonly string[]>;
      const pairs = Object.entries(table).flatMap(([field, phrases]) =>
        phrases.map((p) => [field, p] as const)
      );
      fc.assert(
        fc.property(
          fc
            .constantFrom(...pairs)
            .chain(([field, phrase]) => scrambled(phrase).map((h) => [field, phrase, h] as const)),
          ([field, phrase, header]) => {
            const proposal = proposeMapping([header], kind);
            const choice = Object.entries(proposal.fields).find(([, c]) => c!.column === 0);
            // The phrase may be shared by two fields of the kind (e.g. "ca"): it goes to one of them.
            const owners = Object.entries(table)
              .filter(([, ps]) => ps.includes(phrase))
              .map(([f]) => f);
            expect(owners).toContain(field);
            // A price alone on a transactions sheet is the line's amount (proposeMapping's rule).
            if (kind === "transactions" && owners.includes("unitPrice")) owners.push("amount");
            expect(choice && owners.includes(choice[0])).toBe(true);
            expect(choice![1]!.confidence).toBe(1);
          }
        ),
        { numRuns: 300 }
      );
    }
  );

  it("never gives one column to two fields, whatever the order of the headers", () => {
    const all = Object.values(headers).flat();
    fc.assert(
      fc.property(
        fc.shuffledSubarray(all, { minLength: 1 }),
        fc.constantFrom<SheetKind>("transactions", "customers", "contacts"),
        (hs, kind) => {
          const proposal = proposeMapping(hs, kind);
          const columns = Object.values(proposal.fields).map((c) => c!.column);
          expect(new Set(columns).size).toBe(columns.length);
          for (const field of Object.keys(proposal.fields)) expect(fieldsOf[kind]).toContain(field);
        }
      )
    );
  });

  it("maps a field to the same header wherever its column is (no dependence on position)", () => {
    const base = headers.transactions;
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: base.length }), (shuffled) => {
        const byHeader = (hs: string[]) =>
          Object.fromEntries(
            Object.entries(proposeMapping(hs, "transactions").fields).map(([f, c]) => [
              f,
              c!.header,
            ])
          );
        expect(byHeader(shuffled)).toEqual(byHeader(base));
      })
    );
  });
});
