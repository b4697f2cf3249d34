/**
 * Browser tests of the production bundle (`npm run test:e2e`): builds with webpack, serves dist/
 * from a local static server, drives Debian's Chromium through playwright-core.
 *
 * Standalone (office.js aborted, as when Microsoft's CDN is blocked or the page is opened outside
 * Office): the pane at 320 and 450 px in English and French (steps, no horizontal scrolling, no
 * console errors, the worker answering, keyboard, language switch, file picker, themes); then
 * the whole flow on the sample data - its quality summary and results against the sample's
 * truth file, the report downloaded and opened with ExcelJS (sheets, tables, charts).
 *
 * Inside Excel: office.js is answered with a fake Office (test/e2e/fakeOffice, its own webpack
 * build, never in dist/) whose Excel.run works on the typed fake Excel holding the sample
 * workbook. The pane reads it, runs, writes the report (after one injected failure that must
 * leave the workbook as it was), writes it again; the test asserts the fake workbook's sheets,
 * tables and charts and that the source sheets are byte-identical. Also on ExcelApi 1.9.
 *
 * Each flow runs one analysis: 320 and 450 px by resizing, the other language by switching.
 * Screenshots go to test-output/e2e/. Every non-local request fails a test.
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), E2E_SKIP_BUILD=1 to reuse dist/ and the fake
 * Office build, E2E_ONLY=<text> to run only the cases whose name contains it.
 * Prints the initial JS size (gzipped) and first paint for the bench.
 */
import { spawnSync } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium } from "playwright-core";
import { kb, measureInitialJs } from "./initialJs.mjs";
import { readSampleSheets } from "./sampleSheets.mjs";
import { serve } from "./staticServer.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "dist");
const screenshots = path.join(root, "test-output", "e2e");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The fake Office + typed fake Excel, built by webpack.fakeOffice.config.js (never in dist/). */
const FAKE_OFFICE_BUNDLE = path.join(root, "test-output", "e2e-build", "fakeOffice.js");
const SAMPLE_WORKBOOK = path.join(root, "assets", "sample", "crm-sample.xlsx");
/** What the sample generator planted (assets/sample/README.md): the numbers the pane must show. */
const SAMPLE_TRUTH = path.join(root, "assets", "sample", "crm-sample.truth.json");
/** The sample workbook's sheets as loaded into the fake Excel: name, used rows, tables. */
const SAMPLE_SHEETS = [
  ["Clients", 5001, []],
  ["Transactions", 76232, []],
  ["Contacts", 12872, ["ContactsTable"]],
];
/** A customer of the sample renamed, everywhere, to an id Excel would read as a formula. */
const FORMULA_LIKE_CUSTOMER = { was: "CL00174", id: '=HYPERLINK("https://example.com","CL00174")' };
/** Where the page fetches the fake workbook's sheets from (answered by the test's route). */
const SHEETS_PATH = "__e2e__/sheets.json";
/** Issue 8's target for the pane's first load. */
const INITIAL_JS_BUDGET_KB = 400;

const expected = {
  en: {
    locale: "en-US",
    dataHeading: "Your data",
    steps: ["Data", "Settings", "Run", "Results", "Write"],
    stepHeadings: ["Your data", "Settings", "Run the analysis", "Results", "Write to the workbook"],
    tablist: "Steps",
    language: "Language",
    sample: "Try the sample data",
    chooseFiles: "Choose files",
    fileInput: "Workbook or CSV files",
    findSheets: "Find my data",
    rowsRead: "Rows read",
    findAgain: "Read the workbook again",
    writeFailed: /The report could not be written; your workbook is unchanged\./,
    runButton: "Run the analysis",
    runDone: /^Analysis done, as of /,
    resultsHeading: "Results",
    download: "Download the report",
    writeExcel: "Write to this workbook",
    written: /^Report written\./,
    goTo: (sheet) => `Go to ${sheet}`,
    downloadAgain: /^Download .+ again$/,
    deck: "Download the board deck",
    deckReady: /^The deck is ready: crm-deck-\d{4}-\d{2}-\d{2}\.pptx$/,
    deckKpiTitle: "The month's figures",
  },
  fr: {
    locale: "fr-FR",
    dataHeading: "Vos données",
    steps: ["Données", "Réglages", "Calcul", "Résultats", "Écrire"],
    stepHeadings: [
      "Vos données",
      "Réglages",
      "Lancer l'analyse",
      "Résultats",
      "Écrire dans le classeur",
    ],
    tablist: "Étapes",
    language: "Langue",
    sample: "Essayer avec les données d'exemple",
    chooseFiles: "Choisir des fichiers",
    fileInput: "Classeur ou fichiers CSV",
    findSheets: "Trouver mes données",
    rowsRead: "Lignes lues",
    findAgain: "Relire le classeur",
    writeFailed: /Le rapport n’a pas pu être écrit\s;\svotre classeur n’a pas été modifié\./,
    runButton: "Lancer l'analyse",
    runDone: /^Analyse terminée, à la date du /,
    resultsHeading: "Résultats",
    download: "Télécharger le rapport",
    writeExcel: "Écrire dans ce classeur",
    written: /^Rapport écrit\./,
    goTo: (sheet) => `Aller à ${sheet}`,
    downloadAgain: /^Télécharger à nouveau /,
    deck: "Télécharger la présentation",
    deckReady: /^La présentation est prête\s:\scrm-deck-\d{4}-\d{2}-\d{2}\.pptx$/,
    deckKpiTitle: "Les chiffres du mois",
  },
};

