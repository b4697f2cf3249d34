import type { CellValue, ContactGroup } from "../domain";
import { CONTROL_HEADER_WORDS, TREATED_HEADER_WORDS } from "./headerSynonyms";
import { headerTokens } from "./normalizeHeader";
import { parseBoolean } from "./values/booleanText";
import { foldText } from "./values/normalizeText";

/**
 * Words naming each group of a campaign test (DESIGN.md), compared without case, accents or
 * punctuation. Kept as data. The yes/no words (1/0, true/false, oui/non) are handled apart:
 * their meaning depends on the column's header.
 */
export const GROUP_WORDS: Readonly<Record<ContactGroup, readonly string[]>> = {
  control: [
    "control",
    "controle",
    "temoin",
    "holdout",
    "hold out",
    "control group",
    "groupe controle",
    "groupe de controle",
    "groupe temoin",
    "non cible",
    "not targeted",
    "untreated",
    "non traite",
    "not contacted",
    "non contacte",
  ],
  treated: [
    "treated",
    "traite",
    "test",
    "cible",
    "expose",
    "test group",
    "groupe test",
    "treatment",
    "traitement",
    "targeted",
    "exposed",
    "contacted",
    "contacte",
  ],
};

const groupByWord = new Map<string, ContactGroup>(
  (Object.keys(GROUP_WORDS) as ContactGroup[]).flatMap((group) =>
    GROUP_WORDS[group].map((word) => [word, group] as const)
  )
);

/**
 * True when a header names the control flag itself ("Témoin", "is_control", "Holdout flag"):
 * yes means control there. "Test / Témoin" names both sides, so it is not a flag.
 */
export function isControlFlagHeader(header: string): boolean {
  const tokens = headerTokens(header);
  return (
    tokens.some((t) => CONTROL_HEADER_WORDS.includes(t)) &&
    !tokens.some((t) => TREATED_HEADER_WORDS.includes(t))
  );
}

/**
 * The group of a contact from its group cell: a group word ("Témoin", "ciblé", "Test"...), or a
 * yes/no value (1/0, true/false, oui/non) meaning treated, unless the column is the control flag
 * itself (`controlFlagColumn`, header "Témoin"/"Control"), where yes means control. Null for
 * anything else.
 * @example parseContactGroup("Témoin", false) // "control"
 */
export function parseContactGroup(
  value: CellValue,
  controlFlagColumn: boolean
): ContactGroup | null {
  if (typeof value === "string") {
    const word = foldText(value)
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    const group = groupByWord.get(word);
    if (group) return group;
  }
  const flag = parseBoolean(value);
  if (flag === null) return null;
  return flag !== controlFlagColumn ? "treated" : "control";
}
