/**
 * What the pane flow's actions share (usePaneFlow.ts): the latest state and deps, the
 * generation counters that drop a superseded request's late answer, and the state update.
 */
import type { Language } from "../../i18n";
import type { EngineProblem } from "../worker/engineTypes";
import type { FlowState } from "./flowState";
import type { PaneDeps } from "./paneDeps";

/** The requests whose answers a newer request of the same kind makes obsolete. */
export type RequestKind = "source" | "check" | "run" | "write" | "deck";

export interface FlowContext {
  /** The latest state, deps and language (no stale closures in async code). */
  latest(): { state: FlowState; deps: PaneDeps; language: Language };
  /** Starts a request of this kind: earlier ones' answers are dropped from now on. */
  bump(what: RequestKind): number;
  /** True while `id` is still the newest request of its kind. */
  isCurrent(what: RequestKind, id: number): boolean;
  update(patch: (s: FlowState) => Partial<FlowState>): void;
}

/** Anything an engine or a browser service threw, as the outcome the pane shows. */
export function engineFailure(thrown: unknown): { ok: false; problem: EngineProblem } {
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return { ok: false, problem: { code: "pane:errors.engineFailed", params: { reason } } };
}

/**
 * Wall-clock time of `date` read as UTC: the engine's Instant convention (the Method sheet
 * shows the time the user saw on their clock).
 */
export function wallClockInstant(date: Date): number {
  return date.getTime() - date.getTimezoneOffset() * 60_000;
}
