import { gzipSync } from "node:zlib";
import { gunzip } from "../../../src/taskpane/worker/gunzip";
import { InputFileError } from "../../../src/xlsx/inputFileError";

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("gunzip in the pane's worker", () => {
  const csv = "customer,date,amount\n" + "C1,2024-01-02,12.50\n".repeat(5_000);

  it("inflates a .csv.gz to the same bytes", async () => {
    const out = await gunzip(arrayBuffer(gzipSync(csv)), 1_000_000);
    expect(new TextDecoder().decode(out)).toBe(csv);
  });

  it("refuses a file whose trailer declares more than the limit, before inflating", async () => {
    await expect(gunzip(arrayBuffer(gzipSync(csv)), 1_000)).rejects.toBeInstanceOf(InputFileError);
  });

  it("stops a gzip bomb whose trailer lies at the limit", async () => {
    // 4 MB of zeros compress to ~4 KB; the trailer is rewritten to claim 100 bytes.
    const bomb = gzipSync(Buffer.alloc(4_000_000));
    new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength).setUint32(
      bomb.length - 4,
      100,
      true
    );
    const error = await gunzip(arrayBuffer(bomb), 1_000_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).problem).toBe("file.gzipTooLarge");
  });

  it("rejects bytes that are not gzip", async () => {
    await expect(gunzip(arrayBuffer(new TextEncoder().encode(csv)), 1_000_000)).rejects.toThrow();
  });
});
