import i18next, { type i18n } from "i18next";
import { namespaces, resources, type StringTree } from "../../../src/i18n/resources";

/**
 * A stretched pseudo-locale built from English: every letter accented, ~40 % longer (French
 * runs 15-30 % longer than English; the margin catches overflow early), wrapped in ⟦ ⟧. Text on
 * screen that is not wrapped did not come from i18n. (The idea of Script Lab's "fake strings".)
 */
export const PSEUDO_LANGUAGE = "en-XA";

const plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const accented = "áƀçđéƒĝĥíĵķĺḿñóƥʠŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹḾÑÓƤɊŔŠŢÚṼŴẊÝŽ";
const filler = " ŀőŗęḿ ıƥşūḿ ďőŀőŗ şıţ";

/** The pseudo-locale form of one string; {{placeholders}} and $t() nesting stay intact. */
export function stretch(text: string): string {
  const body = text
    .split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map(accent).join("")))
    .join("");
  const extra = Math.ceil(text.length * 0.4);
  const padding = filler.repeat(Math.ceil(extra / filler.length) + 1).slice(0, extra);
  return `⟦${body}${padding}⟧`;
}

function accent(ch: string): string {
  const i = plain.indexOf(ch);
  return i < 0 ? ch : [...accented][i];
}

function stretchTree(tree: StringTree): StringTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === "string" ? stretch(value) : stretchTree(value),
    ])
  );
}

/** An i18next instance whose only language is the pseudo-locale of every namespace. */
export function createPseudoI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: PSEUDO_LANGUAGE,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS: "common",
    resources: {
      [PSEUDO_LANGUAGE]: Object.fromEntries(
        namespaces.map((ns) => [ns, stretchTree(resources.en[ns])])
      ),
    },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Every English string of a namespace tree, flattened. */
export function englishStrings(tree: StringTree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : englishStrings(v)));
}
