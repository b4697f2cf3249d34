import type { CellValue } from "../../domain";
import { foldText } from "./normalizeText";

/** Words read as yes / no, English and French, compared without case or accents (kept as data). */
export const TRUE_WORDS: readonly string[] = ["oui", "o", "yes", "y", "vrai", "true", "1", "x"];
export const FALSE_WORDS: readonly string[] = ["non", "n", "no", "faux", "false", "0"];

const trueWords = new Set(TRUE_WORDS);
const falseWords = new Set(FALSE_WORDS);

/**
 * A yes/no cell: booleans, the numbers 1 and 0, and the words oui/non, yes/no, vrai/faux,
 * true/false, 1/0, x (a ticked box). Null for anything else, including blanks.
 * @example parseBoolean("Oui") // true
 */
export function parseBoolean(value: CellValue): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== "string") return null;
  const word = foldText(value);
  if (trueWords.has(word)) return true;
  if (falseWords.has(word)) return false;
  return null;
}
