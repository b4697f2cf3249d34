/*
 * Accessible names for the browser tests (test/e2e), English / French; every one comes from
 * src/i18n/{en,fr}/pane.ts, so prefer looking them up there over copying them.
 * - Steps: tablist "Steps"/"Étapes"; tabs Data/Données, Settings/Réglages, Run/Calcul,
 *   Results/Résultats, Write/Écrire. Each step's heading is an h2 (pane:*.heading).
 * - Data, standalone: button "Try the sample data"/"Essayer avec les données d'exemple";
 *   button "Choose files"/"Choisir des fichiers"; file input labelled "Workbook or CSV
 *   files"/"Classeur ou fichiers CSV". Excel: button "Find my data"/"Trouver mes données"
 *   (then "Read the workbook again"/"Relire le classeur").
 *   Once open: regions (h3) "Sheets found"/"Feuilles trouvées", "Sheets used"/"Feuilles
 *   utilisées", "Data quality"/"Qualité des données"; comboboxes "Sheet of Transactions"/
 *   "Feuille des Transactions" (also Customers/Clients, Contacts) whose first option
 *   "Detected: <sheet>" means automatic; per sheet used, a <details> "Columns of <sheet>
 *   (<kind>)" (open only when a required column needs checking) with one combobox per field
 *   named after it ("customer id (required)", "channel"...); button "Next: settings"/
 *   "Suite : paramètres". While reading: a spinner "Reading the data…", or in Excel a
 *   progress bar labelled "Reading the workbook: x %". body[data-source] is "none", "opening",
 *   "open" or "failed"; body[data-check] (the quality summary) "idle", "checking", "done" or
 *   "failed".
 * - Settings: textbox "Horizon (months)"/"Horizon (mois)", comboboxes "Score levels"/"Niveaux
 *   de score", "Segment map"/"Carte des segments", date input "Analysis date"/"Date d'analyse".
 * - Run: button "Run the analysis"/"Lancer l'analyse" ("Run again"/"Relancer" after a run),
 *   button "Cancel"/"Annuler" while running, progressbar in the field "Progress of the
 *   analysis"/"Avancement de l'analyse"; body[data-run] is "running", "done", "failed" or
 *   "cancelled". A finished run opens the Results tab by itself (from the Run tab).
 * - Write: checkboxes named after the report sheets (all checked); button "Download the
 *   report"/"Télécharger le rapport" (standalone: a download named crm-report-YYYY-MM-DD.xlsx),
 *   "Write to this workbook"/"Écrire dans ce classeur" (Excel), then buttons "Go to <sheet>"/
 *   "Aller à <sheet>"; body[data-write] is "writing", "written", "downloaded" or "failed".
 * - Errors: role "alert" (MessageBar), naming sheet, column and row.
 */
import * as React from "react";
import { Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { AnalysisResults } from "../../../analytics/runAnalyses";
import type { Language } from "../../../i18n";
import { DataStep } from "../DataStep/DataStep";
import { ErrorBoundary } from "../ErrorBoundary/ErrorBoundary";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import { RunStep } from "../RunStep/RunStep";
import { SettingsStep } from "../SettingsStep/SettingsStep";
import { StepPlaceholder } from "../StepPlaceholder/StepPlaceholder";
import { WriteStep } from "../WriteStep/WriteStep";
import type { PaneFlow } from "../../flow/flowState";
import type { HostMode } from "../../startup/detectHost";
import { stepIds, type AppProps, type StepId } from "./App.types";
import { useApp } from "./useApp";
import { useStepHeadingFocus } from "./useStepHeadingFocus";
import { useAppStyles } from "./useAppStyles.styles";

/** The Results step's contract: the results of the last run, in the pane's language and the data's currency. */
type ResultsStepComponent = React.ComponentType<{
  results: AnalysisResults;
  language: Language;
  currency: string | null;
}>;

// Charts live there: keep them out of the first load.
const ResultsStep = React.lazy<ResultsStepComponent>(() => import("../ResultsStep/ResultsStep"));

/**
 * The pane's shell: title, language switch, and the steps Data, Settings, Run, Results, Write
 * as tabs (arrow keys move between them). The flow (useApp -> usePaneFlow) drives the engine
 * and the host; the steps only render its state and call its actions.
 */
export function App(props: AppProps): React.JSX.Element {
  const { step, setStep, language, changeLanguage, flow } = useApp(props);
  const styles = useAppStyles();
  const mode = props.deps.mode;
  useBodyStatus(flow);
  const panel = React.useRef<HTMLDivElement>(null);
  const focusHeading = useStepHeadingFocus(panel);
  useFocusAfterActions(flow, step, focusHeading);
  // A step opened by an action (next, see the results) takes the focus to its heading.
  const goTo = React.useCallback(
    (next: StepId) => {
      setStep(next);
      focusHeading();
    },
    [setStep, focusHeading]
  );
  return (
    <div className={styles.root}>
      <PaneHeader language={language} onLanguageChange={changeLanguage} mode={mode} />
      <main className={styles.main}>
        <StepTabs step={step} onStep={setStep} />
        <div
          ref={panel}
          role="tabpanel"
          id={panelId(step)}
          aria-labelledby={tabId(step)}
          className={styles.panel}
        >
          <ErrorBoundary resetKey={step}>
            <StepContent step={step} mode={mode} flow={flow} language={language} goTo={goTo} />
          </ErrorBoundary>
        </div>
      </main>
    </div>
  );
}

/**
 * The header and the step tabs render again only when what they show changes: a progress bar
 * moving (every percentage of a workbook read) re-renders the step, not the whole pane.
 */
const PaneHeader = React.memo(function PaneHeader({
  language,
  onLanguageChange,
  mode,
}: {
  readonly language: Language;
  readonly onLanguageChange: (next: Language) => void;
  readonly mode: HostMode;
}): React.JSX.Element {
  const styles = useAppStyles();
  const { t } = useTranslation();
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {t("pane:app.title")}
        </Text>
        <LanguageSwitch value={language} onChange={onLanguageChange} />
      </div>
      <Text as="p" size={200} className={styles.tagline}>
        {t("pane:app.tagline")}
      </Text>
      <Text size={200} className={styles.mode}>
        {t(`pane:mode.${mode}`)}
      </Text>
    </header>
  );
});

