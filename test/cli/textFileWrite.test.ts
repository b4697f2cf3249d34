/**
 * writeTextFileAtomicStreamed (the --json file's writer) writes the UTF-8 bytes of its pieces
 * joined, whatever the pieces: a surrogate pair split across two, lone surrogates, pieces larger
 * than its buffer, a text of several buffers.
 */
import fc from "fast-check";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeTextFileAtomicStreamed } from "../../src/cli/atomicWrite";

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-text-write-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function written(pieces: string[]): Promise<Buffer> {
  const file = path.join(tmp, "out.json");
  await writeTextFileAtomicStreamed(file, (write) => pieces.forEach(write));
  return fs.readFileSync(file);
}

/** Any UTF-16 code units: halves of pairs, ASCII, two- and three-byte characters. */
const codeUnits = fc.string({
  unit: fc
    .oneof(fc.nat(0x7f), fc.nat(0xffff), fc.integer({ min: 0xd800, max: 0xdfff }))
    .map((c) => String.fromCharCode(c)),
});

describe("writeTextFileAtomicStreamed", () => {
  it("writes the UTF-8 bytes of the joined pieces", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(codeUnits, { maxLength: 40 }), async (pieces) => {
        expect((await written(pieces)).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
      }),
      { numRuns: 200 }
    );
  });

  it("keeps a pair split across pieces, and texts longer than its buffer", async () => {
    const emoji = "\ud83d\ude00";
    const cases = [
      ["a\ud83d", "\ude00b"],
      ["\ud83d", "", "\ude00", "\ud83d"],
      ["x".repeat(3_000_000), emoji, "é".repeat(500_000)],
      Array.from(
        { length: 20_000 },
        (_, i) => `${i % 7 === 0 ? "\ud83d" : "\ude00"}${"€".repeat(i % 300)}`
      ),
    ];
    for (const pieces of cases)
      expect((await written(pieces)).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });
});