const results = [];
/** Counts from crm-sample.truth.json, read in main(). */
let truth;
/** The CLI's decks of the sample (--deck), by language: what the pane's must equal. */
const cliDecks = {};
let browser;
let server;

async function main() {
  if (process.env.E2E_SKIP_BUILD !== "1") build();
  truth = JSON.parse(await readFile(SAMPLE_TRUTH, "utf8")).counts;
  await mkdir(screenshots, { recursive: true });
  for (const lang of ["en", "fr"]) cliDecks[lang] = await cliDeck(lang);
  const fakeOfficeBundle = await readFile(FAKE_OFFICE_BUNDLE, "utf8");
  /** office.js as the fake: its config first, then the bundle. */
  const fakeOffice = (config) =>
    `window.__fakeOfficeConfig = ${JSON.stringify(config)};\n${fakeOfficeBundle}`;
  // The sample workbook as the fake Excel holds it; Contacts as an Excel Table.
  const sample = await readSampleSheets(SAMPLE_WORKBOOK, { Contacts: "ContactsTable" });
  const sampleSheets = JSON.stringify(sample);
  // The same, plus a sheet of the user's own named like our English dashboard, and one
  // customer whose id reads like a formula (as text in the source, as a user could type it).
  const formulaLike = (value) =>
    value === FORMULA_LIKE_CUSTOMER.was ? FORMULA_LIKE_CUSTOMER.id : value;
  const sampleWithUserDashboard = JSON.stringify([
    ...sample.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map(formulaLike)) })),
    { name: "Dashboard", rows: [["My own dashboard"], ["Do not touch"]] },
  ]);
  const initialJs = await measureInitialJs(dist);
  console.log(
    `initial JS: ${kb(initialJs.gzipped)} KB gzipped (${kb(initialJs.raw)} KB raw) in ` +
      `${initialJs.files.length} files: ${initialJs.files.join(", ")}`
  );
  record("initial JS stays under the budget", () => {
    if (initialJs.gzipped > INITIAL_JS_BUDGET_KB * 1024) {
      throw new Error(`${kb(initialJs.gzipped)} KB gzipped > ${INITIAL_JS_BUDGET_KB} KB`);
    }
  });

  await mkdir(screenshots, { recursive: true });
  server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });

  for (const lang of ["en", "fr"]) {
    for (const width of [320, 450]) {
      await test(`standalone pane, ${lang}, ${width} px`, { base, lang, width }, async (page) => {
        const want = expected[lang];
        await page.getByRole("heading", { level: 1, name: "CRM Analytics" }).waitFor();
        await expectEqual("html lang", await page.locator("html").getAttribute("lang"), lang);
        await expectVisible(page.getByRole("heading", { level: 2, name: want.dataHeading }));
        const tabs = page.getByRole("tablist", { name: want.tablist }).getByRole("tab");
        const names = await tabs.evaluateAll((els) =>
          els.map((el) => el.querySelector(".fui-Tab__content")?.textContent ?? el.textContent)
        );
        await expectEqual("steps", names, want.steps);
        await expectVisible(page.getByRole("button", { name: want.sample }));
        await expectVisible(page.getByRole("combobox", { name: want.language }));
        await page.locator("body[data-engine=ready]").waitFor({ timeout: 10_000 });
        await expectNoHorizontalScroll(page, "Data step");
        await page.screenshot({
          path: path.join(screenshots, `pane-${lang}-${width}.png`),
          fullPage: true,
        });
        // Every step must fit too: French labels are the longest.
        for (const [i, step] of want.steps.entries()) {
          await tabs.nth(i).click();
          await expectVisible(page.getByRole("heading", { level: 2, name: want.stepHeadings[i] }));
          await expectNoHorizontalScroll(page, `${step} step`);
        }
        if (lang === "en" && width === 450) {
          const paint = await page.evaluate(
            () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN
          );
          console.log(`first contentful paint: ${Math.round(paint)} ms (en, 450 px, local server)`);
        }
      });
    }
  }

  // One analysis per flow (the sample takes tens of seconds on a busy machine): each flow runs
  // in one language at 320 px, is checked at 450 px by resizing, and in the other language by
  // switching it in the pane. Together they cover both flows, both widths, both languages.
  await test(
    "standalone: the sample data run, its results shown, the report downloaded (en, then fr; 320 and 450 px)",
    { base, lang: "en", width: 320 },
    (page) => standaloneRun(page, "en")
  );

  await test("language switch, en -> fr", { base, lang: "en", width: 320 }, async (page) => {
    await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
    await expectVisible(page.getByRole("heading", { level: 2, name: "Vos données" }));
    await expectVisible(page.getByRole("tab", { name: "Réglages" }));
    await expectEqual("html lang", await page.locator("html").getAttribute("lang"), "fr");
    await expectNoHorizontalScroll(page, "after switching to French");
    // The choice is remembered for the next opening.
    await page.reload();
    await expectVisible(page.getByRole("heading", { level: 2, name: "Vos données" }));
  });

  await test(
    "keyboard: arrows move between steps, Enter opens one",
    { base, lang: "en", width: 320 },
    async (page) => {
      await page.getByRole("tab", { name: "Data" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      const focused = await page.evaluate(() => document.activeElement?.id);
      await expectEqual("focused tab", focused, "pane-step-run");
      await page.keyboard.press("Enter");
      await expectVisible(page.getByRole("heading", { level: 2, name: "Run the analysis" }));
    }
  );

  await test(
    "file picker: a CSV is accepted, a PDF refused",
    { base, lang: "fr", width: 320 },
    async (page) => {
      const input = page.getByLabel(expected.fr.fileInput);
      await input.setInputFiles({
        name: "achats.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("id;date\n1;2024-01-05\n"),
      });
      // French puts a (no-break) space before the colon; which one is the translator's call.
      await expectVisible(
        page.getByRole("status").filter({ hasText: /^Ouverture\s:\sachats\.csv$/ })
      );
      await page.evaluate(() => {
        // A drop of a PDF, as from the file manager (the picker's accept filter would hide it).
        const zone = document.querySelector("input[type=file]").parentElement;
        const data = new DataTransfer();
        data.items.add(new File(["%PDF"], "rapport.pdf", { type: "application/pdf" }));
        zone.dispatchEvent(
          new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true })
        );
      });
      await expectVisible(page.getByRole("alert").filter({ hasText: "rapport.pdf n'est pas" }));
      await expectNoHorizontalScroll(page, "with the refusal shown");
      await page.screenshot({
        path: path.join(screenshots, "pane-fr-320-refusal.png"),
        fullPage: true,
      });
    }
  );

  await test(
    "dark colour scheme gives a dark pane",
    { base, lang: "en", width: 450, colorScheme: "dark" },
    async (page) => {
      await page.getByRole("heading", { level: 1 }).waitFor();
      const [r, g, b] = await providerBackground(page);
      if (r + g + b > 3 * 80) throw new Error(`background rgb(${r}, ${g}, ${b}) is not dark`);
      await page.screenshot({
        path: path.join(screenshots, "pane-en-450-dark.png"),
        fullPage: true,
      });
    }
  );

  await test(
    "high-contrast mode gives the high-contrast theme",
    { base, lang: "en", width: 320, forcedColors: "active" },
    async (page) => {
      await page.getByRole("heading", { level: 1 }).waitFor();
      // teamsHighContrastTheme paints the pane black (webDarkTheme would be #292929).
      await expectEqual("background", await providerBackground(page), [0, 0, 0]);
      await expectNoHorizontalScroll(page, "in high contrast");
    }
  );

  await test(
    "inside Excel: Office's language and theme, the Excel-only Data step",
    {
      base,
      lang: "en",
      width: 320,
      officeJs: fakeOffice({
        displayLanguage: "fr-FR",
        officeTheme: { bodyBackgroundColor: "#444444" },
        sheets: [],
      }),
    },
    async (page) => {
      await expectVisible(page.getByRole("heading", { level: 2, name: "Vos données" }));
      await expectVisible(page.getByText("Analyse de ce classeur"));
      await expectVisible(page.getByRole("button", { name: "Trouver mes données" }));
      await expectEqual("file inputs", await page.locator("input[type=file]").count(), 0);
      const [r, g, b] = await providerBackground(page);
      if (r + g + b > 3 * 80) throw new Error(`background rgb(${r}, ${g}, ${b}) is not dark`);
      await expectNoHorizontalScroll(page, "inside Excel");
      await page.screenshot({
        path: path.join(screenshots, "pane-excel-fr-320-dark.png"),
        fullPage: true,
      });
    }
  );

  await test(
    "inside Excel on ExcelApi 1.9: a user's sheet named like ours survives two writes, a formula-like customer id stays text (en, 450 px)",
    {
      base,
      lang: "en",
      width: 450,
      officeJs: fakeOffice({
        displayLanguage: "en-US",
        culture: "fr-FR",
        apiVersion: "1.9",
        sheetsUrl: SHEETS_PATH,
      }),
      sheetsJson: sampleWithUserDashboard,
    },
    (page) => inOldExcelRun(page)
  );

  await test(
    "inside Excel: the sample workbook read and the report written (fr, then en; 320 and 450 px)",
    {
      base,
      lang: "fr",
      width: 320,
      officeJs: fakeOffice({
        displayLanguage: "fr-FR",
        culture: "fr-FR",
        sheetsUrl: SHEETS_PATH,
      }),
      sheetsJson: sampleSheets,
    },
    (page) => inExcelRun(page, "fr")
  );
}

