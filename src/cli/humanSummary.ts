import type { Problem } from "../analytics/domain";
import { mappingReport, type CleanData } from "../analytics/pipeline";
import type { Language } from "../i18n";

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** How many row numbers and warnings the terminal summary shows (the JSON has more). */
const ROWS_SHOWN = 5;
const WARNINGS_SHOWN = 10;

/** The i18n key of a problem's message: codes without a namespace belong to "problems". */
export function problemMessage(problem: Problem, t: Translate): string {
  const key = problem.code.includes(":") ? problem.code : `problems:${problem.code}`;
  const params: Record<string, unknown> = { ...problem.params };
  if (problem.code === "dateOrder" || problem.code === "dateOrderConflicts") {
    params.order = t(`common:dateOrder.${String(params.order)}`);
    params.basis = t(`problems:dateOrderBasis.${String(params.basis)}`);
  }
  return t(key, {
    sheet: problem.sheet,
    column: problem.column ?? "",
    row: problem.row ?? "",
    ...params,
  });
}

/**
 * The short human summary the CLI prints: the sheets used, rows read / used / excluded by reason
 * (with the first row numbers), the analysis date and the warnings, in the chosen language.
 */
export function humanSummary(
  data: CleanData,
  files: readonly string[],
  lang: Language,
  t: Translate
): string[] {
  const lines = [t("common:cli.title", { files: files.join(", ") }), t("common:cli.sheetsUsed")];
  const mapping = mappingReport(data.sheets);
  for (const use of data.sheets) {
    lines.push(
      t("common:cli.sheetUsed", {
        kind: t(`common:kind.${use.kind}`),
        sheet: use.sheet,
        row: use.header.excelRow,
        dateOrder: t(`common:dateOrder.${use.dateOrder}`),
      })
    );
    // A field other columns could feed: say which was used, so the choice is never silent.
    for (const [field, used] of Object.entries(mapping[use.sheet]?.fields ?? {})) {
      if (used.alternatives.length === 0) continue;
      lines.push(
        t("common:cli.mappingChoice", {
          field: t(`common:field.${field}`),
          used: t("common:cli.mappingColumn", { column: used.column, header: used.header }),
          alternatives: used.alternatives
            .map((a) => t("common:cli.mappingColumn", { column: a.column, header: a.header }))
            .join(", "),
        })
      );
    }
  }
  if (data.asOf !== undefined)
    lines.push(t("common:cli.asOf", { date: new Date(data.asOf).toISOString().slice(0, 10) }));
  lines.push(...rowsSummary(data.dataQuality, lang, t));
  if (data.problems.length > 0) {
    lines.push(t("common:cli.warnings"));
    for (const problem of data.problems.slice(0, WARNINGS_SHOWN)) {
      lines.push(t("common:cli.warningLine", { message: problemMessage(problem, t) }));
    }
    if (data.problems.length > WARNINGS_SHOWN) {
      lines.push(t("common:cli.moreWarnings", { count: data.problems.length - WARNINGS_SHOWN }));
    }
  }
  return lines;
}

/**
 * The lines on rows: read, used and excluded, each exclusion reason with its first row numbers,
 * each flag with its count (also printed by the DuckDB engine's runs, warehouseRun.ts).
 */
export function rowsSummary(
  quality: CleanData["dataQuality"],
  lang: Language,
  t: Translate
): string[] {
  const n = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-US");
  const lines: string[] = [];
  const excluded = quality.excluded.reduce((s, e) => s + e.count, 0);
  lines.push(
    t("common:cli.rows", {
      read: n.format(quality.rowsRead),
      used: n.format(quality.rowsUsed),
      excluded: n.format(excluded),
    })
  );
  for (const e of quality.excluded) {
    const rows = e.rows.slice(0, ROWS_SHOWN).join(", ") + (e.count > ROWS_SHOWN ? ", ..." : "");
    lines.push(
      t("common:cli.excludedLine", {
        label: t(`quality:${e.reason}.label`),
        sheet: e.sheet,
        count: n.format(e.count),
        rows,
      })
    );
  }
  for (const f of quality.flagged ?? []) {
    lines.push(
      t("common:cli.flaggedLine", {
        label: t(`quality:${f.reason}.label`),
        sheet: f.sheet,
        count: n.format(f.count),
      })
    );
  }
  return lines;
}
