import type { SheetQuality } from "../../../analytics/quality";
import { createFormatters } from "../../../format/formatters";
import type { ReportInput } from "../../buildReport";
import type { ReportContext } from "../../reportContext";

/**
 * The subtitle line naming the data source: each sheet read with its kind and the rows the
 * analyses use ("Sources: Ventes (transactions, 10,231 rows used), ..."); undefined when the
 * report has no data-quality account. `kinds` keeps only the sheets a page draws on.
 */
export function sourcesLine(
  input: ReportInput,
  ctx: ReportContext,
  kinds: readonly SheetQuality["kind"][] = ["customers", "transactions", "contacts", "summary"]
): string | undefined {
  const sheets = (input.dataQuality?.sheets ?? []).filter((s) => kinds.includes(s.kind));
  if (sheets.length === 0) return undefined;
  const { integer } = createFormatters(ctx.language);
  const list = sheets
    .map((s) =>
      ctx.t("report:dashboardSheet.subtitle.source", {
        sheet: s.sheet,
        kind: ctx.t(`report:kind.${s.kind}`).toLowerCase(),
        rows: integer(s.rowsUsed),
      })
    )
    .join(", ");
  return ctx.t("report:dashboardSheet.subtitle.sources", { list });
}