/**
 * Inside Excel, on the fake: the pane finds the sample workbook's sheets, runs the analysis,
 * writes the report; the fake workbook then holds our sheets, tables and charts, the source
 * sheets are byte-identical to what they were, and the links show each sheet.
 */
async function inExcelRun(page, lang) {
  const want = expected[lang];
  const layout = [];
  await expectVisible(page.getByRole("heading", { level: 2, name: want.dataHeading }));
  const before = await fakeSheets(page);
  await expectEqual(
    "the fake workbook's sheets",
    before.map((s) => [s.name, s.usedRows, s.tables.map((t) => t.name)]),
    SAMPLE_SHEETS
  );
  await page.getByRole("button", { name: want.findSheets }).click();
  // Read (the button offers to read again), then the data-quality summary once checked.
  await expectVisible(page.getByRole("button", { name: want.findAgain, disabled: false }), 60_000);
  await expectVisible(page.getByText(want.rowsRead, { exact: true }).first(), 60_000);
  await checkSampleQuality(page);
  await checkBothWidths(page, `excel-${lang}`, "data", "Data step, sheets found", layout);
  await runAnalysis(page, want, `excel-${lang}`);
  await checkResults(page, want, `excel-${lang}`, layout);

  await page.getByRole("tab", { name: want.steps[4] }).click();
  // First, Excel fails mid-write (after the new sheets are begun): the pane says so in the
  // user's language and the workbook is exactly as it was.
  await page.evaluate(() => window.__fakeWorkbook.failAfter(40));
  await page.getByRole("button", { name: want.writeExcel }).click();
  await expectVisible(page.getByRole("alert").filter({ hasText: want.writeFailed }), 60_000);
  await page.screenshot({
    path: path.join(screenshots, `excel-${lang}-320-write-failed.png`),
    fullPage: true,
  });
  await expectEqual(
    "the workbook after a failed write",
    (await fakeSheets(page)).map((s) => [s.name, s.fingerprint]),
    before.map((s) => [s.name, s.fingerprint])
  );
  // Then it works.
  await page.getByRole("button", { name: want.writeExcel }).click();
  await expectVisible(page.getByText(want.written), 60_000).catch(async (error) => {
    const failures = await page.evaluate(() => window.__fakeWorkbook.failures());
    throw new Error(`${error.message}\n    Excel refused: ${failures.join("; ") || "nothing"}`);
  });
  await checkBothWidths(page, `excel-${lang}`, "written", "Write step, written", layout);

  const after = await fakeSheets(page);
  // The source sheets: still first, byte-identical (values, formulas, formats, tables).
  await expectEqual(
    "source sheets after the write",
    after.slice(0, before.length).map((s) => [s.name, s.fingerprint]),
    before.map((s) => [s.name, s.fingerprint])
  );
  const report = after.slice(before.length);
  if (report.length < 3) throw new Error(`only ${report.length} report sheets written`);
  const tables = report.flatMap((s) => s.tables);
  const charts = report.flatMap((s) => s.charts);
  if (tables.length < report.length - 2) {
    throw new Error(`${tables.length} tables on ${report.length} report sheets`);
  }
  if (charts.length === 0) throw new Error("no chart on any report sheet");
  for (const chart of charts) {
    // Every chart reads a range of one of the report's sheets (bound to a table we wrote).
    const sheetOf = chart.source.split("!")[0].replace(/^'|'$/g, "").replace(/''/g, "'");
    if (!report.some((s) => s.name === sheetOf)) {
      throw new Error(`chart "${chart.title}" reads ${chart.source}, not a report sheet`);
    }
  }
  // Writing again replaces our sheets: one set, same names, the source sheets still intact.
  const syncs = await page.evaluate(() => window.__fakeWorkbook.syncs().count);
  await page.getByRole("button", { name: want.writeExcel }).click();
  await page.waitForFunction(
    ([before, names]) =>
      window.__fakeWorkbook.syncs().count > before &&
      JSON.stringify(window.__fakeWorkbook.sheets().map((s) => s.name)) === names,
    [syncs, JSON.stringify(after.map((s) => s.name))],
    { timeout: 60_000 }
  );
  await expectVisible(page.getByRole("button", { name: want.writeExcel, disabled: false }), 60_000);
  await expectVisible(page.getByText(want.written)); // written, not failed
  const rewritten = await fakeSheets(page);
  await expectEqual(
    "sheets after writing twice",
    rewritten.map((s) => [s.name, s.tables.length, s.charts.length]),
    after.map((s) => [s.name, s.tables.length, s.charts.length])
  );
  await expectEqual(
    "source sheets after writing twice",
    rewritten.slice(0, before.length).map((s) => s.fingerprint),
    before.map((s) => s.fingerprint)
  );
  // Each written sheet has a link that shows it.
  const last = report[report.length - 1].name;
  // A link-styled button (Fluent's Link as="button"), or a link: either is fine.
  const goTo = page
    .getByRole("button", { name: want.goTo(last) })
    .or(page.getByRole("link", { name: want.goTo(last) }));
  await goTo.click();
  await page.waitForFunction((name) => window.__fakeWorkbook.active() === name, last);
  console.log(
    `    in Excel (${lang}): ${report.length} sheets, ${tables.length} tables, ` +
      `${charts.length} charts written: ${report.map((s) => s.name).join(", ")}`
  );
  // The board deck downloads inside Excel too (Office on the web, Windows' WebView2).
  await downloadDeck(page, lang, `excel-${lang}`, { sameTitle: false });
  await checkBothWidths(page, `excel-${lang}`, "deck", "Write step in Excel, deck", layout);
  await checkOtherLanguage(page, lang, `excel`, layout);
  if (layout.length > 0) throw new Error(layout.join("\n    "));
}