const StepTabs = React.memo(function StepTabs({
  step,
  onStep,
}: {
  readonly step: StepId;
  readonly onStep: (step: StepId) => void;
}): React.JSX.Element {
  const styles = useAppStyles();
  const { t } = useTranslation();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      aria-label={t("pane:steps.label")}
      selectedValue={step}
      onTabSelect={(_, data) => onStep(data.value as StepId)}
    >
      {stepIds.map((id) => (
        <Tab key={id} value={id} id={tabId(id)} aria-controls={panelId(id)} className={styles.tab}>
          {t(`pane:steps.${id}`)}
        </Tab>
      ))}
    </TabList>
  );
});

type StepContentProps = {
  readonly step: StepId;
  readonly mode: HostMode;
  readonly flow: PaneFlow;
  readonly language: Language;
  readonly goTo: (step: StepId) => void;
};

function StepContent({ step, mode, flow, language, goTo }: StepContentProps): React.JSX.Element {
  const { t } = useTranslation();
  switch (step) {
    case "data":
      return <DataStep mode={mode} flow={flow} onNext={() => goTo("settings")} />;
    case "settings":
      return <SettingsStep flow={flow} />;
    case "run":
      return <RunStep flow={flow} onSeeResults={() => goTo("results")} />;
    case "results":
      return flow.state.run.status === "done" ? (
        <React.Suspense fallback={<Spinner size="small" label={t("pane:app.loading")} />}>
          <ResultsStep
            results={flow.state.run.output.results}
            language={language}
            currency={flow.state.run.output.currency.code}
          />
        </React.Suspense>
      ) : (
        <StepPlaceholder heading={t("pane:results.heading")} message={t("pane:results.empty")} />
      );
    case "write":
      return <WriteStep mode={mode} flow={flow} />;
  }
}

/**
 * Focus to the step's heading when data has loaded (Data step), when a run ends on the Run or
 * Results step (the Results step opens by itself), and when a report is downloaded or written.
 */
function useFocusAfterActions(flow: PaneFlow, step: StepId, focusHeading: () => void): void {
  const { source, run, write } = flow.state;
  const previous = React.useRef({ source: source.status, run: run.status, write: write.status });
  React.useEffect(() => {
    const before = previous.current;
    previous.current = { source: source.status, run: run.status, write: write.status };
    const loaded = before.source !== "open" && source.status === "open" && step === "data";
    const ran =
      before.run === "running" && run.status === "done" && (step === "run" || step === "results");
    const wrote =
      before.write === "writing" &&
      (write.status === "downloaded" || write.status === "written") &&
      step === "write";
    if (loaded || ran || wrote) focusHeading();
  }, [source.status, run.status, write.status, step, focusHeading]);
}

/**
 * The flow's statuses on <body data-source data-check data-run data-write>: browser tests wait
 * on them instead of on texts that depend on the language.
 */
function useBodyStatus(flow: PaneFlow): void {
  const { source, check, run, write } = flow.state;
  React.useEffect(() => {
    const data = document.body.dataset;
    data.source = source.status;
    data.check = check.status;
    data.run = run.status;
    data.write = write.status;
  }, [source.status, check.status, run.status, write.status]);
}

const tabId = (step: StepId) => `pane-step-${step}`;
const panelId = (step: StepId) => `pane-panel-${step}`;
