import { headerTokens } from "./normalizeHeader";

/**
 * Words too generic to identify a column on their own: a header that merely contains "ID" or
 * "Code" (e.g. "Product ID") must not be taken for a customer id. Kept as data.
 */
export const GENERIC_HEADER_TOKENS: readonly string[] = [
  "id",
  "no",
  "code",
  "ref",
  "reference",
  "key",
  "cle",
  "identifiant",
  "nb",
  "nombre",
  "type",
];

const generic = new Set(GENERIC_HEADER_TOKENS);

/**
 * Words that say what kind of value a column holds, by kind. A header containing one ("Date de
 * facture", "Nom client") is not matched by containment to a synonym without a word of the same
 * kind: "Date de facture" holds dates, not invoice ids; "Nom client" holds names, not customer
 * ids; but "Date/Heure" still holds dates. Kept as data.
 */
export const VALUE_KIND_TOKENS: Readonly<Record<string, readonly string[]>> = {
  time: [
    "date",
    "jour",
    "day",
    "timestamp",
    "datetime",
    "heure",
    "time",
    "mois",
    "month",
    "annee",
    "year",
  ],
  name: ["nom", "name", "libelle", "label", "prenom"],
};

const valueKindOf = new Map<string, string>(
  Object.entries(VALUE_KIND_TOKENS).flatMap(([kind, words]) => words.map((w) => [w, kind] as const))
);

/** Confidence of an exact match (same tokens, same order). */
export const EXACT_MATCH = 1;
/** Below this, a header is not proposed for a field at all. */
export const MIN_CONFIDENCE = 0.5;

/** How much a weak synonym's match counts ("Email" for a customer id, "Magasin" for a channel). */
export const WEAK_SYNONYM_WEIGHT = 0.8;

/**
 * A synonym prepared for matching: its tokens, its joined key and its weight (1, or weak), and
 * what the matching asks of it for every header (made once: the pane matches each of a
 * workbook's first rows against every synonym).
 */
export interface PreparedSynonym {
  tokens: string[];
  key: string;
  weight: number;
  /** Whether every token is generic ("id", "code"): no match by containment then. */
  allGeneric: boolean;
  /** The value kinds of its tokens (undefined for a token of no kind). */
  kinds: ReadonlySet<string | undefined>;
  /** Each token's first character: a header token matches a token only if it starts alike. */
  initials: string[];
}

export function prepareSynonym(phrase: string, weight = 1): PreparedSynonym {
  const tokens = headerTokens(phrase);
  return {
    tokens,
    key: tokens.join(""),
    weight,
    allGeneric: tokens.every((t) => generic.has(t)),
    kinds: new Set(tokens.map((t) => valueKindOf.get(t))),
    initials: tokens.map((t) => t.charAt(0)),
  };
}

/** How a header token matches a synonym token: 1 exact, 0.9 as an abbreviation or plural, 0 not. */
function tokenMatch(headerToken: string, synonymToken: string): number {
  if (headerToken === synonymToken) return 1;
  // "cat" for "category", "prix unit" for "prix unitaire": an abbreviation of 3+ letters.
  if (
    headerToken.length >= 3 &&
    synonymToken.length - headerToken.length >= 2 &&
    synonymToken.startsWith(headerToken)
  ) {
    return 0.9;
  }
  // "montants", "clients": a longer word built on a synonym of 4+ letters.
  if (synonymToken.length >= 4 && headerToken.startsWith(synonymToken)) return 0.9;
  return 0;
}

/**
 * How well a header's tokens match one synonym, 0..1. Equal keys (case, accents, punctuation and
 * spacing aside: "Customer ID" = "CustomerID") give 1. A header containing every token of the
 * synonym (exactly or as an abbreviation/plural) gives 0.5..0.9, more the larger the share of the
 * header the synonym covers; a synonym made only of generic words ("id", "code") never matches
 * by containment, nor does a header naming another kind of value (VALUE_KIND_TOKENS).
 * Anything else gives 0. A weak synonym's confidence is scaled by its weight.
 */
export function synonymConfidence(
  header: string[],
  synonym: PreparedSynonym,
  headerKey = header.join(""),
  headerInitials: ReadonlySet<string> = initialsOf(header)
): number {
  return synonym.weight * unweightedConfidence(header, synonym, headerKey, headerInitials);
}

/** The first characters of a header's tokens. */
function initialsOf(header: readonly string[]): Set<string> {
  return new Set(header.map((t) => t.charAt(0)));
}

function unweightedConfidence(
  header: string[],
  synonym: PreparedSynonym,
  headerKey: string,
  headerInitials: ReadonlySet<string>
): number {
  if (header.length === 0 || synonym.tokens.length === 0) return 0;
  if (headerKey === synonym.key) return EXACT_MATCH;
  if (synonym.allGeneric) return 0;
  // tokenMatch needs equal tokens or one the other's prefix, so the same first character: a
  // synonym token no header token starts like cannot be matched (the loop below would say 0).
  for (const initial of synonym.initials) if (!headerInitials.has(initial)) return 0;
  const synonymKinds = synonym.kinds;
  if (header.some((t) => valueKindOf.has(t) && !synonymKinds.has(valueKindOf.get(t)))) return 0;
  let quality = 1;
  const used = new Set<number>();
  for (const synonymToken of synonym.tokens) {
    let best = 0;
    let bestIndex = -1;
    header.forEach((headerToken, index) => {
      if (used.has(index)) return;
      const match = tokenMatch(headerToken, synonymToken);
      if (match > best) {
        best = match;
        bestIndex = index;
      }
    });
    if (best === 0) return 0;
    used.add(bestIndex);
    quality = Math.min(quality, best);
  }
  const coverage = synonym.tokens.length / header.length;
  return (0.5 + 0.4 * coverage) * (quality === 1 ? 1 : 0.95);
}

/** The best confidence of a header against a list of synonyms. */
export function bestSynonymConfidence(
  header: string[],
  synonyms: readonly PreparedSynonym[]
): number {
  let best = 0;
  const headerKey = header.join("");
  const headerInitials = initialsOf(header);
  for (const synonym of synonyms) {
    const confidence = synonymConfidence(header, synonym, headerKey, headerInitials);
    if (confidence > best) best = confidence;
    if (best === EXACT_MATCH) break;
  }
  return best;
}
