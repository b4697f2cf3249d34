import ExcelJS from "exceljs";
import fc from "fast-check";

/**
 * Generators of messy input files for property tests of "every physical record is counted":
 * a transactions table with English or French headers, messy values, bad quoting, blank rows,
 * mixed line endings and the encodings users' exports come in, written as CSV or .xlsx, with
 * the number of non-blank records written (what rowsRead must be).
 */

/** How a CSV field is written: as CSV writes it, or with quotes that do not pair up. */
type FieldStyle = "csv" | "forceQuoted" | "strayQuotes" | "quoteThenText" | "unclosedQuote";

interface Field {
  text: string;
  style: FieldStyle;
}

/** A record: its fields, or a blank line (written empty or as separators only). */
type Record = { kind: "data"; fields: Field[] } | { kind: "blank"; separatorsOnly: boolean };

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface MessyFile {
  fileName: string;
  bytes: Uint8Array;
  /** Non-blank records written below the header: what rowsRead must be. */
  records: number;
  /** How the file was made, for a failure's report. */
  recipe: string;
}

const HEADERS = {
  customer: ["Customer ID", "customer", "Client", "N° client", "Code client", "Cust No"],
  date: ["Date", "Order date", "InvoiceDate", "Date commande", "Date facture", "jour"],
  amount: ["Amount", "Montant", "Revenue", "Montant TTC", "Total", "sales"],
  extra: ["Produit", "Product", "Canal", "Channel", "Remarque", "Notes"],
};

/** Values chosen so that in Windows-1252 no two non-ASCII bytes are adjacent (never valid UTF-8). */
const VALUES = {
  customer: ["K1", "K2", "K3", "C-00017", " K4 ", "17850.0", "Dupont & Fils", "Hélène", "", "#N/A"],
  date: [
    "2024-03-05",
    "05/03/2024",
    "3/5/2024",
    "2024-03-05 14:30",
    "31/02/2024",
    "20240305",
    "45000",
    "9999-12-31",
    "mars 2024",
    "",
  ],
  amount: ["12,50", "12.50", "1 234,56", "1,234.56", "-5", "0", "abc", "12 €", "1e3", "(5.00)", ""],
  extra: [
    "Café",
    "Crème brûlée",
    'Le "Petit" Prince',
    "a;b, c",
    "tab\there",
    "Livre\nde poche",
    "Noël € 2024",
    "œuvre",
    "",
    " ",
  ],
};

type Column = keyof typeof VALUES;

const fieldOf = (column: Column): fc.Arbitrary<Field> =>
  fc.record({
    text: fc.constantFrom(...VALUES[column]),
    style: fc.oneof(
      { weight: 12, arbitrary: fc.constant<FieldStyle>("csv") },
      { weight: 2, arbitrary: fc.constant<FieldStyle>("forceQuoted") },
      { weight: 1, arbitrary: fc.constant<FieldStyle>("strayQuotes") },
      { weight: 1, arbitrary: fc.constant<FieldStyle>("quoteThenText") },
      { weight: 1, arbitrary: fc.constant<FieldStyle>("unclosedQuote") }
    ),
  });

const recordArb = (columns: readonly Column[]): fc.Arbitrary<Record> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(...columns.map(fieldOf))
        .map((fields): Record => ({ kind: "data", fields })),
    },
    {
      weight: 1,
      arbitrary: fc.boolean().map((separatorsOnly): Record => ({ kind: "blank", separatorsOnly })),
    }
  );

/** A table: its columns, header texts and records. */
const tableArb = fc
  .tuple(fc.boolean(), fc.boolean(), fc.nat(9))
  .chain(([withExtra, extraFirst, one]) => {
    // One table in ten lacks its amount column: a file the CLI must refuse (exit 2, one line).
    const columns: Column[] = one === 0 ? ["customer", "date"] : ["customer", "date", "amount"];
    if (withExtra) {
      if (extraFirst) columns.unshift("extra");
      else columns.push("extra");
    }
    return fc.record({
      columns: fc.constant(columns),
      header: fc.tuple(...columns.map((c) => fc.constantFrom(...HEADERS[c]))),
      records: fc.array(recordArb(columns), { maxLength: 14 }),
    });
  });

/** True when the input layer sees no value in the record (all fields empty or spaces). */
function isBlank(record: Record): boolean {
  // A field with broken quotes is written with its quote, never empty.
  const broken = (f: Field) => f.style === "quoteThenText" || f.style === "unclosedQuote";
  return record.kind === "blank" || record.fields.every((f) => f.text.trim() === "" && !broken(f));
}

/**
 * A field as written. Bad quoting is written only as users' files have it: quotes inside an
 * unquoted field (Le "Petit" Prince), a field opening a quote closed before its end
 * ("Le Petit" Prince) or never closed ("Café); the text of such a field has no line break, and
 * no text starts with a quote or a separator, nor is a lone quote: those make a file that means
 * something else (a valid CSV with a field over several lines), not a broken one.
 */
