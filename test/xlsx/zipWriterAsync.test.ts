/**
 * The zip writer with slices deflated away from the main thread (nodeCompression.deflateSlice,
 * zlib on libuv's thread pool): the package is byte for byte the one the synchronous deflate
 * writes, whether the writer waits on its backlog or not, and a second reader (Python's zipfile,
 * openpyxl for a report) opens it with every part's text intact and every CRC right.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nodeCompression } from "../../src/cli/nodeCompression";
import { pakoCompression, ZipWriter, type Compression } from "../../src/xlsx/ooxml/zipWriter";
import { streamReportXlsx, writeReportXlsx } from "../../src/xlsx/writeReport";
import { sampleReportModels } from "../support/sampleReports";

const OUT = path.resolve(__dirname, "../../test-output/zip-writer-async");
const PYTHON = "/usr/bin/python3";
const syncNode: Compression = { ...nodeCompression, deflateSlice: undefined };

/** A part's text in pieces: rows of ASCII and of accented, euro and astral characters. */
function pieces(rows: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    out.push(
      i % 7 === 3
        ? `<row r="${i}"><c><is><t>Société ${i} € 😀 ñ</t></is></c></row>`
        : `<row r="${i}"><c r="A${i}" s="3"><v>${i / 7}</v></c><c r="B${i}"><v>${i}</v></c></row>`
    );
  }
  return out;
}

const PARTS: Record<string, string[]> = {
  // about 3.4 million characters: four slices, the last one short
  "xl/worksheets/sheet1.xml": pieces(60_000),
  "small.xml": ["<a>", "tiny é", "</a>"],
  "empty.txt": [],
  "one-piece.xml": [pieces(40_000).join("")],
};

/** The package of PARTS; `wait`: the writer awaits its backlog after each piece, as sheets do. */
async function writeParts(compression: Compression, wait: boolean): Promise<Uint8Array> {
  const zip = new ZipWriter(compression);
  for (const [name, texts] of Object.entries(PARTS)) {
    const part = zip.part(name);
    for (const text of texts) {
      part.write(text);
      const backlog = wait ? part.backlog() : null;
      if (backlog !== null) await backlog;
    }
    part.close();
  }
  await zip.drain();
  return zip.finish();
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** Python's zipfile on `file`: each member's name and SHA-256, after its CRC check. */
function readWithZipfile(file: string): Record<string, string> {
  const script =
    "import hashlib,json,sys,zipfile\n" +
    "z=zipfile.ZipFile(sys.argv[1]); bad=z.testzip()\n" +
    "if bad: raise SystemExit('bad CRC: '+bad)\n" +
    "print(json.dumps({n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}))";
  const run = spawnSync(PYTHON, ["-c", script, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, string>;
}

beforeAll(() => mkdirSync(OUT, { recursive: true }));

describe("slices deflated on the thread pool", () => {
  it("give the synchronous deflate's bytes, waiting on the backlog or not", async () => {
    const sync = await writeParts(syncNode, true);
    expect(Buffer.compare(await writeParts(nodeCompression, true), sync)).toBe(0);
    expect(Buffer.compare(await writeParts(nodeCompression, false), sync)).toBe(0);
  });

  it("make a zip a second reader opens with every part's text", async () => {
    const expected = Object.fromEntries(
      Object.entries(PARTS).map(([name, texts]) => [name, sha256(texts.join(""))])
    );
    for (const [label, compression] of [
      ["async", nodeCompression],
      ["pako", pakoCompression],
    ] as const) {
      const file = path.join(OUT, `${label}.zip`);
      writeFileSync(file, await writeParts(compression, true));
      expect(readWithZipfile(file)).toEqual(expected);
    }
  });

  it("write the sample report as the synchronous writer does, and openpyxl opens it", async () => {
    const { fr } = await sampleReportModels();
    const sync = await writeReportXlsx(fr, { compression: syncNode });
    const chunks: Uint8Array[] = [];
    await streamReportXlsx(fr, (chunk) => chunks.push(chunk.slice()), {
      compression: nodeCompression,
    });
    const streamed = Buffer.concat(chunks);
    expect(Buffer.compare(streamed, sync)).toBe(0);
    const file = path.join(OUT, "sample-fr.xlsx");
    writeFileSync(file, streamed);
    const check = spawnSync(
      PYTHON,
      [path.resolve(__dirname, "../support/openpyxlCheck.py"), file],
      { encoding: "utf8" }
    );
    const seen = JSON.parse(check.stdout) as Record<string, { sheets?: { name: string }[] }>;
    expect(seen[file].sheets?.map((s) => s.name)).toEqual(fr.sheets.map((s) => s.name));
  }, 120_000);
});
