import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type CliIo } from "../../src/cli/run";

const fixture = path.resolve(__dirname, "../fixtures/input/ventes_fr.csv");

/** The CLI's io over the real file system, as main.ts gives it: outputs really land on disk. */
function diskIo() {
  const err: string[] = [];
  const io: CliIo = {
    exists: (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
    readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
    writeFile: async (p, text) => fs.writeFileSync(p, text),
    stdout: () => undefined,
    stderr: (line) => err.push(line),
  };
  return { io, err };
}

let tmp: string;
let input: string;
let original: Buffer;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "crm-in-"));
  input = path.join(tmp, "ventes.csv");
  fs.copyFileSync(fixture, input);
  original = fs.readFileSync(input);
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI, expects the refusal (exit 2, one line naming both files) and the input intact. */
async function refused(argv: string[], option: string) {
  const { io, err } = diskIo();
  expect(await run(argv, io)).toBe(2);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(new RegExp(`^Error: ${option} .* is the input file .*ventes\\.csv`));
  expect(fs.readFileSync(input).equals(original)).toBe(true);
  expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

describe("the user's input files are never overwritten by --out or --json", () => {
  it("--json naming the input itself", async () => {
    await refused(["analyze", input, "--json", input], "--json");
  });

  it("--out naming the input through another spelling of the path (./x/../)", async () => {
    const other = path.join(tmp, ".", "sub", "..", "ventes.csv");
    fs.mkdirSync(path.join(tmp, "sub"));
    await refused(["analyze", input, "--out", other], "--out");
  });

  it("--json through a symbolic link to the input", async () => {
    const link = path.join(tmp, "link.json");
    fs.symlinkSync(input, link);
    await refused(["analyze", input, "--json", link], "--json");
  });

  it("--out through a symbolic link to the input's folder", async () => {
    const dirLink = path.join(tmp, "alias");
    fs.symlinkSync(tmp, dirLink);
    await refused(["analyze", input, "--out", path.join(dirLink, "ventes.csv")], "--out");
  });

  it("--json naming a hard link to the input (same device and inode)", async () => {
    const hard = path.join(tmp, "hard.json");
    fs.linkSync(input, hard);
    await refused(["analyze", input, "--json", hard], "--json");
  });

  it("--out naming the second of several CSV inputs, in French", async () => {
    const second = path.join(tmp, "clients.csv");
    fs.writeFileSync(second, "Client;Nom\nK1;Dupont\n");
    const before = fs.readFileSync(second);
    const { io, err } = diskIo();
    expect(await run(["analyze", input, second, "--out", second, "--lang", "fr"], io)).toBe(2);
    expect(err).toEqual([
      `Erreur : --out ${second} est le fichier d'entrée ${second} : choisissez un autre nom (les fichiers d'entrée ne sont jamais écrasés)`,
    ]);
    expect(fs.readFileSync(second).equals(before)).toBe(true);
  });

  it("a different file in the same folder is still written", async () => {
    const { io, err } = diskIo();
    const out = path.join(tmp, "summary.json");
    expect(await run(["analyze", input, "--json", out], io)).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(fs.readFileSync(out, "utf8")).dataQuality.rowsRead).toBe(6);
    expect(fs.readFileSync(input).equals(original)).toBe(true);
  });
});
