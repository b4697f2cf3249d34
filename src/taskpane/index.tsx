/**
 * The pane's entry point. Waits for Office (or decides there is none), picks the language and
 * the theme, wires the flow to the analysis worker and (in Excel) the workbook, mounts the
 * React tree. The analysis worker starts first of all: its script loads while Office answers and
 * React renders, so it is listening by the time the user opens anything.
 */
import { createRoot } from "react-dom/client";
import { createI18n, type Language } from "../i18n";
import { PaneRoot } from "./components/PaneRoot/PaneRoot";
import { warmFormatters } from "./components/shared/formatters";
import { downloadFile } from "./flow/downloadFile";
import type { PaneDeps } from "./flow/paneDeps";
import { SAMPLE_FILE, samplePrefetch } from "./flow/samplePrefetch";
import { createWorkerEngine } from "./flow/workerEngine";
import { documentSettingsStore, localSettingsStore } from "./settings/settingsStore";
import { detectHost, type OfficeStartupApi } from "./startup/detectHost";
import { chooseLanguage, LANGUAGE_STORAGE_KEY } from "./startup/chooseLanguage";
import { chooseTheme } from "./startup/chooseTheme";
import { startAnalysisWorker } from "./worker/startAnalysisWorker";

/** The sample workbook, copied next to the pane by webpack (CopyWebpackPlugin). */
const SAMPLE_PATH = "assets/sample/crm-sample.xlsx";

async function start(): Promise<void> {
  const engine = createWorkerEngine(startAnalysisWorker);
  // Starts the worker (its script loads in parallel with everything below).
  const engineAnswer = engine.ping();
  // office.js is a plain <script> from Microsoft's CDN: absent when blocked or offline.
  const office: OfficeStartupApi | undefined = typeof Office === "undefined" ? undefined : Office;
  const hostInfo = await detectHost(office);
  // Standalone, the prefetched sample is opened in the worker before the click (PreparedOpen):
  // the worker has nothing else to do until the user picks something, and picking anything
  // else stops it.
  const sample = samplePrefetch(fetchSample, (bytes) =>
    engine.prepare({ kind: "xlsx", fileName: SAMPLE_FILE, bytes })
  );
  const language = chooseLanguage({
    stored: readStoredLanguage(),
    officeLanguage: hostInfo.mode === "excel" ? hostInfo.displayLanguage : undefined,
    browserLanguage: navigator.language,
  });
  const i18n = createI18n(language);
  document.documentElement.lang = language;
  i18n.on("languageChanged", (next: string) => (document.documentElement.lang = next));

  const theme = chooseTheme({
    officeTheme: hostInfo.mode === "excel" ? hostInfo.officeTheme : undefined,
    forcedColors: window.matchMedia("(forced-colors: active)").matches,
    prefersDark: window.matchMedia("(prefers-color-scheme: dark)").matches,
  });

  // The Excel adapter loads only inside Excel: standalone users never download it.
  const host =
    hostInfo.mode === "excel" ? (await import("./host/excelHost")).createExcelHost() : null;
  const documentSettings = host ? officeDocumentSettings() : undefined;
  const deps: PaneDeps = {
    mode: hostInfo.mode,
    engine,
    host,
    settingsStoreFor: (sourceName) =>
      documentSettings
        ? documentSettingsStore(documentSettings)
        : localSettingsStore(browserStorage(), sourceName),
    loadSample: sample.load,
    saveFile: downloadFile,
    documentName: () => (host ? officeDocumentUrl() : ""),
    now: () => new Date(),
  };

  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <PaneRoot i18n={i18n} theme={theme} deps={deps} onLanguageChange={storeLanguage} />
  );
  container.setAttribute("aria-busy", "false");
  // Standalone, the sample's bytes are fetched once the pane is on screen (after its first paint,
  // which they must not delay): a click on "Try the sample data" then waits for no download, or
  // for the rest of it. Never in Excel, which has no such button.
  if (hostInfo.mode === "standalone") afterNextPaint(sample.prefetch);
  afterNextPaint(() => warmFormatters(language));

  const answer = await engineAnswer;
  // Lets the browser tests (and a curious developer) see that the engine's worker is alive.
  document.body.dataset.engine = answer === "pong" ? "ready" : "unexpected-answer";
}

/**
 * Runs `task` once the next frame is painted: requestAnimationFrame runs before the paint, the
 * timer after it. A hidden page paints nothing: the task then waits until it is shown.
 */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** The sample workbook's bytes, fetched from next to the pane. */
async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(new URL(SAMPLE_PATH, document.baseURI));
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.arrayBuffer();
}

/** The workbook's own settings store (Office document settings), when the host has one. */
function officeDocumentSettings(): Office.Settings | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.document?.settings;
}

/**
 * The workbook's path or URL, "" when Office does not know it (a new, unsaved workbook):
 * Office.Document.url, "the URL of the document that the Office application currently has open.
 * Returns null if the URL is unavailable" (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-url-member).
 */
function officeDocumentUrl(): string {
  return (typeof Office === "undefined" ? null : Office.context?.document?.url) ?? "";
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (private mode, some Office webviews): not remembering is fine
  }
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, some Office webviews): not remembering is fine
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this session only
  }
}

void start();
