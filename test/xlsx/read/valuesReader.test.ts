/**
 * The values-only reader on XML written by hand: what other writers put in a worksheet
 * (prefixed names, inline strings, ISO date cells, CDATA, cells without references), where it
 * deliberately differs from ExcelJS (cached formula results that are falsy), and hostile files
 * (a DTD, an undefined entity, a zip entry inflating past its declared size, parts declaring
 * more than the limit, a merge over a whole sheet), each refused with one InputFileError.
 */
import ExcelJS from "exceljs";
import { InputFileError } from "../../../src/xlsx/inputFileError";
import { XlsxWorkbookSource } from "../../../src/xlsx/workbookSourceXlsx";
import { ExcelJsWorkbookSource } from "../../support/exceljsWorkbookSource";
import { ooxmlPackage, sharedStringsXml, stylesXml, worksheet } from "../../support/ooxmlPackage";
import { readAll } from "../../support/readBothWays";

async function rowsOf(bytes: Uint8Array, sheet = 0) {
  return (await readAll(await XlsxWorkbookSource.load(bytes))).raw[sheet].rows;
}

async function problemOf(bytes: Uint8Array): Promise<string> {
  try {
    await readAll(await XlsxWorkbookSource.load(bytes));
  } catch (error) {
    if (error instanceof InputFileError) return error.problem;
    throw error;
  }
  return "read";
}

/** The central directory entry of `name` in a zip: where its sizes are. */
function centralEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length)) === name) return at;
  }
  throw new Error(`no entry ${name}`);
}

describe("XlsxWorkbookSource on hand-written parts", () => {
  it("reads inline strings, ISO dates, CDATA, character references and cells without references", async () => {
    const bytes = await ooxmlPackage({
      sheets: [
        {
          name: "Other writer",
          xml: worksheet(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>Client</t></is></c><c t="inlineStr"><is><r><t>Da</t></r><r><rPr><b/></rPr><t>te</t></r></is></c><c r="C1" t="inlineStr"><is><t><![CDATA[<Montant> & co]]></t></is></c></row>` +
              `<!-- a comment --><?pi ignored?>` +
              `<row><c r="A2" t="inlineStr"><is><t>caf&#xE9;&#8364;\r\nline</t></is></c><c r="B2" t="d"><v>2024-03-05T10:30:00</v></c><c r="C2"><v>12.5</v></c></row>`
          ),
        },
      ],
    });
    expect(await rowsOf(bytes)).toEqual([
      ["Client", "Date", "<Montant> & co"],
      ["café€\nline", new Date(Date.UTC(2024, 2, 5, 10, 30)), 12.5],
    ]);
  });

  it("reads elements with a namespace prefix (as the Open XML SDK writes them)", async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>45357</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = await ooxmlPackage({
      sheets: [{ name: "SDK", xml }],
      sharedStrings: sharedStringsXml(["<si><t>K1</t></si>"]),
      styles: stylesXml([0, 14]),
    });
    // Serial 45357 is 2024-03-06 (45292 is 2024-01-01).
    expect(await rowsOf(bytes)).toEqual([["K1", new Date(Date.UTC(2024, 2, 6))]]);
  });

  it("joins rich shared strings, leaves phonetic guides out and decodes Excel's _xHHHH_ escapes", async () => {
    const bytes = await ooxmlPackage({
      sheets: [
        {
          name: "S",
          xml: worksheet(
            `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`
          ),
        },
      ],
      sharedStrings: sharedStringsXml([
        `<si><r><t>東京</t></r><r><t xml:space="preserve"> ok</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>`,
        `<si><t>a_x000D_b</t></si>`,
        `<si><t/></si>`,
      ]),
    });
    expect(await rowsOf(bytes)).toEqual([["東京 ok", "a\rb", ""]]);
  });

  it("reads a cached formula result of 0, FALSE or empty text as such, where ExcelJS read blanks", async () => {
    const bytes = await ooxmlPackage({
      sheets: [
        {
          name: "F",
          xml: worksheet(
            `<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>FALSE()</f><v>0</v></c><c r="C1" t="str"><f>""</f><v></v></c><c r="D1"><f>2*3</f><v>6</v></c></row>`
          ),
        },
      ],
    });
    expect(await rowsOf(bytes)).toEqual([[0, false, null, 6]]);
    // ExcelJS copied a formula's result only when truthy: 0 and FALSE were lost.
    const reference = await readAll(await ExcelJsWorkbookSource.load(bytes));
    expect(reference.raw[0].rows).toEqual([[null, null, null, 6]]);
  });

  it('takes the 1904 date system written as date1904="true" (LibreOffice), which ExcelJS missed', async () => {
    const bytes = await ooxmlPackage({
      sheets: [{ name: "Mac", xml: worksheet(`<row r="1"><c r="A1" s="1"><v>0</v></c></row>`) }],
      styles: stylesXml([0, 14]),
      workbookPr: `<workbookPr date1904="true"/>`,
    });
    const read = await readAll(await XlsxWorkbookSource.load(bytes));
    expect(read.info.date1904).toBe(true);
    expect(read.raw[0].rows).toEqual([[new Date(Date.UTC(1904, 0, 1))]]);
    // ExcelJS (lib/xlsx/xform/book/workbook-properties-xform.js) took only date1904 === "1".
  });

  it("truncates sheet names past 31 characters as Excel shows them, and refuses two that then collide", async () => {
    const long = "Transactions of the year 2024 - all stores";
    const one = await ooxmlPackage({ sheets: [{ name: long, xml: worksheet("") }] });
    expect((await (await XlsxWorkbookSource.load(one)).listSheets())[0].name).toBe(
      long.slice(0, 31)
    );
    const two = await ooxmlPackage({
      sheets: [
        { name: long, xml: worksheet("") },
        { name: `${long.slice(0, 31)} (copy)`, xml: worksheet("") },
      ],
    });
    await expect(XlsxWorkbookSource.load(two)).rejects.toMatchObject({
      problem: "file.sheetNamesCollide",
      params: { first: long, second: `${long.slice(0, 31)} (copy)` },
    });
  });

  it("reports progress by bytes read, rising to 1", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Big");
    for (let r = 1; r <= 20_000; r++)
      ws.addRow([`C${r}`, r * 1.5, new Date(Date.UTC(2024, 0, 1 + (r % 300)))]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const fractions: number[] = [];
    const source = await XlsxWorkbookSource.load(bytes, { onProgress: (f) => fractions.push(f) });
    await readAll(source);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions.every((f, i) => i === 0 || f > fractions[i - 1])).toBe(true);
    expect(fractions[fractions.length - 1]).toBe(1);
  });
});

