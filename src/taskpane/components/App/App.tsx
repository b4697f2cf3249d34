import * as React from "react";
import { Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { DataStep } from "../DataStep/DataStep";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import { StepPlaceholder } from "../StepPlaceholder/StepPlaceholder";
import { stepIds, type AppProps, type StepId } from "./App.types";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles.styles";

// Charts will live here: keep them out of the first load.
const ResultsStep = React.lazy(() => import("../ResultsStep/ResultsStep"));

/**
 * The pane's shell: title, language switch, and the steps Data, Settings, Run, Results, Write
 * as tabs (arrow keys move between them). Actions come in as props; the App never calls Excel
 * or the engine itself.
 */
export function App(props: AppProps): React.JSX.Element {
  const { step, setStep, language, changeLanguage } = useApp(props);
  const styles = useAppStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <Text as="h1" size={500} weight="semibold" className={styles.title}>
            {t("pane:app.title")}
          </Text>
          <LanguageSwitch value={language} onChange={changeLanguage} />
        </div>
        <Text as="p" size={200} className={styles.tagline}>
          {t("pane:app.tagline")}
        </Text>
        <Text size={200} className={styles.mode}>
          {t(`pane:mode.${props.mode}`)}
        </Text>
      </header>
      <TabList
        className={styles.tabs}
        aria-label={t("pane:steps.label")}
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as StepId)}
      >
        {stepIds.map((id) => (
          <Tab key={id} value={id} id={tabId(id)} aria-controls={panelId(id)}>
            {t(`pane:steps.${id}`)}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={panelId(step)}
        aria-labelledby={tabId(step)}
        className={styles.panel}
      >
        <StepContent step={step} {...props} />
      </div>
    </div>
  );
}

function StepContent({ step, mode, actions }: AppProps & { step: StepId }): React.JSX.Element {
  const { t } = useTranslation();
  switch (step) {
    case "data":
      return <DataStep mode={mode} actions={actions} />;
    case "settings":
      return (
        <StepPlaceholder heading={t("pane:settings.heading")} message={t("pane:settings.empty")} />
      );
    case "run":
      return <StepPlaceholder heading={t("pane:run.heading")} message={t("pane:run.empty")} />;
    case "results":
      return (
        <React.Suspense fallback={<Spinner size="small" label={t("pane:app.loading")} />}>
          <ResultsStep />
        </React.Suspense>
      );
    case "write":
      return (
        <StepPlaceholder
          heading={t("pane:write.heading")}
          message={t(mode === "excel" ? "pane:write.excelEmpty" : "pane:write.standaloneEmpty")}
        />
      );
  }
}

const tabId = (step: StepId) => `pane-step-${step}`;
const panelId = (step: StepId) => `pane-panel-${step}`;
