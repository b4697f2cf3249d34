import type { SheetKind } from "../domain";
import { proposeMapping, type MappingProposal } from "./proposeMapping";

const kinds: readonly SheetKind[] = ["transactions", "contacts", "customers"];

/**
 * How well headers fit a kind of sheet: the sum of the confidences of every field the kind's
 * mapping finds, i.e. how much of the sheet the kind explains (a transactions sheet also has a
 * customer id, but a customers reading explains only that column). 0 when a required field has
 * no column.
 */
function kindScore(proposal: MappingProposal): number {
  if (proposal.missingRequired.length > 0) return 0;
  const choices = Object.values(proposal.fields) as { confidence: number }[];
  return choices.reduce((sum, choice) => sum + choice.confidence, 0);
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
