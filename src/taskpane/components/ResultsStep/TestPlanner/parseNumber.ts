/**
 * A number typed in either language: "2.5", "2,5", " 2 ", "1 000,5" (spaces and no-break spaces
 * as thousands separators). NaN for anything else, including an empty field.
 */
export function parseTypedNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return NaN;
  return Number(compact);
}
