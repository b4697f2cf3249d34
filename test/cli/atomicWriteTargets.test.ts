/**
 * The atomic writer on names that are not plain files. Renamed over, a device or a pipe became a
 * plain file (`--json /dev/null` as root replaced the machine's /dev/null), and a symbolic link
 * became a file of its own, the file it led to left stale.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeFileAtomic, writeTextFileAtomicStreamed } from "../../src/cli/atomicWrite";

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-write-targets-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Everything written to a named pipe while `write` runs, and the pipe after it. */
async function throughPipe(name: string, write: (pipe: string) => Promise<void>): Promise<string> {
  const pipe = path.join(tmp, name);
  expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
  const chunks: Buffer[] = [];
  const read = new Promise<void>((resolve, reject) => {
    const stream = fs.createReadStream(pipe);
    stream.on("data", (chunk) => chunks.push(chunk as Buffer));
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  await write(pipe);
  await read;
  // Still the pipe: not replaced by a file of the same name.
  expect(fs.lstatSync(pipe).isFIFO()).toBe(true);
  return Buffer.concat(chunks).toString("utf8");
}

describe("atomic writes to a name that is not a plain file", () => {
  it("writes into a named pipe in place, whole, and leaves the pipe a pipe", async () => {
    const bytes = await throughPipe("report.fifo", (pipe) => writeFileAtomic(pipe, "report bytes"));
    expect(bytes).toBe("report bytes");
    const pieces = ["{", '"a": 1', "}"];
    const text = await throughPipe("summary.fifo", (pipe) =>
      writeTextFileAtomicStreamed(pipe, (write) => pieces.forEach(write))
    );
    expect(text).toBe('{"a": 1}');
    expect(fs.readdirSync(tmp).sort()).toEqual(["report.fifo", "summary.fifo"]); // no temporary file
  });

  it("replaces the file a symbolic link leads to, keeping the link and the file's mode", async () => {
    const folder = path.join(tmp, "shared");
    fs.mkdirSync(folder);
    const real = path.join(folder, "report.json");
    fs.writeFileSync(real, "last month");
    fs.chmodSync(real, 0o640);
    const link = path.join(tmp, "report.json");
    fs.symlinkSync(real, link);

    await writeFileAtomic(link, "this month");

    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(link)).toBe(real);
    expect(fs.readFileSync(real, "utf8")).toBe("this month");
    expect(fs.statSync(real).mode & 0o777).toBe(0o640);
    // The temporary file was made beside the real file (one file system), then renamed away.
    expect(fs.readdirSync(folder)).toEqual(["report.json"]);
    expect(fs.readdirSync(tmp).sort()).toEqual(["report.json", "shared"]);
  });

  it("still replaces a plain file atomically, and makes a new one", async () => {
    const file = path.join(tmp, "summary.json");
    await writeFileAtomic(file, "one");
    fs.writeFileSync(file, "previous");
    await writeFileAtomic(file, "two");
    expect(fs.readFileSync(file, "utf8")).toBe("two");
    expect(fs.lstatSync(file).isFile()).toBe(true);
    expect(fs.readdirSync(tmp)).toEqual(["summary.json"]);
  });
});
