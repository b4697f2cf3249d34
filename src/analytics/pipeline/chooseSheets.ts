import type { Problem, RawSheet, SheetKind } from "../domain";
import { detectSheetKind, sheetRowCount, type HeaderRow } from "../input";
import { pipelineError, type PipelineError } from "./pipelineError";

/** A sheet read from the workbook, with its header row when it has one. */
export interface SheetCandidate {
  raw: RawSheet;
  header: HeaderRow | null;
}

/** The sheet chosen for a kind. */
export interface ChosenSheet {
  kind: SheetKind;
  raw: RawSheet;
  header: HeaderRow;
}

const KINDS: readonly SheetKind[] = ["transactions", "customers", "contacts"];

/**
 * Decides which sheet holds each kind of data. A sheet the user forced for a kind is used for it
 * (it must exist and have a header row, else a PipelineError). Every other sheet with a header
 * row is recognised from its headers (detectSheetKind); for each kind not forced, the sheet with
 * the best score wins (the first listed on a tie), and the others of that kind get a
 * "duplicateKind" warning. Sheets of no kind and sheets without a header row get a warning;
 * empty sheets are skipped quietly. Candidates are in workbook order.
 */
export function chooseSheets(
  candidates: readonly SheetCandidate[],
  forced: Partial<Record<SheetKind, string>> = {}
): { chosen: ChosenSheet[]; warnings: Problem[] } | { error: PipelineError } {
  const chosen: ChosenSheet[] = [];
  const warnings: Problem[] = [];
  const forcedNames = new Set(Object.values(forced));

  for (const kind of KINDS) {
    const name = forced[kind];
    if (name === undefined) continue;
    const candidate = candidates.find((c) => c.raw.name === name);
    if (!candidate) return { error: pipelineError("sheetNotFound", { sheet: name }) };
    if (!candidate.header) return { error: pipelineError("noHeaderRow", { sheet: name }) };
    chosen.push({ kind, raw: candidate.raw, header: candidate.header });
  }

  const detected: {
    kind: SheetKind;
    score: number;
    candidate: SheetCandidate & { header: HeaderRow };
  }[] = [];
  for (const candidate of candidates) {
    const sheet = candidate.raw.name;
    if (forcedNames.has(sheet) || sheetRowCount(candidate.raw) === 0) continue;
    if (!candidate.header) {
      warnings.push({
        severity: "warning",
        code: "quality:warning.noHeaderRow",
        sheet,
        params: { sheet },
      });
      continue;
    }
    const { kind, scores } = detectSheetKind(candidate.header.headers);
    if (kind === null) {
      warnings.push({
        severity: "warning",
        code: "quality:warning.sheetNotRecognised",
        sheet,
        params: { sheet },
      });
      continue;
    }
    detected.push({
      kind,
      score: scores[kind],
      candidate: { ...candidate, header: candidate.header },
    });
  }

  for (const kind of KINDS) {
    if (forced[kind] !== undefined) continue;
    const ofKind = detected.filter((d) => d.kind === kind);
    if (ofKind.length === 0) continue;
    const best = ofKind.reduce((a, b) => (b.score > a.score ? b : a));
    chosen.push({ kind, raw: best.candidate.raw, header: best.candidate.header });
    for (const other of ofKind) {
      if (other === best) continue;
      warnings.push({
        severity: "warning",
        code: "quality:warning.duplicateKind",
        sheet: other.candidate.raw.name,
        params: { sheet: best.candidate.raw.name, other: other.candidate.raw.name, kind },
      });
    }
  }
  return { chosen, warnings };
}
