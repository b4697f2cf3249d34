import type { SheetKind } from "../domain";
import { fieldsOf, missingRequiredFields, type ColumnMapping, type FieldOf } from "./fields";
import { HEADER_SYNONYMS, HEADER_WEAK_SYNONYMS } from "./headerSynonyms";
import {
  bestSynonymConfidence,
  MIN_CONFIDENCE,
  prepareSynonym,
  WEAK_SYNONYM_WEIGHT,
  type PreparedSynonym,
} from "./headerMatch";
import { headerTokens } from "./normalizeHeader";

/** A column that could feed a field, with how sure the match is (0..1). */
export interface ColumnCandidate {
  column: number;
  header: string;
  confidence: number;
}

/** The column proposed for a field, and the other columns that could feed it, best first. */
export interface ColumnChoice extends ColumnCandidate {
  alternatives: ColumnCandidate[];
}

/** A proposed column mapping for one kind of sheet, for the user to confirm or change. */
export interface MappingProposal<K extends SheetKind = SheetKind> {
  kind: K;
  fields: Partial<Record<FieldOf<K>, ColumnChoice>>;
  missingRequired: FieldOf<K>[];
}

/** How many alternatives a choice lists. */
const MAX_ALTERNATIVES = 3;

const preparedSynonyms = new Map<SheetKind, Map<string, PreparedSynonym[]>>(
  (Object.keys(HEADER_SYNONYMS) as SheetKind[]).map((kind) => {
    const strong = HEADER_SYNONYMS[kind] as Record<string, readonly string[]>;
    const weak = HEADER_WEAK_SYNONYMS[kind] as Record<string, readonly string[] | undefined>;
    const byField = new Map<string, PreparedSynonym[]>();
    for (const [field, phrases] of Object.entries(strong)) {
      byField.set(field, [
        ...phrases.map((phrase) => prepareSynonym(phrase)),
        ...(weak[field] ?? []).map((phrase) => prepareSynonym(phrase, WEAK_SYNONYM_WEIGHT)),
      ]);
    }
    return [kind, byField];
  })
);

/**
 * Proposes which column feeds each field of a sheet of the given kind, from its headers alone.
 * Every (field, column) pair is scored against the synonym table (`HEADER_SYNONYMS`); pairs are
 * then taken best first, so each field gets its best free column and one column never serves two
 * fields (ties: the more important field, then the leftmost column). Each choice lists the other
 * plausible columns. `missingRequired` names the required fields left without a column (a
 * transactions sheet without an amount is fine when it has a quantity and a unit price; a price
 * with no quantity beside it is taken as the amount).
 * @example proposeMapping(["N° client", "Date de facture", "Montant TTC"], "transactions")
 *   // customerId -> 0, date -> 1, amount -> 2, all with confidence 1
 */
export function proposeMapping<K extends SheetKind>(
  headers: string[],
  kind: K
): MappingProposal<K> {
  const fields = fieldsOf[kind] as readonly FieldOf<K>[];
  const synonyms = preparedSynonyms.get(kind)!;
  const tokens = headers.map((h) => headerTokens(h ?? ""));
  const candidates: Map<FieldOf<K>, ColumnCandidate[]> = new Map();
  const pairs: { field: FieldOf<K>; fieldRank: number; candidate: ColumnCandidate }[] = [];

  fields.forEach((field, fieldRank) => {
    const list: ColumnCandidate[] = [];
    tokens.forEach((headerWords, column) => {
      const confidence = bestSynonymConfidence(headerWords, synonyms.get(field) ?? []);
      if (confidence < MIN_CONFIDENCE) return;
      const candidate = { column, header: headers[column], confidence: round(confidence) };
      list.push(candidate);
      pairs.push({ field, fieldRank, candidate });
    });
    list.sort(byConfidenceThenColumn);
    candidates.set(field, list);
  });

  pairs.sort(
    (a, b) =>
      b.candidate.confidence - a.candidate.confidence ||
      a.fieldRank - b.fieldRank ||
      a.candidate.column - b.candidate.column
  );
  const chosen: Partial<Record<FieldOf<K>, ColumnChoice>> = {};
  const usedColumns = new Set<number>();
  for (const { field, candidate } of pairs) {
    if (chosen[field] || usedColumns.has(candidate.column)) continue;
    usedColumns.add(candidate.column);
    const alternatives = (candidates.get(field) ?? [])
      .filter((c) => c.column !== candidate.column)
      .slice(0, MAX_ALTERNATIVES);
    chosen[field] = { ...candidate, alternatives };
  }
  if (kind === "transactions") priceWithoutQuantityIsAmount(chosen as TransactionChoices);
  const mapped = new Set<string>(Object.keys(chosen));
  return { kind, fields: chosen, missingRequired: missingRequiredFields(kind, mapped) };
}

/** Every synonym of every field of every kind, for telling a header row from other text. */
const allSynonyms: PreparedSynonym[] = [...preparedSynonyms.values()].flatMap((byField) =>
  [...byField.values()].flat()
);

/** How many of these texts the synonym table recognises as a header of some field. */
export function recognisedHeaderCount(texts: readonly string[]): number {
  return texts.filter(
    (text) =>
      text !== "" && bestSynonymConfidence(headerTokens(text), allSynonyms) >= MIN_CONFIDENCE
  ).length;
}

type TransactionChoices = Partial<Record<FieldOf<"transactions">, ColumnChoice>>;

/**
 * A price column with neither an amount nor a quantity beside it ("Client | Date | Prix") is the
 * price of the line, i.e. its amount: the choice moves from unit price to amount.
 */
function priceWithoutQuantityIsAmount(chosen: TransactionChoices): void {
  if (chosen.amount || chosen.quantity || !chosen.unitPrice) return;
  chosen.amount = chosen.unitPrice;
  delete chosen.unitPrice;
}

/** The column mapping a proposal makes: each field to its chosen column. */
export function mappingFromProposal<K extends SheetKind>(
  proposal: MappingProposal<K>
): ColumnMapping<K> {
  const mapping: ColumnMapping<K> = {};
  for (const [field, choice] of Object.entries(proposal.fields) as [FieldOf<K>, ColumnChoice][]) {
    mapping[field] = choice.column;
  }
  return mapping;
}

function byConfidenceThenColumn(a: ColumnCandidate, b: ColumnCandidate): number {
  return b.confidence - a.confidence || a.column - b.column;
}

function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}
