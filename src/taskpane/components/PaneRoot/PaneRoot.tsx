import * as React from "react";
import {
  FluentProvider,
  makeStyles,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import type { i18n } from "i18next";
import { App } from "../App/App";
import type { AppProps } from "../App/App.types";
import type { ThemeKind } from "../../startup/chooseTheme";

export type PaneRootProps = AppProps & {
  readonly i18n: i18n;
  readonly theme: ThemeKind;
};

const fluentThemes: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
});

/** The providers around the App: Fluent theme and i18n. What index.tsx mounts and tests render. */
export function PaneRoot({ i18n, theme, ...appProps }: PaneRootProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluentThemes[theme]} className={styles.provider}>
        <App {...appProps} />
      </FluentProvider>
    </I18nextProvider>
  );
}
