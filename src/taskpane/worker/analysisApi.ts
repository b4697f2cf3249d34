/**
 * What the analysis worker offers the pane, over comlink: open a source (workbook bytes, CSV
 * files, or sheets read from Excel), check the chosen sheets and columns (the data-quality
 * summary), analyse (read -> clean -> analyse -> report model, with progress), and render the
 * report as .xlsx bytes. Everything heavy runs here, never on the pane's thread. Problems come
 * back as data (Outcome), never as exceptions across the thread boundary. Cancelling is the
 * pane's: it terminates this worker and starts another (engineClient.ts), since the analyses
 * are synchronous and could not notice a flag before they end.
 */
import { transfer } from "comlink";
import { dayNumber, MS_PER_DAY, type Contact } from "../../analytics/domain";
import type { WorkbookSource } from "../../analytics/input";
import { NO_CURRENCY } from "../../analytics/currency";
import { loadAndClean, type CleanData, type PipelineOptions } from "../../analytics/pipeline";
import { RfmOptionsError } from "../../analytics/rfm";
import type { AnalysisStage } from "../../analytics/runAnalyses";
import type { ReportInput } from "../../report/buildReport";
import type { Language } from "../../i18n";
import type { ReportModel } from "../../report/model";
import { APP_VERSION } from "../../version";
import { dayInstantOf, isoDayOf } from "../settings/isoDay";
import { DEFAULT_SETTINGS, type PaneSettings } from "../settings/paneSettings";
import { intendedSplitOf, toAnalysisSettings } from "../settings/toAnalysisSettings";
import { settingCurrency, validateSettings } from "../settings/validateSettings";
import { engineProblemOf, pipelineProblem, unreadableProblem } from "./engineProblems";
import type {
  AnalyseRequest,
  AnalysisOutput,
  CheckedData,
  DataChoice,
  EngineProblem,
  Outcome,
  RunProgress,
  RunStage,
  SourceInput,
  WorkbookOverview,
} from "./engineTypes";
import { openWithOverview, PreparedOpen, type OpenedSource } from "./preparedOpen";
import { summarySheetInUse, withoutSummarySheets } from "./summaryPath";

interface Session {
  readonly source: WorkbookSource;
  readonly overview: WorkbookOverview;
  /** The file the data came from (the first CSV file; "" for Excel's sheets): the deck's title. */
  readonly fileName: string;
  /** The last analysis, kept so its report can be rebuilt in another language. */
  lastRun?: { readonly input: ReportInput };
}

const stageOf: Record<AnalysisStage, RunStage> = {
  rfm: "scoring",
  migration: "scoring",
  kpis: "scoring",
  history: "scoring",
  ltv: "fitting",
  holdout: "fitting",
  uplift: "uplift",
  campaigns: "uplift",
};

/**
 * Where each analysis starts within its run stage (0..1), by rough share of the stage's time on
 * a full sheet (bench/paneFullSheet): each one moves the progress bar, so a long stage is never
 * seconds without an event.
 */
const startWithinStage: Record<AnalysisStage, number> = {
  rfm: 0,
  migration: 0.2,
  kpis: 0.4,
  history: 0.6,
  ltv: 0,
  holdout: 0.6,
  uplift: 0,
  campaigns: 0.5,
};

const noSource: EngineProblem = { code: "pane:errors.noSource", params: {} };

type AnalysisParts = typeof import("./analysisParts");
let partsLoad: Promise<AnalysisParts> | undefined;

/**
 * The analysis parts' chunk, loaded once (a failed load is tried again at the next call). Not
 * needed to open a workbook: the worker starts without it and fetches it once one is open.
 */
function analysisParts(): Promise<AnalysisParts> {
  partsLoad ??= import(/* webpackChunkName: "analysis-parts" */ "./analysisParts").catch(
    (error: unknown) => {
      partsLoad = undefined;
      throw error;
    }
  );
  return partsLoad;
}

/**
 * A fresh API with its own session (the worker exposes one; tests make their own).
 * `afterOpen` runs once a source is open and its overview is on its way to the pane.
 */