/**
 * Excel with only the manifest's ExcelApi 1.9: no worksheet custom properties (ownership by the
 * workbook setting alone), no cultureInfo (Office's editing language instead). The fake fails
 * any 1.11/1.12 call with ApiNotFound, so a write that works proves the fallbacks. The user's
 * own "Dashboard" sheet is never touched: ours is "Dashboard (2)", twice.
 */
async function inOldExcelRun(page) {
  const want = expected.en;
  await expectVisible(page.getByRole("heading", { level: 2, name: want.dataHeading }));
  const before = await fakeSheets(page);
  await page.getByRole("button", { name: want.findSheets }).click();
  await expectVisible(page.getByRole("button", { name: want.findAgain, disabled: false }), 60_000);
  await checkSampleQuality(page);
  await runAnalysis(page, want, "excel-1.9-en");
  await page.getByRole("tab", { name: want.steps[4] }).click();
  const names = [];
  for (let write = 1; write <= 2; write++) {
    const syncs = await page.evaluate(() => window.__fakeWorkbook.syncs().count);
    await page.getByRole("button", { name: want.writeExcel }).click();
    await page.waitForFunction((n) => window.__fakeWorkbook.syncs().count > n, syncs);
    await expectVisible(page.getByRole("button", { name: want.goTo("Dashboard (2)") }), 60_000);
    await expectVisible(
      page.getByRole("button", { name: want.writeExcel, disabled: false }),
      60_000
    );
    const after = await fakeSheets(page);
    await expectEqual(
      `the user's sheets after write ${write}`,
      after.slice(0, before.length).map((s) => [s.name, s.fingerprint]),
      before.map((s) => [s.name, s.fingerprint])
    );
    names.push(after.map((s) => s.name));
  }
  await expectEqual("the sheets after the second write", names[1], names[0]);
  // The formula-like id is text wherever it landed: on the source sheets and in the report.
  const cells = await page.evaluate(
    (id) => window.__fakeWorkbook.find(id),
    FORMULA_LIKE_CUSTOMER.id
  );
  const inReport = cells.filter(
    (c) => !before.some((s) => s.name === c.sheet) && c.value === FORMULA_LIKE_CUSTOMER.id
  );
  if (inReport.length === 0) throw new Error("the formula-like customer id is not in the report");
  const asFormula = cells.filter((c) => c.formula !== undefined);
  await expectEqual("cells holding the formula-like id as a formula", asFormula, []);
  console.log(
    `    the formula-like id, as text, on ${[...new Set(inReport.map((c) => c.sheet))].join(", ")}`
  );
  if (names[0][before.length] !== "Dashboard (2)") {
    throw new Error(`our dashboard is ${names[0][before.length]}, not "Dashboard (2)"`);
  }
  await page.screenshot({
    path: path.join(screenshots, "excel-1.9-en-450-written.png"),
    fullPage: true,
  });
}

