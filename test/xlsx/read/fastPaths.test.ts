/**
 * The values-only reader's fast paths read what its general paths read: the platform's
 * DecompressionStream and pako inflate alike (values, progress, refusals), and a cell or row
 * written as every writer writes it (<c r="A1" s="1" t="s"><v>0</v></c>, read straight from
 * the text) holds the value of the same cell written any other way XML allows (through the
 * tokeniser and attributesOf).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputFileError } from "../../../src/xlsx/inputFileError";
import { XlsxWorkbookSource } from "../../../src/xlsx/workbookSourceXlsx";
import { ooxmlPackage, sharedStringsXml, stylesXml, worksheet } from "../../support/ooxmlPackage";
import { readAll } from "../../support/readBothWays";
import { zipWithTrailingBytes } from "../../support/zipWithTrailingBytes";

const SAMPLE = join(__dirname, "../../../assets/sample/crm-sample.xlsx");
const inflaters = [
  { name: "DecompressionStream", nativeInflate: true },
  { name: "pako", nativeInflate: false },
];

async function problemOf(bytes: Uint8Array, nativeInflate: boolean): Promise<string> {
  try {
    await readAll(await XlsxWorkbookSource.load(bytes, { nativeInflate }));
  } catch (error) {
    if (error instanceof InputFileError) return error.problem;
    throw error;
  }
  return "read";
}

describe("the platform's inflater and pako", () => {
  it("give the same sample workbook, with progress rising to 1 either way", async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const reads = [];
    for (const { nativeInflate } of inflaters) {
      const fractions: number[] = [];
      const source = await XlsxWorkbookSource.load(bytes, {
        nativeInflate,
        onProgress: (f) => fractions.push(f),
      });
      reads.push(await readAll(source));
      expect(fractions.length).toBeGreaterThan(20);
      expect(fractions.every((f, i) => i === 0 || f > fractions[i - 1])).toBe(true);
      expect(fractions[fractions.length - 1]).toBe(1);
    }
    expect(reads[0].raw.map((s) => s.rows.length)).toEqual(reads[1].raw.map((s) => s.rows.length));
    expect(reads[0].raw[1].rows.length).toBeGreaterThan(70_000);
    expect(reads[0]).toEqual(reads[1]);
  });

  it.each(inflaters)("$name refuses a part inflating past its declared size", async (i) => {
    const bytes = await ooxmlPackage({
      sheets: [
        { name: "S", xml: worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`.repeat(2000)) },
      ],
    });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    for (let at = bytes.length - 46; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const length = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length));
      if (name === "xl/worksheets/sheet1.xml") view.setUint32(at + 24, 1000, true);
    }
    expect(await problemOf(bytes, i.nativeInflate)).toBe("file.damagedWorkbook");
  });

  it.each(inflaters)("$name refuses a corrupt deflate stream", async (i) => {
    const bytes = await ooxmlPackage({
      sheets: [
        { name: "S", xml: worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`.repeat(2000)) },
      ],
    });
    // The worksheet's compressed data follows its local header; overwrite its middle.
    const at = findBytes(bytes, "xl/worksheets/sheet1.xml") + 200;
    bytes.fill(0xff, at, at + 64);
    expect(await problemOf(bytes, i.nativeInflate)).toBe("file.damagedWorkbook");
  });

  it.each(inflaters)(
    "$name reads a part with bytes after the end of its deflate stream, as the other does",
    async (i) => {
      const rows = `<row r="1"><c r="A1"><v>1</v></c></row>`.repeat(2000);
      const bytes = await zipWithTrailingBytes(
        await ooxmlPackage({ sheets: [{ name: "S", xml: worksheet(rows) }] }),
        "xl/worksheets/sheet1.xml",
        new Uint8Array([0x00, 0x13, 0x37, 0xff, 0x00])
      );
      const source = await XlsxWorkbookSource.load(bytes, { nativeInflate: i.nativeInflate });
      const read = await readAll(source);
      expect(read.raw[0].rows).toHaveLength(1);
      expect(read.raw[0].rows[0]).toEqual([1]);
    }
  );

  it("the platform's inflater refusing a part midway (as Chromium refuses bytes after a deflate stream's end, dropping what it had queued): pako goes on from there, every row once", async () => {
    // French text cut anywhere: the resumed text must not break or repeat a character
    const rows = Array.from(
      { length: 4000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Société n°${i} é</t></is></c></row>`
    ).join("");
    const bytes = await ooxmlPackage({ sheets: [{ name: "S", xml: worksheet(rows) }] });
    const expected = await readAll(await XlsxWorkbookSource.load(bytes, { nativeInflate: false }));
    const Real = globalThis.DecompressionStream;
    class RefusingAfterOneChunk {
      readonly writable: WritableStream<BufferSource>;
      readonly readable: ReadableStream<Uint8Array>;
      constructor(format: CompressionFormat) {
        const real = new Real(format);
        this.writable = real.writable;
        let chunks = 0;
        this.readable = real.readable.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              if (chunks++ >= 1)
                controller.error(new TypeError("Junk found after end of compressed data."));
              else controller.enqueue(chunk);
            },
          })
        );
      }
    }
    globalThis.DecompressionStream = RefusingAfterOneChunk as unknown as typeof DecompressionStream;
    try {
      const fractions: number[] = [];
      const read = await readAll(
        await XlsxWorkbookSource.load(bytes, {
          nativeInflate: true,
          onProgress: (f) => fractions.push(f),
        })
      );
      expect(read.raw[0].rows).toHaveLength(4000);
      expect(read.raw[0].rows[3999]).toEqual(["Société n°3999 é"]);
      expect(read).toEqual(expected);
      expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    } finally {
      globalThis.DecompressionStream = Real;
    }
  });
});

function findBytes(bytes: Uint8Array, text: string): number {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error(`${text} not found`);
}

describe("cells and rows read straight from the text", () => {
  it("hold what the same cells written otherwise hold", async () => {
    const plain =
      `<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45357</v></c><c r="C1"><v>12.5</v></c>` +
      `<c r="D1" t="b"><v>1</v></c><c r="E1" s="2"/><c r="F1"><v>007</v></c></row>`;
    const otherwise =
      `<row spans='1:6' r='1'><c t='s' r='A1'><v>0</v></c><c  r="B1" s="1" ><v>45357</v></c><c r="C1" cm="1"><v>12.5</v></c>` +
      `<c r="D1" t="b"><v><!-- c -->1</v></c><c r="E1" s="2"></c><c r="f1"><v>7</v></c></row>`;
    const noReferences =
      `<row><c t="s"><v>0</v></c><c s="1"><v>45357</v></c><c><v>12.5</v></c>` +
      `<c t="b"><v>1</v></c><c s="2"/><c><v>7</v></c></row>`;
    const read = async (rows: string) =>
      (
        await readAll(
          await XlsxWorkbookSource.load(
            await ooxmlPackage({
              sheets: [{ name: "S", xml: worksheet(rows) }],
              sharedStrings: sharedStringsXml(["<si><t>K1</t></si>"]),
              styles: stylesXml([0, 14, 0]),
            })
          )
        )
      ).raw[0];
    const expected = [["K1", new Date(Date.UTC(2024, 2, 6)), 12.5, true, null, 7]];
    expect((await read(plain)).rows).toEqual(expected);
    expect((await read(otherwise)).rows).toEqual(expected);
    expect((await read(noReferences)).rows).toEqual(expected);
  });

  it("refuses a plain cell with a reference that has no column, as the general path does", async () => {
    for (const cell of [`<c r="12"><v>1</v></c>`, `<c r='12'><v>1</v></c>`]) {
      const bytes = await ooxmlPackage({
        sheets: [{ name: "S", xml: worksheet(`<row r="1">${cell}</row>`) }],
      });
      expect(await problemOf(bytes, true)).toBe("file.damagedWorkbook");
    }
  });
});
