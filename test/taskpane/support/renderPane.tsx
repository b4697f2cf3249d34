import { render, type RenderResult } from "@testing-library/react";
import type { i18n } from "i18next";
import { createI18n, type Language } from "../../../src/i18n";
import { PaneRoot } from "../../../src/taskpane/components/PaneRoot/PaneRoot";
import type { AppProps } from "../../../src/taskpane/components/App/App.types";
import type { PaneActions } from "../../../src/taskpane/paneActions";
import { fillJsdomGaps } from "./jsdomGaps";

fillJsdomGaps();

export type PaneTestOptions = Partial<AppProps> & {
  readonly language?: Language;
  /** An i18n instance to use instead of createI18n(language), e.g. the pseudo-locale. */
  readonly i18n?: i18n;
};

export type RenderedPane = RenderResult & {
  readonly actions: { [K in keyof PaneActions]: jest.Mock };
  readonly i18n: i18n;
};

/** Renders the whole pane (providers + App) with mocked actions, as index.tsx mounts it. */
export function renderPane(options: PaneTestOptions = {}): RenderedPane {
  const actions = {
    openFiles: jest.fn(),
    trySample: jest.fn(),
    findSheets: jest.fn(),
  };
  const i18n = options.i18n ?? createI18n(options.language ?? "en");
  const result = render(
    <PaneRoot
      i18n={i18n}
      theme="light"
      mode={options.mode ?? "standalone"}
      actions={actions}
      onLanguageChange={options.onLanguageChange}
      initialStep={options.initialStep}
    />
  );
  return { ...result, actions, i18n };
}