/** The standalone flow: the sample data, run, results, the report downloaded and checked. */
async function standaloneRun(page, lang) {
  const want = expected[lang];
  const layout = [];
  await page.getByRole("button", { name: want.sample }).click();
  await expectVisible(page.getByText(want.rowsRead, { exact: true }).first(), 120_000);
  await checkSampleQuality(page);
  await runAnalysis(page, want, `standalone-${lang}`);
  await checkResults(page, want, `standalone-${lang}`, layout);

  await page.getByRole("tab", { name: want.steps[4] }).click();
  let download;
  page.once("download", (d) => (download = d));
  await page.getByRole("button", { name: want.download }).click();
  const again = page.getByRole("link", { name: want.downloadAgain });
  await expectVisible(again, 60_000);
  if (!download) [download] = await Promise.all([page.waitForEvent("download"), again.click()]);
  const file = path.join(screenshots, `report-${lang}.xlsx`);
  await download.saveAs(file);
  await checkReportFile(file, lang);
  await checkBothWidths(page, `standalone-${lang}`, "downloaded", "Write step, downloaded", layout);
  await downloadDeck(page, lang, `standalone-${lang}`, { sameTitle: true });
  await checkBothWidths(page, `standalone-${lang}`, "deck", "Write step, deck downloaded", layout);
  await checkOtherLanguage(page, lang, "standalone", layout);
  // The other language's deck, from the same run: the pane's language, the CLI's slides.
  const other = lang === "en" ? "fr" : "en";
  await downloadDeck(page, other, `standalone-${other}`, { sameTitle: true });
  if (layout.length > 0) throw new Error(layout.join("\n    "));
}

/**
 * The Write step's "Board deck": clicked, downloaded, opened as a zip and compared with the
 * CLI's deck of the same sample in the same language (checkDeckFile). Excel gives its workbook's
 * name to the title slide (the CLI names its input file): `sameTitle` false skips that slide's
 * text.
 */
