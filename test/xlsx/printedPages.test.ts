/**
 * The sample report printed the way a reader without Excel prints it: LibreOffice converts the
 * English and French workbooks to PDF (headless, its own profile so a running soffice does not
 * block it), pdfinfo counts the pages and pdftotext reads each page's running header, which names
 * the sheet. The board pack is at most 60 pages, the Uplift summary is one page, every page has
 * the header and footer. Runs where soffice, pdfinfo and pdftotext are installed (CI installs
 * libreoffice-calc and poppler-utils); the print plan itself is tested without them below.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ReportModel } from "../../src/report/model";
import { sampleReportModels, writeWorkbook, type WrittenWorkbook } from "../support/sampleReports";

const tools = ["soffice", "pdfinfo", "pdftotext"];
const installed = tools.every(
  (tool) => spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).status === 0
);

/** Converts the workbook to PDF next to it; returns the PDF's path. */
function printToPdf(xlsx: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), "lo-"));
  try {
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        path.dirname(xlsx),
        xlsx,
      ],
      { encoding: "utf8", timeout: 600_000, env: { ...process.env, HOME: profile } }
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return xlsx.replace(/\.xlsx$/, ".pdf");
}

function pageCount(pdf: string): number {
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Each page's text, in order. */
function pageTexts(pdf: string): string[] {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  }).stdout;
  const pages = text.split("\f");
  return pages[pages.length - 1].trim() === "" ? pages.slice(0, -1) : pages;
}

/** Pages per sheet, from the sheet name the header centres on each page. */
function pagesBySheet(texts: string[], model: ReportModel): Map<string, number> {
  const counts = new Map(model.sheets.map((s) => [s.name, 0]));
  for (const text of texts) {
    const header = text.split("\n").find((line) => line.trim() !== "") ?? "";
    // The longest name first: "Data quality" before a sheet called "Data".
    const sheet = [...counts.keys()]
      .sort((a, b) => b.length - a.length)
      .find((name) => header.includes(` ${name} `));
    if (sheet !== undefined) counts.set(sheet, counts.get(sheet)! + 1);
  }
  return counts;
}

(installed ? describe : describe.skip)("the sample report printed by LibreOffice", () => {
  const printed: Partial<
    Record<"en" | "fr", { workbook: WrittenWorkbook; texts: string[]; pages: number }>
  > = {};

  beforeAll(async () => {
    const models = await sampleReportModels();
    for (const language of ["en", "fr"] as const) {
      const workbook = await writeWorkbook("printed-pages", `sample-${language}`, models[language]);
      const pdf = printToPdf(workbook.path);
      printed[language] = { workbook, texts: pageTexts(pdf), pages: pageCount(pdf) };
    }
  }, 900_000);

  it.each(["en", "fr"] as const)("%s: at most 60 pages, every sheet printed", (language) => {
    const { workbook, texts, pages } = printed[language]!;
    expect(pages).toBe(texts.length);
    expect(pages).toBeLessThanOrEqual(60);
    const bySheet = pagesBySheet(texts, workbook.model);
    // Every page is one of the report's sheets (its header names it), every sheet prints.
    expect([...bySheet.values()].reduce((a, b) => a + b, 0)).toBe(pages);
    for (const [sheet, count] of bySheet) {
      expect({ sheet, printed: count > 0 }).toEqual({ sheet, printed: true });
    }
  });

  it.each(["en", "fr"] as const)(
    "%s: the Uplift sheet opens with its summary on one page, the appendix after",
    (language) => {
      const { workbook, texts } = printed[language]!;
      const uplift = workbook.model.sheets.find((s) => s.key === "uplift")!;
      const pages = texts.filter((text) =>
        (text.split("\n").find((l) => l.trim()) ?? "").includes(` ${uplift.name} `)
      );
      const summaryHeading =
        language === "en"
          ? "Summary: what each campaign added"
          : "Résumé : ce que chaque campagne a apporté";
      const summary = uplift.blocks.find((b) => b.kind === "table" && b.name === "UpliftSummary");
      if (summary?.kind !== "table") throw new Error("no Uplift summary");
      const verdicts = summary.rows.map((r) => {
        const cell = r[summary.columns.findIndex((c) => c.id === "verdictText")];
        return String(cell !== null && typeof cell === "object" ? cell.value : cell);
      });
      // The summary, with the first words of every line's verdict, is on the first page only.
      expect(pages[0]).toContain(summaryHeading);
      for (const verdict of verdicts)
        expect(pages[0]).toContain(verdict.split(" ").slice(0, 2).join(" "));
      expect(pages.slice(1).some((p) => p.includes(summaryHeading))).toBe(false);
      expect(pages.length).toBeGreaterThan(1);
    }
  );

  it.each(["en", "fr"] as const)(
    "%s: every page has the header and the footer with page x of y",
    (language) => {
      const { texts } = printed[language]!;
      const [reportName, pageWord, of] =
        language === "en"
          ? ["CRM Analytics report", "Page", "of"]
          : ["Rapport CRM Analytics", "Page", "sur"];
      for (const text of texts) {
        expect(text).toContain(reportName);
        expect(text).toContain("2025-01-01");
        expect(text).toMatch(new RegExp(`${pageWord} \\d+ ${of} \\d+`));
      }
      // "&P of &N": the first page is page 1 (of the whole printed workbook here).
      expect(texts[0]).toMatch(new RegExp(`${pageWord} 1 ${of} \\d+`));
    }
  );

  it.each(["en", "fr"] as const)(
    "%s: no customer of the per-customer tables is printed",
    (language) => {
      const { workbook, texts } = printed[language]!;
      const blocks = workbook.model.sheets.flatMap((s) => s.blocks);
      for (const name of ["RfmCustomers", "LtvCustomers"]) {
        const customers = blocks.find((b) => b.kind === "table" && b.name === name);
        if (customers?.kind !== "table") throw new Error(`no ${name} table`);
        // The last customers of each table (the Method sheet's worked example names the first).
        const ids = customers.rows.slice(-5).map((r) => String(r[0]));
        for (const id of ids) {
          const printed = texts.some((t) => new RegExp(`\\b${id}\\b`).test(t));
          expect({ name, id, printed }).toEqual({ name, id, printed: false });
        }
      }
    }
  );
});
