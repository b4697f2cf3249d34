/**
 * The pane's flow: open data -> check it -> settings -> run -> write. Drives the engine (the
 * worker) and the Excel host; components only render its state and call its actions. Every
 * late answer of a superseded request (a new file opened, a run cancelled) is dropped.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { SheetKind } from "../../analytics/domain";
import type { Language } from "../../i18n";
import type { SheetKey } from "../../report/model";
import { DEFAULT_SETTINGS, type PaneSettings } from "../settings/paneSettings";
import type { SettingsStore } from "../settings/settingsStore";
import { validateSettings } from "../settings/validateSettings";
import type { SpreadsheetSelection } from "../paneActions";
import type { DataChoice, SheetRole, SourceInput } from "../worker/engineTypes";
import { isCancelled } from "./engine";
import { downloadDeck, writeOutput } from "./deliverOutputs";
import { fileBytes } from "./fileBytes";
import { engineFailure, wallClockInstant, type FlowContext, type RequestKind } from "./flowContext";
import type { FlowActions, FlowState, PaneFlow } from "./flowState";
import { hostProblem } from "./hostProblem";
import type { PaneDeps } from "./paneDeps";
import { runBlocker } from "./runBlocker";
import { SAMPLE_FILE } from "./samplePrefetch";

const noChoice: DataChoice = { sheets: {}, mappings: {} };

const initialState: FlowState = {
  source: { status: "none" },
  choice: noChoice,
  check: { status: "idle" },
  settings: DEFAULT_SETTINGS,
  settingProblems: [],
  run: { status: "idle" },
  write: { status: "idle" },
  deck: { status: "idle" },
};

export { wallClockInstant };

export function usePaneFlow(deps: PaneDeps, language: Language): PaneFlow {
  const [state, setState] = useState<FlowState>(initialState);
  // The latest state and deps for actions created once (no stale closures in async code).
  const latest = useRef({ state, deps, language });
  latest.current = { state, deps, language };
  const store = useRef<SettingsStore | null>(null);
  /** Bumped by every request that makes earlier answers obsolete. */
  const generation = useRef<Record<RequestKind, number>>({
    source: 0,
    check: 0,
    run: 0,
    write: 0,
    deck: 0,
  });

  const update = useCallback((patch: (s: FlowState) => Partial<FlowState>) => {
    setState((s) => {
      const next = { ...s, ...patch(s) };
      latest.current = { ...latest.current, state: next };
      return next;
    });
  }, []);

  const actions = useMemo<FlowActions>(() => {
    const { engine } = latest.current.deps;
    const bump = (what: RequestKind) => ++generation.current[what];
    const isCurrent = (what: RequestKind, id: number) => generation.current[what] === id;
    const ctx: FlowContext = { latest: () => latest.current, bump, isCurrent, update };

    async function check(choice: DataChoice, settings: PaneSettings) {
      const id = bump("check");
      update(() => ({ check: { status: "checking" } }));
      const outcome = await latest.current.deps.engine
        .check(choice, settings.asOf, settings)
        .catch(engineFailure);
      if (!isCurrent("check", id)) return;
      update(() => ({
        check: outcome.ok
          ? { status: "done", data: outcome.value }
          : { status: "failed", problem: outcome.problem },
      }));
    }

    function changeChoice(choice: DataChoice) {
      bump("deck");
      update(() => ({
        choice,
        run: { status: "idle" },
        write: { status: "idle" },
        deck: { status: "idle" },
      }));
      void check(choice, latest.current.state.settings);
    }

    /** Opens a source read by `read` (which may fail: a file, the sample, Excel's sheets). */
    async function open(read: () => Promise<SourceInput>, fallbackName: string) {
      const id = bump("source");
      bump("check");
      bump("run");
      bump("write");
      bump("deck");
      update(() => ({
        source: { status: "opening" },
        check: { status: "idle" },
        run: { status: "idle" },
        write: { status: "idle" },
        deck: { status: "idle" },
      }));
      let input: SourceInput;
      try {
        input = await read();
      } catch (thrown) {
        if (!isCurrent("source", id)) return;
        const problem =
          latest.current.deps.mode === "excel"
            ? hostProblem(thrown)
            : {
                code: "problems:unreadableFile",
                params: { file: fallbackName, reason: String(thrown) },
              };
        update(() => ({ source: { status: "failed", problem } }));
        return;
      }
      // A workbook file's read moves the progress bar (the sheets read from Excel moved it above).
      const onProgress = (fraction: number) => {
        if (isCurrent("source", id)) update(() => ({ source: { status: "opening", fraction } }));
      };
      const engine = latest.current.deps.engine;
      const outcome = await (
        input.kind === "xlsx" ? engine.open(input, onProgress) : engine.open(input)
      ).catch(engineFailure);
      if (!isCurrent("source", id)) return;
      if (!outcome.ok) {
        update(() => ({ source: { status: "failed", problem: outcome.problem } }));
        return;
      }
      const overview = outcome.value;
      store.current = latest.current.deps.settingsStoreFor(overview.sourceName || fallbackName);
      const settings = store.current.load() ?? DEFAULT_SETTINGS;
      // Sheets stay detected (not forced) until the user picks one: the engine then still warns
      // about a second sheet of the same kind.
      const choice = noChoice;
      update(() => ({
        source: { status: "open", overview },
        choice,
        settings,
        settingProblems: validateSettings(settings),
      }));
      await check(choice, settings);
    }

    const readFile = async (file: File) => ({ fileName: file.name, bytes: await fileBytes(file) });

    return {
      openFiles(selection: SpreadsheetSelection) {
        const names = selection.files.map((f) => f.name).join(", ");
        void open(async () => {
          if (selection.kind === "workbook") {
            return { kind: "xlsx", ...(await readFile(selection.files[0])) };
          }
          return { kind: "csv", files: await Promise.all(selection.files.map(readFile)) };
        }, names);
      },
      trySample() {
        void open(
          async () => ({
            kind: "xlsx",
            fileName: SAMPLE_FILE,
            bytes: await latest.current.deps.loadSample(),
          }),
          SAMPLE_FILE
        );
      },
      findSheets() {
        const host = latest.current.deps.host;
        if (!host) return;
        void open(async () => {
          const id = generation.current.source;
          const info = await host.culture();
          const sheets = await host.readSheets((done, total) => {
            if (isCurrent("source", id) && total > 0) {
              update(() => ({
                source: { status: "opening", fraction: Math.min(1, done / total) },
              }));
            }
          });
          return { kind: "sheets", sheets, info };
        }, "");
      },
      chooseSheet(kind: SheetRole, sheet: string) {
        const { choice } = latest.current.state;
        const sheets = { ...choice.sheets };
        if (sheet === "") delete sheets[kind];
        else sheets[kind] = sheet;
        const mappings = { ...choice.mappings };
        if (kind !== "summary") delete mappings[kind]; // another sheet has other columns
        changeChoice({ sheets, mappings });
      },
      chooseColumn(kind: SheetKind, field: string, column: number | null) {
        const { choice } = latest.current.state;
        const forKind: Record<string, number> = { ...(choice.mappings[kind] ?? {}) };
        if (column === null) delete forKind[field];
        else forKind[field] = column;
        changeChoice({ ...choice, mappings: { ...choice.mappings, [kind]: forKind } });
      },
      updateSettings(patch: Partial<PaneSettings>) {
        const before = latest.current.state.settings;
        const settings = { ...before, ...patch };
        const settingProblems = validateSettings(settings);
        update(() => ({ settings, settingProblems }));
        if (settingProblems.length === 0) store.current?.save(settings);
        // The analysis date decides which rows are excluded as "after the analysis date"; with
        // a summary sheet, the time unit is how its durations are read.
        const changed = settings.asOf !== before.asOf || settings.timeUnit !== before.timeUnit;
        if (changed && settingProblems.every((p) => p.field !== "asOf")) {
          if (latest.current.state.source.status === "open") {
            void check(latest.current.state.choice, settings);
          }
        }
      },
      resetSettings() {
        update(() => ({ settings: DEFAULT_SETTINGS, settingProblems: [] }));
        store.current?.save(DEFAULT_SETTINGS);
      },
      run() {
        const { state: s, language: lang, deps: d } = latest.current;
        if (runBlocker(s) !== null || s.settingProblems.length > 0) return;
        const id = bump("run");
        bump("write");
        bump("deck");
        update(() => ({
          run: { status: "running", progress: { stage: "reading", fraction: 0 } },
          write: { status: "idle" },
          deck: { status: "idle" },
        }));
        void d.engine
          .analyse(
            {
              choice: s.choice,
              settings: s.settings,
              language: lang,
              generatedAt: wallClockInstant(d.now()),
            },
            (progress) => {
              if (isCurrent("run", id)) update(() => ({ run: { status: "running", progress } }));
            }
          )
          .catch(engineFailure)
          .then((outcome) => {
            if (!isCurrent("run", id)) return;
            if (outcome.ok) {
              const { dataQuality, warnings, channels, defaultAsOf, currency } = outcome.value;
              const checked = { dataQuality, warnings, channels, defaultAsOf, currency };
              update(() => ({
                run: { status: "done", output: outcome.value },
                check: { status: "done", data: checked },
              }));
            } else if (isCancelled(outcome.problem)) {
              update(() => ({ run: { status: "cancelled" } }));
            } else {
              update(() => ({ run: { status: "failed", problem: outcome.problem } }));
            }
          });
      },
      cancel() {
        if (latest.current.state.run.status !== "running") return;
        bump("run");
        engine.cancel();
        update(() => ({ run: { status: "cancelled" } }));
      },
      writeReport(sheets: readonly SheetKey[]) {
        const id = generation.current.write + 1;
        writeOutput(ctx, sheets).catch((thrown: unknown) => {
          if (generation.current.write !== id) return;
          update(() => ({ write: { status: "failed", problem: engineFailure(thrown).problem } }));
        });
      },
      writeTeaching(answers: boolean) {
        const id = generation.current.write + 1;
        writeOutput(ctx, { teaching: { answers } }).catch((thrown: unknown) => {
          if (generation.current.write !== id) return;
          update(() => ({ write: { status: "failed", problem: engineFailure(thrown).problem } }));
        });
      },
      downloadDeck() {
        downloadDeck(ctx);
      },
      activateSheet(name: string) {
        const host = latest.current.deps.host;
        host?.activateSheet(name).catch((thrown: unknown) => {
          update(() => ({ write: { status: "failed", problem: hostProblem(thrown) } }));
        });
      },
    };
  }, [update]);

  const model = state.run.status === "done" ? state.run.output.model : null;
  return { state, actions, model };
}