export function createAnalysisApi(afterOpen: () => void = () => undefined) {
  let session: Session | null = null;
  /** The workbook opened ahead of the user's click (prepare), until something else is opened. */
  let prepared: PreparedOpen | null = null;
  /** Counts the openings: only the latest one's source becomes the session. */
  let openings = 0;

  /** Makes an opening's source the session, unless a later opening started meanwhile. */
  function settle(
    opening: number,
    fileName: string,
    problemName: string,
    read: () => Promise<OpenedSource>
  ): Promise<Outcome<WorkbookOverview>> {
    return read().then(
      ({ source, overview }) => {
        if (opening !== openings) return { ok: true as const, value: overview };
        session = { source, overview, fileName };
        afterOpen();
        return { ok: true as const, value: overview };
      },
      (thrown: unknown) => ({ ok: false as const, problem: unreadableProblem(problemName, thrown) })
    );
  }

  /** Loads and cleans the chosen data, or says why it cannot. */
  async function clean(
    choice: DataChoice,
    asOf: number | undefined,
    progress: Pick<PipelineOptions, "onReadProgress" | "onParseProgress" | "onCleaning"> = {},
    currency?: string
  ): Promise<Outcome<CleanData>> {
    if (!session) return { ok: false, problem: noSource };
    const { source, overview } = session;
    try {
      const result = await loadAndClean(withoutSummarySheets(source, overview, choice), {
        sheets: { ...choice.sheets },
        mappings: { ...choice.mappings },
        asOf,
        ...progress,
        currency,
      });
      return result.ok
        ? { ok: true, value: result.data }
        : { ok: false, problem: pipelineProblem(result.error, overview.sheets) };
    } catch (thrown) {
      return { ok: false, problem: unreadableProblem(overview.sourceName, thrown) };
    }
  }

  return {
    /** Answers "pong": a caller that gets it knows the worker bundle loaded and is listening. */
    ping(): string {
      return "pong";
    },

    /**
     * Opens a source and lists its sheets with what each holds; replaces any earlier source.
     * `onProgress` hears the share of a workbook file read (comlink.proxy on the pane's side).
     */
    async open(
      input: SourceInput,
      onProgress?: (fraction: number) => void
    ): Promise<Outcome<WorkbookOverview>> {
      session = null;
      prepared?.abandon();
      prepared = null;
      const opening = ++openings;
      const fallbackName =
        input.kind === "xlsx"
          ? input.fileName
          : input.kind === "csv"
            ? input.files.map((f) => f.fileName).join(", ")
            : "Excel";
      const fileName =
        input.kind === "xlsx"
          ? input.fileName
          : input.kind === "csv"
            ? (input.files[0]?.fileName ?? "")
            : "";
      return settle(opening, fileName, fallbackName, () => openWithOverview(input, onProgress));
    },

    /**
     * Starts opening a workbook file the user is likely to open next (the standalone pane's
     * sample), while the worker has nothing else to do: see PreparedOpen. `key` names it for
     * openPrepared. Replaces any earlier one; opening anything else abandons it.
     */
    async prepare(input: SourceInput, key: string): Promise<void> {
      prepared?.abandon();
      prepared = new PreparedOpen(key, input.kind === "xlsx" ? input.fileName : "", input);
    },

    /**
     * Opens the workbook prepared under `key`, following its opening from where it is (the
     * progress from there on); null when there is none under that key (the caller then opens
     * the file itself).
     */
    async openPrepared(
      key: string,
      onProgress?: (fraction: number) => void
    ): Promise<Outcome<WorkbookOverview> | null> {
      const ahead = prepared;
      if (!ahead || ahead.key !== key) return null;
      session = null;
      const opening = ++openings;
      const outcome = await settle(opening, ahead.fileName, ahead.fileName, () =>
        ahead.follow(onProgress)
      );
      if (prepared === ahead) prepared = null;
      return outcome;
    },

    /** Cleans the chosen sheets and columns: the data-quality summary, before any analysis. */
    async check(
      choice: DataChoice,
      asOfDay = "",
      settings: PaneSettings = DEFAULT_SETTINGS
    ): Promise<Outcome<CheckedData>> {
      const summary = session && summarySheetInUse(choice, session.overview);
      if (session && summary) {
        const { source, overview } = session;
        return analysisParts()
          .then(({ checkSummary }) => checkSummary(source, summary, { ...settings, asOf: asOfDay }))
          .catch((thrown: unknown) => ({
            ok: false as const,
            problem: unreadableProblem(overview.sourceName, thrown),
          }));
      }
      const cleaned = await clean(choice, dayInstantOf(asOfDay));
      return cleaned.ok ? { ok: true, value: checkedData(cleaned.value) } : cleaned;
    },

    /**
     * Runs the whole analysis: reads and cleans the chosen data, runs every analysis the data
     * allows with the settings, and builds the report model in the request's language.
     * `onProgress` hears each stage (comlink.proxy on the pane's side).
     */
    async analyse(
      request: AnalyseRequest,
      onProgress: (progress: RunProgress) => void = () => undefined
    ): Promise<Outcome<AnalysisOutput>> {
      const invalid = validateSettings(request.settings)[0];
      if (invalid) return { ok: false, problem: { code: invalid.code, params: invalid.params } };
      let parts: AnalysisParts;
      try {
        parts = await analysisParts();
      } catch (thrown) {
        return { ok: false, problem: failed(thrown) };
      }
      const { analyseSummary, buildReport, runAnalyses } = parts;
      const summary = session && summarySheetInUse(request.choice, session.overview);
      if (session && summary) {
        const current = session;
        try {
          const ran = await analyseSummary(current.source, summary, request, onProgress);
          if (!ran.ok) return ran;
          current.lastRun = { input: ran.value.input };
          return { ok: true, value: ran.value.output };
        } catch (thrown) {
          return { ok: false, problem: failed(thrown) };
        }
      }
      const totalRows = session?.overview.sheets.reduce((n, s) => n + s.rowCount, 0) ?? 0;
      // The reading stage's bar: the sheets read (half of it), then their rows parsed
      const read = new Map<string, number>();
      const parsed = new Map<string, number>();
      const report = () => {
        const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
        const fraction = totalRows > 0 ? (sum(read) + sum(parsed)) / (2 * totalRows) : 1;
        onProgress({ stage: "reading", fraction: Math.min(1, fraction) });
      };
      onProgress({ stage: "reading", fraction: 0 });
      const asOf = dayInstantOf(request.settings.asOf);
      const rowsOf = (sheet: string) =>
        session?.overview.sheets.find((s) => s.name === sheet)?.rowCount ?? 0;
      const cleaned = await clean(
        request.choice,
        asOf,
        {
          onReadProgress: (sheet, rows) => {
            read.set(sheet, rows);
            report();
          },
          onParseProgress: (sheet, rows, total) => {
            parsed.set(sheet, total > 0 ? (rowsOf(sheet) * rows) / total : 0);
            report();
          },
          onCleaning: () => onProgress({ stage: "cleaning" }),
        },
        settingCurrency(request.settings)
      );
      if (!cleaned.ok) return cleaned;
      const data = cleaned.value;
      const settings = toAnalysisSettings(
        request.settings,
        intendedSplitOf(data.contacts, request.settings.controlShare)
      );
      let results;
      try {
        results = runAnalyses(data, settings, (stage) =>
          onProgress({ stage: stageOf[stage], fraction: startWithinStage[stage] })
        );
      } catch (thrown) {
        if (!(thrown instanceof RfmOptionsError)) return { ok: false, problem: failed(thrown) };
        const problem = thrown.problems[0];
        return { ok: false, problem: { code: problem.code, params: problem.params } };
      }
      onProgress({ stage: "report" });
      const input: ReportInput = {
        ...results,
        dataQuality: data.dataQuality,
        currency: data.currency,
      };
      let model: ReportModel;
      try {
        model = buildReport(input, {
          language: request.language,
          generatedAt: request.generatedAt,
          version: APP_VERSION,
        });
      } catch (thrown) {
        return { ok: false, problem: failed(thrown, "pane:errors.reportFailed") };
      }
      if (session) session.lastRun = { input };
      return { ok: true, value: { ...checkedData(data), results, model } };
    },

    /**
     * The last analysis' report built again in another language (the user switched language
     * after the run): the same results, labels and sheet names in `language`.
     */
    async reportIn(language: Language, generatedAt: number): Promise<Outcome<ReportModel>> {
      const input = session?.lastRun?.input;
      if (!input) return { ok: false, problem: { code: "pane:errors.noRun", params: {} } };
      const { buildReport } = await analysisParts();
      return {
        ok: true,
        value: buildReport(input, { language, generatedAt, version: APP_VERSION }),
      };
    },

    /**
     * The last analysis' teaching workbook (src/report/teaching) in `language`, with or without
     * its Answers sheet; a problem when its RFM cannot be taught with formulas (bands, equal
     * groups, no customer).
     */
    async teachingIn(
      language: Language,
      generatedAt: number,
      answers: boolean
    ): Promise<Outcome<ReportModel>> {
      const input = session?.lastRun?.input;
      if (!input) return { ok: false, problem: { code: "pane:errors.noRun", params: {} } };
      try {
        const { buildTeachingWorkbook, teachingProblem } = await analysisParts();
        const problem = teachingProblem(input.rfm);
        if (problem !== null) return { ok: false, problem: { code: problem, params: {} } };
        const options = { language, generatedAt, version: APP_VERSION, answers };
        return { ok: true, value: buildTeachingWorkbook(input, options) };
      } catch (thrown) {
        return { ok: false, problem: failed(thrown, "pane:errors.reportFailed") };
      }
    },

    /**
     * The last analysis' board deck (src/deck) as .pptx bytes, in `language`: the CLI's deck of
     * the same results (deckFile). Titled with `workbookName` (Excel's workbook) or the file
     * opened. pptxgenjs is imported here, on first use: its chunk never weighs on a start-up.
     */
    async deckIn(
      language: Language,
      generatedAt: number,
      workbookName = ""
    ): Promise<Outcome<Uint8Array>> {
      const input = session?.lastRun?.input;
      if (!input) return { ok: false, problem: { code: "pane:errors.noRun", params: {} } };
      try {
        const { deckName, translator } = await analysisParts();
        const { deckFile } = await import(/* webpackChunkName: "deck" */ "../../deck/deckFile");
        const name =
          deckName(workbookName || session?.fileName || "") ||
          translator(language)("deckPane:untitled");
        const deck = await deckFile(input, { language, generatedAt, version: APP_VERSION, name });
        return transfer({ ok: true as const, value: deck.bytes }, [deck.bytes.buffer]);
      } catch (thrown) {
        return { ok: false, problem: failed(thrown, "deckPane:failed") };
      }
    },

    /** The report workbook's bytes, handed over (transferred, not copied) to the pane. */
    async writeXlsx(model: ReportModel): Promise<Outcome<Uint8Array>> {
      try {
        const { writeReportXlsx } = await analysisParts();
        const bytes = await writeReportXlsx(model);
        return transfer({ ok: true as const, value: bytes }, [bytes.buffer]);
      } catch (thrown) {
        return { ok: false, problem: failed(thrown, "pane:errors.reportFailed") };
      }
    },
  };
}