describe("hostile workbooks", () => {
  it("refuses a document type declaration (entity expansion) as a damaged workbook", async () => {
    const laughs =
      `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>` +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>`;
    const bytes = await ooxmlPackage({
      sheets: [{ name: "S", xml: worksheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) }],
      sharedStrings: laughs,
    });
    expect(await problemOf(bytes)).toBe("file.damagedWorkbook");
  });

  it("refuses an entity no DTD could declare", async () => {
    const bytes = await ooxmlPackage({
      sheets: [
        {
          name: "S",
          xml: worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>`),
        },
      ],
    });
    expect(await problemOf(bytes)).toBe("file.damagedWorkbook");
  });

  it("refuses a part that inflates past the size its zip entry declares (a zip bomb's lie)", async () => {
    const bytes = await ooxmlPackage({
      sheets: [
        { name: "S", xml: worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`.repeat(2000)) },
      ],
    });
    const entry = centralEntry(bytes, "xl/worksheets/sheet1.xml");
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(entry + 24, 1000, true);
    expect(await problemOf(bytes)).toBe("file.damagedWorkbook");
  });

  it("refuses parts declaring more than the limit, before inflating anything", async () => {
    const bytes = await ooxmlPackage({ sheets: [{ name: "S", xml: worksheet("") }] });
    const entry = centralEntry(bytes, "xl/worksheets/sheet1.xml");
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(entry + 24, 0xfffffff0, true);
    expect(await problemOf(bytes)).toBe("file.xlsxTooLarge");
  });

  it("refuses truncated XML and a shared string index past the table", async () => {
    const truncated = await ooxmlPackage({
      sheets: [
        { name: "S", xml: worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`).slice(0, -30) },
      ],
    });
    expect(await problemOf(truncated)).toBe("file.damagedWorkbook");
    const pastTable = await ooxmlPackage({
      sheets: [{ name: "S", xml: worksheet(`<row r="1"><c r="A1" t="s"><v>7</v></c></row>`) }],
      sharedStrings: sharedStringsXml(["<si><t>only</t></si>"]),
    });
    expect(await problemOf(pastTable)).toBe("file.damagedWorkbook");
  });

  it("refuses a tag that never ends without rescanning it for minutes", async () => {
    const endless = `<row r="1"><c r="A1" t="inlineStr"><is><t a="${"x".repeat(6 * 1024 * 1024)}`;
    const bytes = await ooxmlPackage({ sheets: [{ name: "S", xml: worksheet(endless) }] });
    expect(await problemOf(bytes)).toBe("file.damagedWorkbook");
  });

  it("clips a merge over the whole sheet to the cells the sheet holds", async () => {
    const bytes = await ooxmlPackage({
      sheets: [
        {
          name: "S",
          xml: worksheet(
            `<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="B2"><v>2</v></c></row>`,
            `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`
          ),
        },
      ],
    });
    expect(await rowsOf(bytes)).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });
});
