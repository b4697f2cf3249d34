/**
 * Big workbooks for the tests and the bench: a 1,000,000-row x 8-column transactions sheet
 * (generated, so it costs no memory until read) and the full report for 100,000 customers.
 */
import { layoutRows } from "../../../src/report/layout";
import type { ReportModel, TableBlock } from "../../../src/report/model";
import { FORMAT } from "../../../src/report/numberFormats";
import { sampleModel } from "../../report/sampleModel";
import type { CellGenerator } from "./grid";

export const TRANSACTION_HEADER = [
  "customer",
  "date",
  "amount",
  "qty",
  "price",
  "channel",
  "product",
  "invoice",
];

/** `rows` transactions under a header row: ids of 100,000 customers, serial dates, amounts. */
export function transactionsSheet(rows: number): CellGenerator {
  const channels = ["web", "store", "phone"];
  const customers = Array.from({ length: 100_000 }, (_, i) => `C${String(i).padStart(6, "0")}`);
  const products = Array.from({ length: 250 }, (_, i) => `P${i}`);
  return {
    rows: rows + 1,
    cols: 8,
    cell: (r, c) => {
      if (r === 0) return TRANSACTION_HEADER[c];
      switch (c) {
        case 0:
          return customers[r % 100_000];
        case 1:
          return 44_000 + (r % 1_500);
        case 2:
          return (r % 997) + 0.25;
        case 3:
          return 1 + (r % 5);
        case 4:
          return 9.99;
        case 5:
          return channels[r % 3];
        case 6:
          return products[r % 250];
        default:
          return `INV${r}`;
      }
    },
  };
}

const SEGMENTS = ["Champions", "Loyal", "Potential loyalist", "At risk", "Hibernating", "Lost"];

/** One row a customer, ten columns, like the RFM sheet; customer 42 is named like a formula. */
export function rfmTable(customers: number): Omit<TableBlock, "anchor"> {
  return {
    kind: "table",
    name: "RFM",
    style: "TableStyleMedium2",
    columns: [
      { id: "id", header: "Customer", type: "text", format: FORMAT.text },
      { id: "name", header: "Name", type: "text", format: FORMAT.text },
      { id: "last", header: "Last purchase", type: "date", format: FORMAT.date },
      { id: "recency", header: "Recency (days)", type: "integer", format: FORMAT.integer },
      { id: "frequency", header: "Frequency", type: "integer", format: FORMAT.integer },
      { id: "monetary", header: "Monetary", type: "currency", format: FORMAT.decimal },
      { id: "r", header: "R", type: "integer", format: FORMAT.integer },
      { id: "f", header: "F", type: "integer", format: FORMAT.integer },
      { id: "m", header: "M", type: "integer", format: FORMAT.integer },
      { id: "segment", header: "Segment", type: "text", format: FORMAT.text },
    ],
    rows: Array.from({ length: customers }, (_, i) => [
      `C${String(i).padStart(6, "0")}`,
      i === 42 ? '=HYPERLINK("http://evil","click")' : `Customer ${i}`,
      Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000,
      i % 365,
      1 + (i % 17),
      Math.round(((i * 7919) % 100_000) * 1.37) / 100,
      1 + (i % 5),
      1 + ((i >> 1) % 5),
      1 + ((i >> 2) % 5),
      SEGMENTS[i % SEGMENTS.length],
    ]),
    conditionalFormats: [{ kind: "dataBar", columns: ["monetary"], color: "5B9BD5" }],
  };
}

/** The sample report (every block kind and chart type) plus an RFM sheet of `customers` rows. */
export function largeReport(customers: number): ReportModel {
  const model = sampleModel();
  model.sheets.push({
    key: "rfm",
    name: "RFM",
    blocks: layoutRows([
      [{ kind: "title", title: "RFM", subtitle: ["As of 2024-12-31"] }],
      [rfmTable(customers)],
    ]),
    freezeRows: 4,
    print: { orientation: "landscape", fitToPage: { wide: true, tall: false }, paper: "A4" },
  });
  return model;
}
