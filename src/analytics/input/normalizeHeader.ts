import { foldText } from "./values/normalizeText";

/** Words that carry no meaning in a header ("Date de facture", "Chiffre d'affaires"), kept as data. */
export const HEADER_STOP_WORDS: readonly string[] = [
  "de",
  "du",
  "des",
  "d",
  "la",
  "le",
  "les",
  "l",
  "en",
  "par",
  "a",
  "au",
  "aux",
  "of",
  "the",
  "per",
  "in",
  "by",
  "et",
  "and",
];

/** Spellings of "number" in headers, all read as the token "no": "N°", "No.", "Num", "Numéro", "#", "Nr". */
export const NUMBER_WORDS: readonly string[] = [
  "no",
  "n",
  "num",
  "numero",
  "number",
  "nr",
  "nbr",
  "nro",
];

const stopWords = new Set(HEADER_STOP_WORDS);
const numberWords = new Set(NUMBER_WORDS);

/**
 * The tokens of a header: camelCase split ("CustomerID" -> customer id, "InvoiceNo" -> invoice
 * no), folded (lower case, no accents), punctuation and currency signs dropped, "N°"/"#"/"num"
 * read as "no", stop words (de, du, of, ...) removed.
 * @example headerTokens("N° de facture") // ["no", "facture"]
 */
export function headerTokens(header: string): string[] {
  const split = header
    .replace(/([a-z\u00e0-\u00ff])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/n[°º]/gi, " no ")
    .replace(/#/g, " no ");
  return foldText(split)
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== "" && !stopWords.has(token))
    .map((token) => (numberWords.has(token) ? "no" : token));
}

/** A header reduced to one comparable key: its tokens joined ("Customer ID" and "CustomerID" -> "customerid"). */
export function headerKey(header: string): string {
  return headerTokens(header).join("");
}
