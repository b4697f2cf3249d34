/**
 * The package plumbing that makes chart parts reachable: .rels entries, content-type overrides,
 * and the <drawing r:id> element of a worksheet (ECMA-376 Part 2 for packages; Part 1, 18.3.1.99
 * for CT_Worksheet's element order).
 */
import { escapeXml, NS, XML_DECLARATION } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A new .rels part. */
export function relationshipsXml(relationships: Relationship[]): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${NS.pkgRels}">` +
    relationships
      .map(
        (r) =>
          `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`
      )
      .join("") +
    `</Relationships>`
  );
}

/** Adds relationships to an existing .rels part (or creates one when there is none). */
export function appendRelationships(existing: string | undefined, added: Relationship[]): string {
  if (existing === undefined) return relationshipsXml(added);
  const entries = added
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`
    )
    .join("");
  return existing.replace(/<\/Relationships>\s*$/, `${entries}</Relationships>`);
}

/** Relationship ids already used in a .rels part, to pick new ones that do not collide. */
export function usedRelationshipIds(rels: string | undefined): Set<string> {
  return new Set([...(rels ?? "").matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
}

/** A fresh id "rIdN" not in `used`. */
export function freshRelationshipId(used: Set<string>): string {
  for (let n = used.size + 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** Adds <Override> entries to [Content_Types].xml. */
export function addContentTypeOverrides(
  contentTypes: string,
  overrides: { partName: string; contentType: string }[]
): string {
  const entries = overrides
    .map((o) => `<Override PartName="${escapeXml(o.partName)}" ContentType="${o.contentType}"/>`)
    .join("");
  return contentTypes.replace(/<\/Types>\s*$/, `${entries}</Types>`);
}

/** Elements that come before <drawing> in a worksheet, after the cells and formats. */
const BEFORE_DRAWING = [
  "</sheetData>",
  "<pageMargins",
  "<pageSetup",
  "<headerFooter",
  "<rowBreaks",
  "<colBreaks",
  "<customProperties",
  "<cellWatches",
  "<ignoredErrors",
  "<smartTags",
];

/**
 * Elements that come after <drawing> in a worksheet (CT_Worksheet is a sequence: drawing sits
 * after the page setup and before legacy drawings, table parts and extensions).
 */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
];

/** Inserts <drawing r:id="..."/> at its schema position in a worksheet part. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing\s/.test(sheetXml)) throw new Error("worksheet already has a drawing");
  const withNamespace = /xmlns:r="/.test(
    sheetXml.slice(0, sheetXml.indexOf(">", sheetXml.indexOf("<worksheet")))
  )
    ? sheetXml
    : sheetXml.replace("<worksheet", `<worksheet xmlns:r="${NS.r}"`);
  const element = `<drawing r:id="${relId}"/>`;
  // Search after the last element that precedes <drawing>: a cfRule nests its own <extLst>
  // earlier in the sheet, which must not be mistaken for the worksheet's.
  const from = Math.max(0, ...BEFORE_DRAWING.map((tag) => withNamespace.lastIndexOf(tag)));
  const positions = AFTER_DRAWING.map((tag) => withNamespace.indexOf(tag, from)).filter(
    (i) => i >= 0
  );
  const at =
    positions.length > 0 ? Math.min(...positions) : withNamespace.lastIndexOf("</worksheet>");
  return withNamespace.slice(0, at) + element + withNamespace.slice(at);
}
