/**
 * The pane's outputs of a finished run: the report (or the teaching workbook) written into the
 * workbook or downloaded, and the board deck downloaded. A superseded request's late answer is
 * dropped (FlowContext's generations), never shown or downloaded.
 */
import type { ReportModel, SheetKey } from "../../report/model";
import { engineFailure, wallClockInstant, type FlowContext } from "./flowContext";
import type { FlowState } from "./flowState";
import { hostProblem } from "./hostProblem";
import { deckFileName, reportFileName, teachingFileName } from "./reportFileName";
import { selectReportSheets } from "./selectReportSheets";

/**
 * Writes the chosen sheets of the last run's report: into the workbook (Excel) or as a
 * downloaded file (standalone). A report built before a language switch is rebuilt in the
 * pane's language first, so the workbook speaks the language the user now reads.
 */
export async function writeOutput(
  ctx: FlowContext,
  sheets: readonly SheetKey[] | { teaching: { answers: boolean } }
): Promise<void> {
  const { state: s, deps: d, language: lang } = ctx.latest();
  if (s.run.status !== "done") return;
  const id = ctx.bump("write");
  const finish = (state: FlowState["write"]) => {
    if (ctx.isCurrent("write", id)) ctx.update(() => ({ write: state }));
  };
  finish({ status: "writing" });
  if ("teaching" in sheets) {
    const built = await d.engine.teachingIn(
      lang,
      wallClockInstant(d.now()),
      sheets.teaching.answers
    );
    if (!built.ok) return finish({ status: "failed", problem: built.problem });
    return deliver(built.value, teachingFileName(d.now()));
  }
  let full = s.run.output.model;
  if (full.language !== lang) {
    const rebuilt = await d.engine.reportIn(lang, wallClockInstant(d.now()));
    if (rebuilt.ok) {
      full = rebuilt.value;
      ctx.update((now) =>
        now.run.status === "done"
          ? { run: { status: "done", output: { ...now.run.output, model: rebuilt.value } } }
          : {}
      );
    }
  }
  return deliver(selectReportSheets(full, sheets), reportFileName(d.now()));

  /** Into the workbook (Excel) or as a downloaded file (standalone). */
  async function deliver(model: ReportModel, fileName: string) {
    if (d.mode === "excel" && d.host) {
      try {
        const written = await d.host.writeReport(model, (done, total) =>
          finish({ status: "writing", fraction: total > 0 ? done / total : undefined })
        );
        finish({ status: "written", sheets: written.sheets });
      } catch (thrown) {
        finish({ status: "failed", problem: hostProblem(thrown) });
      }
      return;
    }
    const outcome = await d.engine.writeXlsx(model);
    if (!outcome.ok) return finish({ status: "failed", problem: outcome.problem });
    finish({ status: "downloaded", fileName, url: d.saveFile(outcome.value, fileName) });
  }
}

/** Builds the board deck of the last run in the pane's language and downloads it. */
export function downloadDeck(ctx: FlowContext): void {
  const { state: s, deps: d, language: lang } = ctx.latest();
  if (s.run.status !== "done") return;
  const id = ctx.bump("deck");
  const finish = (deck: FlowState["deck"]) => {
    if (ctx.isCurrent("deck", id)) ctx.update(() => ({ deck }));
  };
  finish({ status: "building" });
  const now = d.now();
  d.engine
    .deckIn(lang, wallClockInstant(now), d.documentName?.() ?? "")
    .catch(engineFailure)
    .then((outcome) => {
      // A deck of a superseded run (new data, a new run) is dropped, never downloaded.
      if (!ctx.isCurrent("deck", id)) return;
      if (!outcome.ok) return finish({ status: "failed", problem: outcome.problem });
      const fileName = deckFileName(now);
      finish({ status: "downloaded", fileName, url: d.saveFile(outcome.value, fileName) });
    })
    .catch((thrown: unknown) =>
      finish({ status: "failed", problem: engineFailure(thrown).problem })
    );
}
