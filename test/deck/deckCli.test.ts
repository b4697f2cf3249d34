/**
 * `crm-analytics analyze … --deck deck.pptx` through the built command line (a real Node process:
 * pptxgenjs takes its Node path), then LibreOffice Impress renders each deck to PDF: one page a
 * slide, in English and French. Runs where soffice and pdfinfo are installed (CI installs
 * libreoffice-impress and poppler-utils).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const cli = path.join(root, "build/cli/crm-analytics.cjs");
const SAMPLE_EN = path.join(root, "test/fixtures/sample-en/crm-sample-en.xlsx");
const installed = ["soffice", "pdfinfo"].every(
  (tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0
);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "crm-deck-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeDeck(language: "en" | "fr"): { file: string; slides: number } {
  const file = path.join(dir, `deck-${language}.pptx`);
  const run = spawnSync(
    process.execPath,
    [cli, "analyze", SAMPLE_EN, "--lang", language, "--deck", file],
    { encoding: "utf8", timeout: 300_000 }
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const written = /\((\d+) (slides|diapositives)\)/.exec(run.stdout);
  expect(written).not.toBeNull();
  return { file, slides: Number(written![1]) };
}

function renderToPdf(pptx: string): number {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-deck-"));
  try {
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        pptx,
      ],
      { encoding: "utf8", timeout: 600_000, env: { ...process.env, HOME: profile } }
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = pptx.replace(/\.pptx$/, ".pdf");
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

describe("crm-analytics --deck", () => {
  it("refuses a deck path that names an input, before reading anything", () => {
    const run = spawnSync(process.execPath, [cli, "analyze", SAMPLE_EN, "--deck", SAMPLE_EN], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("--deck");
  });

  (installed ? it : it.skip).each(["en", "fr"] as const)(
    "writes a %s deck that LibreOffice Impress prints one page a slide",
    (language) => {
      const { file, slides } = writeDeck(language);
      expect(existsSync(file)).toBe(true);
      expect(slides).toBeGreaterThanOrEqual(8);
      expect(renderToPdf(file)).toBe(slides);
    },
    900_000
  );
});