function writeField(field: Field, delimiter: string): string {
  const { text } = field;
  const oneLine = text.replace(/[\n"]/g, " ");
  switch (field.style) {
    case "quoteThenText":
      return `"${oneLine}" x`;
    case "unclosedQuote":
      return `"${oneLine.trim() || "x"}`;
    case "strayQuotes":
      if (!text.includes(delimiter) && !/[\n\r]/.test(text)) return text;
      return writeField({ text, style: "csv" }, delimiter);
    case "forceQuoted":
      return text === "" ? "" : `"${text.replace(/"/g, '""')}"`;
    case "csv": {
      const needsQuotes = text.includes(delimiter) || /["\n\r]/.test(text);
      return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
    }
  }
}

function writeRecord(record: Record, delimiter: string, width: number): string {
  if (record.kind === "blank") return record.separatorsOnly ? delimiter.repeat(width - 1) : "";
  // Past a broken quote a line break cannot be told from the end of the record: a record with
  // bad quoting is written on one line.
  const broken = record.fields.some(
    (f) => f.style === "quoteThenText" || f.style === "unclosedQuote"
  );
  const fields = broken
    ? record.fields.map((f) => ({ ...f, text: f.text.replace(/\n/g, " ") }))
    : record.fields;
  return fields.map((f) => writeField(f, delimiter)).join(delimiter);
}

const ENDINGS = ["\n", "\r\n", "\r"] as const;

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new TextEncoder().encode(text);
    case "utf-8-bom":
      return new TextEncoder().encode(`\ufeff${text}`);
    case "utf-16le":
    case "utf-16be": {
      const bytes = new Uint8Array(2 + 2 * text.length);
      const big = encoding === "utf-16be";
      bytes.set(big ? [0xfe, 0xff] : [0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        bytes[2 + 2 * i] = big ? code >> 8 : code & 0xff;
        bytes[3 + 2 * i] = big ? code & 0xff : code >> 8;
      }
      return bytes;
    }
    case "windows-1252":
      return Uint8Array.from([...text], (c) => WINDOWS_1252[c] ?? c.charCodeAt(0));
  }
}

/** The characters of VALUES outside Latin-1 with their Windows-1252 byte. */
const WINDOWS_1252: Readonly<Partial<globalThis.Record<string, number>>> = { "€": 0x80, œ: 0x9c };

/** A messy CSV file. */
export const messyCsvArb: fc.Arbitrary<MessyFile> = fc
  .record({
    table: tableArb,
    delimiter: fc.constantFrom(";", ",", "\t"),
    encoding: fc.constantFrom<Encoding>(
      "utf-8",
      "utf-8-bom",
      "utf-16le",
      "utf-16be",
      "windows-1252"
    ),
    endings: fc.array(fc.constantFrom(...ENDINGS), { minLength: 1, maxLength: 4 }),
    finalEnding: fc.boolean(),
    gzip: fc.constant(false),
  })
  .map(({ table, delimiter, encoding, endings, finalEnding }) => {
    const width = table.columns.length;
    const lines = [
      table.header.join(delimiter),
      ...table.records.map((r) => writeRecord(r, delimiter, width)),
    ];
    // A lone CR before an empty line reads as one CRLF: the blank line it ends is lost, which
    // changes no count of non-blank records.
    let text = lines.map((line, i) => line + endings[i % endings.length]).join("");
    if (!finalEnding) text = text.replace(/(\r\n|\r|\n)$/, "");
    const records = table.records.filter((r) => !isBlank(r)).length;
    return {
      fileName: `ventes.${delimiter === "\t" ? "txt" : "csv"}`,
      bytes: encode(text, encoding),
      records,
      recipe: JSON.stringify({ encoding, delimiter, endings, text }),
    };
  });

/** A cell of a messy .xlsx sheet: text as in the CSV files, or a typed value. */
const xlsxCellArb = (column: Column): fc.Arbitrary<ExcelJS.CellValue> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...VALUES[column]) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc
          .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) })
          .map((ms) => new Date(ms)),
        fc.constant({ error: "#N/A" } as ExcelJS.CellErrorValue)
      ),
    }
  );

/** A messy .xlsx workbook: one sheet, a header row, records and blank rows. */
export const messyXlsxArb: fc.Arbitrary<Promise<MessyFile>> = tableArb
  .chain((table) =>
    fc.record({
      table: fc.constant(table),
      rows: fc.array(
        fc.option(fc.tuple(...table.columns.map(xlsxCellArb)), { freq: 6, nil: null }),
        { maxLength: 14 }
      ),
    })
  )
  .map(async ({ table, rows }) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Ventes");
    sheet.addRow(table.header);
    for (const row of rows) sheet.addRow(row ?? []);
    const blank = (v: ExcelJS.CellValue) =>
      v === null || (typeof v === "string" && v.trim() === "");
    const records = rows.filter((row) => row !== null && !row.every(blank)).length;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    return { fileName: "ventes.xlsx", bytes, records, recipe: JSON.stringify({ table, rows }) };
  });
