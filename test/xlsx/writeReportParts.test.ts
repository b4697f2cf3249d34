import {
  appendRelationships,
  freshRelationshipId,
  insertDrawingElement,
  usedRelationshipIds,
} from "../../src/xlsx/chart/relationshipsXml";
import { escapeXml } from "../../src/xlsx/chart/xml";

describe("insertDrawingElement", () => {
  it("puts <drawing> after the page setup and before the table parts", () => {
    const sheet =
      '<worksheet xmlns:r="R"><sheetData/><pageMargins/><pageSetup/>' +
      '<tableParts count="1"/></worksheet>';
    expect(insertDrawingElement(sheet, "rId3")).toBe(
      '<worksheet xmlns:r="R"><sheetData/><pageMargins/><pageSetup/>' +
        '<drawing r:id="rId3"/><tableParts count="1"/></worksheet>'
    );
  });

  it("is not fooled by the <extLst> a data-bar rule nests inside conditional formatting", () => {
    const sheet =
      '<worksheet xmlns:r="R"><sheetData/><conditionalFormatting><cfRule><extLst/></cfRule>' +
      "</conditionalFormatting><pageMargins/><extLst><ext/></extLst></worksheet>";
    const out = insertDrawingElement(sheet, "rId1");
    expect(out.indexOf("<drawing")).toBeGreaterThan(out.indexOf("<pageMargins"));
    expect(out.indexOf("<drawing")).toBeLessThan(out.lastIndexOf("<extLst>"));
  });

  it("declares the relationships namespace when the sheet lacks it", () => {
    expect(insertDrawingElement("<worksheet><sheetData/></worksheet>", "rId1")).toBe(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheetData/><drawing r:id="rId1"/></worksheet>'
    );
  });
});

describe("relationships", () => {
  it("picks an id not used yet and appends to an existing part", () => {
    const rels =
      '<Relationships><Relationship Id="rId1"/><Relationship Id="rId2"/></Relationships>';
    const used = usedRelationshipIds(rels);
    expect(freshRelationshipId(used)).toBe("rId3");
    expect(appendRelationships(rels, [{ id: "rId3", type: "T", target: "x.xml" }])).toBe(
      '<Relationships><Relationship Id="rId1"/><Relationship Id="rId2"/>' +
        '<Relationship Id="rId3" Type="T" Target="x.xml"/></Relationships>'
    );
  });

  it("edge case: ids with gaps never collide", () => {
    const used = new Set(["rId2", "rId3"]);
    const id = freshRelationshipId(used);
    expect(["rId2", "rId3"]).not.toContain(id);
  });
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML 1.0 cannot carry", () => {
    expect(escapeXml(`<a & 'b'> "c"\u0001`)).toBe("&lt;a &amp; &apos;b&apos;&gt; &quot;c&quot;");
  });
});
