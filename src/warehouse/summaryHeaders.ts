/**
 * Recognises a per-customer summary sheet from its header row, by the input layer's tolerant
 * rules (case, accents, spacing, punctuation, English and French words: headerMatch.ts). Two
 * conventions:
 * - "warehouse": every column `crm-analytics sql` writes (summaryContract.ts CUSTOMER_COLUMNS);
 *   every analysis the summaries allow runs (analyzeSummaries.ts);
 * - "lifetimes": the Python lifetimes library's `frequency, recency, T[, monetary_value]` (and
 *   Hardie's `x, t_x, T, zbar`) with a customer id; only the LTV models run (lifetimesSummary.ts).
 * Synonyms are data, like the sheets' own (headerSynonyms.ts).
 */
import { HEADER_SYNONYMS } from "../analytics/input/headerSynonyms";
import {
  bestSynonymConfidence,
  MIN_CONFIDENCE,
  prepareSynonym,
  type PreparedSynonym,
} from "../analytics/input/headerMatch";
import { headerTokens } from "../analytics/input/normalizeHeader";
import { CUSTOMER_COLUMNS, type CustomerColumn } from "./summaryContract";

/** Header phrases per contract column, beside the column's own name (written as the SQL does). */
export const SUMMARY_SYNONYMS: Readonly<Record<CustomerColumn, readonly string[]>> = {
  customer_id: HEADER_SYNONYMS.customers.customerId,
  as_of: ["as of", "as of date", "analysis date", "date analyse", "date reference", "date arrete"],
  first_line_day: ["first line day", "jour premiere ligne", "premiere ligne"],
  first_purchase_day: [
    "first purchase",
    "first purchase date",
    "premier achat",
    "date premier achat",
    "jour premier achat",
  ],
  last_purchase_day: [
    "last purchase",
    "last purchase date",
    "dernier achat",
    "date dernier achat",
    "jour dernier achat",
  ],
  orders: ["orders", "number orders", "commandes", "nb commandes"],
  purchase_days: ["purchase days", "jours achat", "nb jours achat"],
  revenue: ["revenue", "net revenue", "chiffre affaires", "ca", "ca net"],
  migration_from: ["migration from", "debut migration", "migration depuis"],
  prev_last_purchase_day: ["dernier achat precedent", "jour dernier achat precedent"],
  prev_orders: ["commandes precedentes"],
  prev_revenue: ["ca precedent", "chiffre affaires precedent"],
  prev_first_line_day: ["premiere ligne precedente", "jour premiere ligne precedente"],
  calibration_end: ["calibration end", "fin calibration", "fin etalonnage"],
  time_unit: ["time unit", "unite temps", "unite"],
  // lifetimes' names; Hardie's x, t_x, zbar; French
  frequency: ["x", "repeat purchases", "frequence", "achats repetes"],
  recency: ["t x", "recence"],
  T: ["t"],
  monetary_value: ["monetary", "zbar", "valeur monetaire"],
  holdout_frequency: ["frequence holdout", "frequence controle"],
  holdout_value: ["valeur holdout", "valeur controle"],
};

/** The lifetimes convention's columns; monetary_value may be missing (no spend model then). */
export const LIFETIMES_REQUIRED: readonly CustomerColumn[] = [
  "customer_id",
  "frequency",
  "recency",
  "T",
];
export const LIFETIMES_COLUMNS: readonly CustomerColumn[] = [
  ...LIFETIMES_REQUIRED,
  "monetary_value",
];

export type SummaryConvention = "warehouse" | "lifetimes";

/** What a header row says about a sheet as a customer summary. */
export interface SummaryMatch {
  /** null: not a summary sheet (a required column of both conventions is missing). */
  convention: SummaryConvention | null;
  /** The column (0-based) of each contract column found, with its header text. */
  columns: Partial<Record<CustomerColumn, { column: number; header: string; confidence: number }>>;
  /** The warehouse convention's columns not found (empty for a warehouse summary). */
  missing: CustomerColumn[];
}

const prepared = new Map<CustomerColumn, PreparedSynonym[]>(
  CUSTOMER_COLUMNS.map(({ name }) => [
    name,
    [name, ...SUMMARY_SYNONYMS[name]].map((phrase) => prepareSynonym(phrase)),
  ])
);

/**
 * The summary columns a header row holds and which convention it follows. Every (column,
 * header) pair is scored; pairs are taken best first so each header serves one column
 * ("holdout_frequency" goes to holdout_frequency, "frequency" to frequency).
 * @example matchSummaryHeaders(["ID", "frequency", "recency", "T"]).convention // "lifetimes"
 */
export function matchSummaryHeaders(headers: readonly string[]): SummaryMatch {
  const tokens = headers.map((h) => headerTokens(h));
  const pairs: { name: CustomerColumn; column: number; confidence: number }[] = [];
  CUSTOMER_COLUMNS.forEach(({ name }) => {
    tokens.forEach((header, column) => {
      const confidence = bestSynonymConfidence(header, prepared.get(name)!);
      if (confidence >= MIN_CONFIDENCE) pairs.push({ name, column, confidence });
    });
  });
  pairs.sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  const columns: SummaryMatch["columns"] = {};
  const used = new Set<number>();
  for (const { name, column, confidence } of pairs) {
    if (columns[name] || used.has(column)) continue;
    columns[name] = { column, header: headers[column], confidence };
    used.add(column);
  }
  const missing = CUSTOMER_COLUMNS.map((c) => c.name).filter((name) => !columns[name]);
  const convention =
    missing.length === 0
      ? "warehouse"
      : LIFETIMES_REQUIRED.every((name) => columns[name])
        ? "lifetimes"
        : null;
  return { convention, columns, missing };
}
