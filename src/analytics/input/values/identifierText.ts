import type { CellValue } from "../../domain";
import { cellText } from "./cellText";

/** An identifier as text: trimmed; "17850.0" (a number exported as float) -> "17850". */
export function identifierText(value: CellValue): string {
  const text = cellText(value);
  return /^\d+\.0+$/.test(text) ? text.replace(/\.0+$/, "") : text;
}
