import { CURRENCY_SIGNS } from "./currencySigns";
import { isIsoCurrency } from "./isoCurrency";

/**
 * The currency a number format code shows, or null. Excel writes a currency three ways:
 * a quoted literal (`#,##0.00 "€"`, `"$"#,##0`), an escaped character (`#,##0.00\ \€`), or a
 * locale-tagged symbol (`[$£-809]#,##0.00`, `[$EUR] #,##0.00`, `[$€-40C]`): the text between
 * "[$" and "-" is the symbol. Colours and conditions (`[Red]`, `[<0]`) say nothing.
 *
 * @example currencyOfFormat('[$£-809]#,##0.00') // "GBP"
 * @example currencyOfFormat('#,##0.00') // null
 */
export function currencyOfFormat(format: string): string | null {
  const tagged = /\[\$([^\]-]*)(?:-[0-9a-f]+)?\]/gi;
  for (const m of format.matchAll(tagged)) {
    const code = currencyOfSign(m[1].trim());
    if (code) return code;
  }
  for (const m of format.matchAll(/"([^"]*)"/g)) {
    const code = currencyInText(m[1]);
    if (code) return code;
  }
  const escaped = [...format.matchAll(/\\(.)/g)].map((m) => m[1]).join("");
  return escaped === "" ? null : currencyInText(escaped);
}

/** The currency of a sign or code alone ("€", "EUR"), or null. */
export function currencyOfSign(sign: string): string | null {
  if (sign === "") return null;
  if (CURRENCY_SIGNS[sign]) return CURRENCY_SIGNS[sign];
  const upper = sign.toUpperCase();
  return /^[A-Z]{3}$/.test(upper) && isIsoCurrency(upper) ? upper : null;
}

const SIGNS_LONGEST_FIRST = Object.keys(CURRENCY_SIGNS).sort((a, b) => b.length - a.length);

/**
 * The currency a text names with a sign or an ISO code standing apart from letters ("12,50 €",
 * "£12.50", "EUR 12"), or null; "Mr. Dupont" or "$ and €" (two currencies) name none.
 */
export function currencyInText(text: string): string | null {
  const found = new Set<string>();
  let rest = text;
  for (const sign of SIGNS_LONGEST_FIRST) {
    if (/^[A-Za-z.]+$/.test(sign)) continue;
    if (rest.includes(sign)) {
      found.add(CURRENCY_SIGNS[sign]);
      rest = rest.split(sign).join(" ");
    }
  }
  for (const m of rest.matchAll(/(?:^|[^A-Za-z])([A-Z]{3}|CHF|Fr\.)(?=$|[^A-Za-z])/g)) {
    const code = currencyOfSign(m[1]);
    if (code) found.add(code);
  }
  return found.size === 1 ? [...found][0] : null;
}
