import type { SheetKind } from "../domain";
import { fieldsOf, requiredFieldsOf } from "./fields";
import { proposeMapping, type MappingProposal } from "./proposeMapping";

const kinds: readonly SheetKind[] = ["transactions", "contacts", "customers"];

/**
 * How well headers fit a kind of sheet: the mean confidence of its required fields, plus a small
 * bonus per required field (a sheet fitting a stricter kind is more likely that kind: every
 * transactions sheet also has a customer id) and per optional field found. 0 when a required
 * field has no column.
 */
function kindScore(proposal: MappingProposal): number {
  if (proposal.missingRequired.length > 0) return 0;
  const fields = proposal.fields as Record<string, { confidence: number } | undefined>;
  const required = requiredFieldsOf[proposal.kind].map((field) => {
    if (fields[field]) return fields[field]!.confidence;
    // A transactions sheet without an amount column: quantity x unit price stand for it.
    return Math.min(fields.quantity?.confidence ?? 0, fields.unitPrice?.confidence ?? 0);
  });
  const optional = fieldsOf[proposal.kind].filter(
    (f) => !(requiredFieldsOf[proposal.kind] as readonly string[]).includes(f)
  );
  const optionalFound = optional.filter((f) => fields[f]).length;
  const mean = required.reduce((s, c) => s + c, 0) / required.length;
  return (
    mean + 0.05 * required.length + (optional.length ? 0.1 * (optionalFound / optional.length) : 0)
  );
}

/**
 * Which kind of input sheet a header row describes (transactions, customers, contacts), with each
 * kind's score; `kind` is null when no kind has all its required columns.
 * @example detectSheetKind(["Client", "Date", "Montant"]).kind // "transactions"
 */
export function detectSheetKind(headers: string[]): {
  kind: SheetKind | null;
  scores: Record<SheetKind, number>;
} {
  const scores = { transactions: 0, customers: 0, contacts: 0 } as Record<SheetKind, number>;
  let kind: SheetKind | null = null;
  for (const k of kinds) {
    scores[k] = Math.round(kindScore(proposeMapping(headers, k)) * 1000) / 1000;
    if (scores[k] > 0 && (kind === null || scores[k] > scores[kind])) kind = k;
  }
  return { kind, scores };
}
