/**
 * The pane's entry point. Waits for Office (or decides there is none), picks the language and
 * the theme, mounts the React tree, then starts the analysis worker off the critical path.
 */
import { createRoot } from "react-dom/client";
import { createI18n, type Language } from "../i18n";
import { PaneRoot } from "./components/PaneRoot/PaneRoot";
import { detectHost, type OfficeStartupApi } from "./startup/detectHost";
import { chooseLanguage, LANGUAGE_STORAGE_KEY } from "./startup/chooseLanguage";
import { chooseTheme } from "./startup/chooseTheme";
import { startAnalysisWorker } from "./worker/startAnalysisWorker";
import type { PaneActions } from "./paneActions";

async function start(): Promise<void> {
  // office.js is a plain <script> from Microsoft's CDN: absent when blocked or offline.
  const office: OfficeStartupApi | undefined = typeof Office === "undefined" ? undefined : Office;
  const host = await detectHost(office);
  const language = chooseLanguage({
    stored: readStoredLanguage(),
    officeLanguage: host.mode === "excel" ? host.displayLanguage : undefined,
    browserLanguage: navigator.language,
  });
  const i18n = createI18n(language);
  document.documentElement.lang = language;
  i18n.on("languageChanged", (next: string) => (document.documentElement.lang = next));

  const theme = chooseTheme({
    officeTheme: host.mode === "excel" ? host.officeTheme : undefined,
    forcedColors: window.matchMedia("(forced-colors: active)").matches,
    prefersDark: window.matchMedia("(prefers-color-scheme: dark)").matches,
  });

  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <PaneRoot
      i18n={i18n}
      theme={theme}
      mode={host.mode}
      actions={pendingActions}
      onLanguageChange={storeLanguage}
    />
  );
  container.setAttribute("aria-busy", "false");

  const worker = startAnalysisWorker();
  const answer = await worker.api.ping();
  // Lets the browser tests (and a curious developer) see that the engine's worker is alive.
  document.body.dataset.engine = answer === "pong" ? "ready" : "unexpected-answer";
}

// The flow's actions are wired to the worker and the host adapters by the analysis hook as the
// engine lands; until then the buttons are present and do nothing.
const pendingActions: PaneActions = {
  openFiles: () => undefined,
  trySample: () => undefined,
  findSheets: () => undefined,
};

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