async function downloadDeck(page, lang, shot, { sameTitle }) {
  const want = expected[lang];
  await page.getByRole("tab", { name: want.steps[4] }).click();
  const button = page.getByRole("button", { name: want.deck, exact: true });
  await expectVisible(button);
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    button.click(),
  ]);
  await expectVisible(page.getByText(want.deckReady), 30_000);
  if (!/^crm-deck-\d{4}-\d{2}-\d{2}\.pptx$/.test(download.suggestedFilename())) {
    throw new Error(`the deck downloads as ${download.suggestedFilename()}`);
  }
  const file = path.join(screenshots, `deck-${shot}.pptx`);
  await download.saveAs(file);
  await checkDeckFile(file, lang, sameTitle);
}

/** The sample's deck as the CLI writes it (--deck), in `lang`. */
async function cliDeck(lang) {
  const file = path.join(screenshots, `cli-deck-${lang}.pptx`);
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const args = ["src/cli/main.ts", "analyze", SAMPLE_WORKBOOK, "--lang", lang, "--deck", file];
  const run = spawnSync(tsx, args, { cwd: root, encoding: "utf8", timeout: 600_000 });
  if (run.status !== 0)
    throw new Error(`the CLI's deck failed (exit ${run.status}): ${run.stderr}`);
  return JSZip.loadAsync(await readFile(file));
}

/** The texts of a slide (<a:t> runs) and the values a chart caches (<c:v>), in order, unescaped. */
const runsOf = (xml, tag) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((m) =>
    m[1]
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
  );

/**
 * The downloaded deck, as a zip: its slides (ppt/slides) are the CLI deck's, with the same texts
 * (the title slide aside when Excel names the workbook), in the pane's language; its charts are
 * native chart parts (ppt/charts) caching the CLI's values, each with its embedded workbook.
 * Chart values are compared as numbers to 1e-9 relative: the models fit in Chromium's V8 and in
 * Node's to the same optimum, not to the same last bits.
 */
/** Cached chart values alike: texts equal, numbers to 1e-9 relative. */
function sameValues(what, ours, theirs) {
  const number = (text) => (text.trim() === "" ? NaN : Number(text));
  const alike = (a, b) => {
    const [x, y] = [number(a), number(b)];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return a === b;
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  };
  const i = ours.findIndex((v, k) => !alike(v, theirs[k]));
  if (ours.length !== theirs.length || i >= 0) {
    throw new Error(
      `${what}: ${ours.length} values, the CLI's ${theirs.length}; first difference at ${i}: ${ours[i]} vs ${theirs[i]}`
    );
  }
}

async function checkDeckFile(file, lang, sameTitle) {
  const zip = await JSZip.loadAsync(await readFile(file));
  const cli = cliDecks[lang];
  const want = expected[lang];
  const names = (z, pattern) =>
    z
      .file(pattern)
      .map((f) => f.name)
      .sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)));
  /** The chart parts a slide draws (its relationships), in order. */
  const chartsOf = async (z, slide) => {
    const rels = z.file(slide.replace(/slides\/(slide\d+\.xml)$/, "slides/_rels/$1.rels"));
    const xml = rels ? await rels.async("string") : "";
    return [...xml.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map(
      (m) => `ppt/charts/${m[1]}`
    );
  };
  const slides = names(zip, /^ppt\/slides\/slide\d+\.xml$/);
  const cliSlides = names(cli, /^ppt\/slides\/slide\d+\.xml$/);
  if (slides.length === 0 || slides.length !== cliSlides.length) {
    throw new Error(`the deck has ${slides.length} slides, the CLI's ${cliSlides.length}`);
  }
  let charts = 0;
  for (const [i, slide] of slides.entries()) {
    const ours = runsOf(await zip.file(slide).async("string"), "a:t");
    const theirs = runsOf(await cli.file(slide).async("string"), "a:t");
    const ourCharts = await chartsOf(zip, slide);
    charts += ourCharts.length;
    if (i === 0 && !sameTitle) continue;
    await expectEqual(`${slide} title`, ours[0], theirs[0]);
    await expectEqual(`${slide} texts`, ours, theirs);
    // pptxgenjs numbers chart parts on from the worker's previous deck (a second deck starts at
    // chart8): a slide's charts pair up with the CLI slide's in order, not by name.
    const cliCharts = await chartsOf(cli, cliSlides[i]);
    if (ourCharts.length !== cliCharts.length) {
      throw new Error(`${slide}: ${ourCharts.length} charts, the CLI's ${cliCharts.length}`);
    }
    for (const [j, chart] of ourCharts.entries()) {
      const values = runsOf(await zip.file(chart).async("string"), "c:v");
      if (values.length === 0) throw new Error(`${chart} caches no data`);
      const cliValues = runsOf(await cli.file(cliCharts[j]).async("string"), "c:v");
      sameValues(`${chart} data`, values, cliValues);
    }
  }
  const kpis = runsOf(await zip.file("ppt/slides/slide2.xml").async("string"), "a:t");
  if (!kpis.includes(want.deckKpiTitle)) {
    throw new Error(`slide 2 is not in ${lang}: ${kpis.slice(0, 3).join(" | ")}`);
  }
  if (charts === 0 || names(zip, /^ppt\/charts\/chart\d+\.xml$/).length !== charts) {
    throw new Error(`${charts} charts on the slides, not every chart part`);
  }
  const embedded = zip.file(/^ppt\/embeddings\/.+\.xlsx$/);
  if (embedded.length !== charts) {
    throw new Error(`${embedded.length} embedded workbooks for ${charts} charts`);
  }
  console.log(
    `    deck (${lang}): ${slides.length} slides (the CLI's ${cliSlides.length}), ` +
      `${charts} native charts with their data`
  );
}

