/**
 * Text folded for comparison: lower case, accents removed (NFD then combining marks dropped),
 * "œ"/"æ" spelled out, surrounding spaces trimmed. "Témoin" -> "temoin", "CONTRÔLE" -> "controle".
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .trim();
}