/** An unexpected failure of the engine, as a problem the pane can show (never thrown across). */
function failed(thrown: unknown, code = "pane:errors.analysisFailed"): EngineProblem {
  const reason = thrown instanceof Error ? thrown.message.split("\n")[0] : String(thrown);
  return { code, params: { reason } };
}

function checkedData(data: CleanData): CheckedData {
  return {
    dataQuality: data.dataQuality,
    warnings: data.problems.map(engineProblemOf),
    channels: channelsOf(data.contacts),
    defaultAsOf: data.asOf !== undefined ? isoDayOf(dayNumber(data.asOf) * MS_PER_DAY) : null,
    currency: data.currency ?? NO_CURRENCY,
  };
}

/** The channels of treated contacts, sorted: the cost-per-contact settings list them. */
function channelsOf(contacts: readonly Contact[]): string[] {
  const channels = new Set<string>();
  for (const c of contacts) if (c.group === "treated" && c.channel) channels.add(c.channel);
  return [...channels].sort((a, b) => a.localeCompare(b));
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;

/**
 * The instance the worker exposes. Once a workbook is open (the overview posted: a timer runs
 * after the reply), it fetches the parts every next step needs, before the user asks for any.
 */
export const analysisApi = createAnalysisApi(() =>
  setTimeout(() => void analysisParts().catch(() => undefined), 0)
);
