/**
 * Decides whether a set of chosen or dropped files can be opened: exactly one .xlsx workbook,
 * or one or more .csv files, gzipped (.csv.gz) or not, as the CLI reads them (a CSV export holds
 * one table, so a user brings one per sheet).
 * Judged by extension, case-insensitively: browsers report unreliable MIME types for CSV.
 */
export function classifyFiles<F extends { readonly name: string }>(
  files: readonly F[]
): FileClassification<F> {
  const kinds = files.map((file) => ({ file, kind: kindOf(file.name) }));
  const foreign = kinds.find((k) => k.kind === undefined);
  if (foreign) return rejected("notSpreadsheet", { name: foreign.file.name });
  const workbooks = kinds.filter((k) => k.kind === "workbook").map((k) => k.file);
  const csvs = kinds.filter((k) => k.kind === "csv").map((k) => k.file);
  if (workbooks.length > 0 && csvs.length > 0) return rejected("mixed");
  if (workbooks.length > 1) return rejected("severalWorkbooks");
  if (workbooks.length === 1) return { kind: "workbook", files: [workbooks[0]] };
  if (csvs.length > 0) return { kind: "csv", files: csvs };
  return { kind: "none" };
}

export type FileRejection = "notSpreadsheet" | "mixed" | "severalWorkbooks";

export type FileClassification<F> =
  | { readonly kind: "workbook"; readonly files: readonly [F] }
  | { readonly kind: "csv"; readonly files: readonly F[] }
  | { readonly kind: "rejected"; readonly reason: FileRejection; readonly name?: string }
  | { readonly kind: "none" };

/**
 * What the file input offers in the browser's picker. Pickers match the last extension only,
 * so .csv.gz is offered as .gz; classifyFiles refuses a .gz that is not a .csv.gz.
 */
export const ACCEPTED_FILE_TYPES =
  ".xlsx,.csv,.gz,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,application/gzip";

function kindOf(name: string): "workbook" | "csv" | undefined {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === "xlsx") return "workbook";
  if (extension === "csv" || /\.csv\.gz$/i.test(name)) return "csv";
  return undefined;
}

function rejected<F>(reason: FileRejection, params: { name?: string } = {}): FileClassification<F> {
  return { kind: "rejected", reason, ...params };
}