/** Run step: start the analysis, wait for it to end (the sample takes seconds, not minutes). */
async function runAnalysis(page, want, shot) {
  await page.getByRole("tab", { name: want.steps[2] }).click();
  await page.getByRole("button", { name: want.runButton }).click();
  const started = Date.now();
  // Once done, the pane may stay on Run (its "done" line) or move on to the results.
  const done = page
    .getByText(want.runDone)
    .or(page.getByRole("heading", { level: 2, name: want.resultsHeading }));
  await expectVisible(done.first(), 120_000);
  console.log(`    analysis of the sample: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await page.screenshot({ path: path.join(screenshots, `${shot}-run.png`), fullPage: true });
}

/** Results step: the results of the sample are shown (a table at least), at both widths. */
async function checkResults(page, want, shot, layout) {
  await page.getByRole("tab", { name: want.steps[3] }).click();
  await expectVisible(page.getByRole("heading", { level: 2, name: want.resultsHeading }));
  await expectVisible(page.getByRole("table").first(), 30_000);
  // The customers who bought (the sample's truth: 5,000 sign up, 4,748 ever buy).
  await expectVisible(page.getByText(numberText(truth.buyers)).first());
  // The LTV models fit in the browser's worker as in Node: a fit stalled by rounding noise in
  // Chromium once left the average CLV "n/a" while the CLI showed it.
  const clv = await page.locator('[data-kpi="averageClv"] > span').nth(1).innerText();
  if (!/\d/.test(clv)) throw new Error(`average CLV card shows "${clv}", not a figure`);
  await checkBothWidths(page, shot, "results", "Results step", layout);
  // The top of the results as a user first sees them (the full page is thousands of px tall).
  await page.setViewportSize({ width: 450, height: 900 });
  await page.screenshot({ path: path.join(screenshots, `${shot}-450-results-top.png`) });
  await page.setViewportSize({ width: 320, height: 720 });
}

/**
 * The Data step's quality summary of the sample, against what the generator planted: every row
 * of the three sheets read, and the excluded rows (no customer id, exact duplicates).
 */
async function checkSampleQuality(page) {
  const rowsRead = truth.customers + truth.transactionRows + truth.contactRows;
  await expectVisible(page.getByText(numberText(rowsRead)).first(), 30_000);
  const excluded = truth.noCustomerIdRows + truth.duplicateRows;
  await expectVisible(page.getByText(numberText(excluded)).first());
}

/** A whole number as the pane may show it in any language: 94102, 94,102, 94 102. */
function numberText(n) {
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "_");
  return new RegExp(`^${grouped.replaceAll("_", "[\\s,.]?")}$`);
}

/**
 * The page at 320 then 450 px: a screenshot of each, and horizontal scrolling noted in `layout`
 * (not thrown, so the rest of the flow still runs and every overflow is reported).
 */
async function checkBothWidths(page, shot, step, where, layout) {
  for (const width of [320, 450]) {
    await page.setViewportSize({ width, height: 720 });
    await page.screenshot({
      path: path.join(screenshots, `${shot}-${width}-${step}.png`),
      fullPage: true,
    });
    await expectNoHorizontalScroll(page, `${where} at ${width} px`).catch((error) =>
      layout.push(error.message)
    );
  }
  await page.setViewportSize({ width: 320, height: 720 });
}

/** Switches the pane to the other language: the results and the write step follow, and fit. */
async function checkOtherLanguage(page, lang, shot, layout) {
  const other = lang === "en" ? "fr" : "en";
  const want = expected[other];
  await page.getByRole("combobox", { name: expected[lang].language }).selectOption(other);
  await page.getByRole("tab", { name: want.steps[3] }).click();
  await expectVisible(page.getByRole("heading", { level: 2, name: want.resultsHeading }));
  await checkBothWidths(page, `${shot}-${other}`, "results", `Results in ${other}`, layout);
  await page.getByRole("tab", { name: want.steps[4] }).click();
  await expectVisible(page.getByRole("heading", { level: 2, name: want.stepHeadings[4] }));
  await checkBothWidths(page, `${shot}-${other}`, "write", `Write step in ${other}`, layout);
}

/**
 * The downloaded report, opened with ExcelJS and as a zip: the report's sheets, Excel Tables
 * (table parts) and native charts (chart parts, drawn from the workbook's own cells).
 */
async function checkReportFile(file, lang) {
  const bytes = await readFile(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const names = workbook.worksheets.map((ws) => ws.name);
  if (names.length < 3) throw new Error(`report has ${names.length} sheets: ${names.join(", ")}`);
  const zip = await JSZip.loadAsync(bytes);
  const tableParts = zip.file(/^xl\/tables\/table\d+\.xml$/);
  const chartParts = zip.file(/^xl\/charts\/chart\d+\.xml$/);
  if (tableParts.length === 0) throw new Error("no Excel Table in the report");
  if (chartParts.length === 0) throw new Error("no chart in the report");
  const chart = await chartParts[0].async("string");
  if (!/<c:f>[^<]+![^<]+<\/c:f>/.test(chart)) {
    throw new Error("the first chart does not read its values from the workbook's cells");
  }
  console.log(
    `    report (${lang}): ${names.length} sheets (${names.join(", ")}), ` +
      `${tableParts.length} tables, ${chartParts.length} charts`
  );
}

/** The fake workbook's sheets, tables, charts and fingerprints (see fakeOffice.ts). */
function fakeSheets(page) {
  return page.evaluate(() => window.__fakeWorkbook.sheets());
}

/**
 * The pane's background as [r, g, b], read from the theme token the Fluent provider sets
 * (--colorNeutralBackground1): in forced-colors mode the painted colour is the system's, so the
 * token is what tells which theme the pane chose.
 */
async function providerBackground(page) {
  const hex = await page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((el) => getComputedStyle(el).getPropertyValue("--colorNeutralBackground1").trim());
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`unexpected --colorNeutralBackground1: ${JSON.stringify(hex)}`);
  return match.slice(1).map((h) => parseInt(h, 16));
}

/** Runs one browser case in a fresh context; records pass or failure, never throws. */
async function test(
  name,
  { base, lang, width, colorScheme = "light", forcedColors = "none", officeJs, sheetsJson },
  body
) {
  if (process.env.E2E_ONLY && !name.includes(process.env.E2E_ONLY)) return;
  const context = await browser.newContext({
    viewport: { width, height: 720 },
    locale: expected[lang].locale,
    colorScheme,
    forcedColors,
  });
  const errors = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return officeJs
        ? route.fulfill({ contentType: "text/javascript", body: officeJs })
        : route.abort();
    }
    if (sheetsJson && url === `${base}${SHEETS_PATH}`) {
      return route.fulfill({ contentType: "application/json", body: sheetsJson });
    }
    if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) {
      return route.continue();
    }
    errors.push(`unexpected request to ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    // The aborted office.js shows up as a failed resource: expected, that is the scenario.
    if (message.type() === "error" && message.location().url !== OFFICE_JS) {
      errors.push(`console error: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  try {
    await page.goto(`${base}taskpane.html`);
    await body(page);
    if (errors.length > 0) throw new Error(errors.join("\n    "));
    pass(name);
  } catch (error) {
    const safeName = name.replace(/[^a-z0-9]+/gi, "-");
    await page
      .screenshot({ path: path.join(screenshots, `FAILED-${safeName}.png`), fullPage: true })
      .catch(() => undefined);
    fail(name, error);
  } finally {
    await context.close();
  }
}

function record(name, check) {
  try {
    check();
    pass(name);
  } catch (error) {
    fail(name, error);
  }
}

function pass(name) {
  results.push({ name, ok: true });
  console.log(`  ok    ${name}`);
}

function fail(name, error) {
  results.push({ name, ok: false });
  console.log(`  FAIL  ${name}\n    ${error instanceof Error ? error.message : error}`);
}

async function expectVisible(locator, timeout = 5_000) {
  await locator.waitFor({ state: "visible", timeout });
}

async function expectEqual(what, actual, wanted) {
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    throw new Error(`${what}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
  }
}

async function expectNoHorizontalScroll(page, where) {
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const width = document.scrollingElement.clientWidth;
    // The innermost elements sticking out on the right: what to fix.
    const wide = [...document.querySelectorAll("body *")].filter(
      (el) => el.getBoundingClientRect().right > width + 0.5
    );
    const innermost = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
    const describe = (el) =>
      `<${el.tagName.toLowerCase()}${el.getAttribute("role") ? ` role=${el.getAttribute("role")}` : ""}` +
      `${el.className && typeof el.className === "string" ? ` class="${el.className.split(" ")[0]}"` : ""}> ` +
      `"${(el.textContent ?? "").trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`;
    return {
      scrollWidth: document.scrollingElement.scrollWidth,
      clientWidth: width,
      culprits: innermost.slice(0, 3).map(describe),
    };
  });
  if (scrollWidth > clientWidth) {
    throw new Error(
      `horizontal scrolling on ${where}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}` +
        (culprits.length > 0 ? `; sticking out: ${culprits.join("; ")}` : "")
    );
  }
}

function build() {
  console.log("building the production bundle (webpack --mode production)...");
  webpack(["--mode", "production"]);
  console.log("building the fake Office for the in-Excel tests...");
  webpack(["--config", path.join("test", "e2e", "webpack.fakeOffice.config.js")]);
}

function webpack(args) {
  const bin = path.join(root, "node_modules", ".bin", "webpack");
  const run = spawnSync(bin, args, { cwd: root, encoding: "utf8" });
  if (run.status !== 0) {
    throw new Error(`webpack failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

async function shutdown() {
  await browser?.close().catch(() => undefined);
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
}

process.once("SIGINT", () => {
  void shutdown().then(() => process.exit(130));
});

try {
  await main();
} catch (error) {
  fail("e2e run", error);
} finally {
  await shutdown();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
