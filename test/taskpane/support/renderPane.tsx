import { readFileSync } from "node:fs";
import path from "node:path";
import { render, type RenderResult } from "@testing-library/react";
import type { i18n } from "i18next";
import { createI18n, type Language } from "../../../src/i18n";
import { PaneRoot } from "../../../src/taskpane/components/PaneRoot/PaneRoot";
import type { StepId } from "../../../src/taskpane/components/App/App.types";
import type { Engine } from "../../../src/taskpane/flow/engine";
import { createInProcessEngine } from "../../../src/taskpane/flow/inProcessEngine";
import type { PaneDeps } from "../../../src/taskpane/flow/paneDeps";
import type { ExcelHost } from "../../../src/taskpane/host/excelHost";
import { localSettingsStore } from "../../../src/taskpane/settings/settingsStore";
import type { HostMode } from "../../../src/taskpane/startup/detectHost";
import { fillJsdomGaps } from "./jsdomGaps";

fillJsdomGaps();

export type PaneTestOptions = {
  readonly mode?: HostMode;
  readonly language?: Language;
  /** An i18n instance to use instead of createI18n(language), e.g. the pseudo-locale. */
  readonly i18n?: i18n;
  readonly initialStep?: StepId;
  readonly onLanguageChange?: (language: Language) => void;
  /** The engine; default: the real one, in process, with every method spied on. */
  readonly engine?: Engine;
  readonly host?: ExcelHost | null;
  readonly loadSample?: () => Promise<ArrayBuffer>;
};

export type RenderedPane = RenderResult & {
  readonly i18n: i18n;
  readonly engine: { [K in keyof Engine]: jest.Mock };
  readonly deps: PaneDeps & { saveFile: jest.Mock; loadSample: jest.Mock };
};

/** The English sample workbook of test/fixtures (500 customers), as bytes. */
export function sampleEnBytes(): ArrayBuffer {
  const file = path.resolve(__dirname, "../../fixtures/sample-en/crm-sample-en.xlsx");
  const buffer = readFileSync(file);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}

/** Every method of an engine wrapped in a jest.fn that calls through. */
export function spiedEngine(engine: Engine): { [K in keyof Engine]: jest.Mock } {
  return {
    open: jest.fn(engine.open),
    check: jest.fn(engine.check),
    analyse: jest.fn(engine.analyse),
    writeXlsx: jest.fn(engine.writeXlsx),
    reportIn: jest.fn(engine.reportIn),
    teachingIn: jest.fn(engine.teachingIn),
    deckIn: jest.fn(engine.deckIn),
    cancel: jest.fn(engine.cancel),
  };
}

/** The pane's clock in tests: 2 January 2025, 10:00 local time. */
export const TEST_NOW = new Date(2025, 0, 2, 10, 0);

/** Renders the whole pane (providers + App) as index.tsx mounts it, with test dependencies. */
export function renderPane(options: PaneTestOptions = {}): RenderedPane {
  const engine = spiedEngine(options.engine ?? createInProcessEngine());
  const deps = {
    mode: options.mode ?? "standalone",
    engine,
    host: options.host ?? null,
    settingsStoreFor: (name: string) => localSettingsStore(window.localStorage, name),
    loadSample: jest.fn(options.loadSample ?? (async () => sampleEnBytes())),
    saveFile: jest.fn((_bytes: Uint8Array, fileName: string) => `blob:test/${fileName}`),
    now: () => TEST_NOW,
  };
  const i18n = options.i18n ?? createI18n(options.language ?? "en");
  const result = render(
    <PaneRoot
      i18n={i18n}
      theme="light"
      deps={deps}
      onLanguageChange={options.onLanguageChange}
      initialStep={options.initialStep}
    />
  );
  return { ...result, engine, deps, i18n };
}
