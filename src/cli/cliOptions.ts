import { parseArgs } from "node:util";
import { isIsoCurrency } from "../analytics/currency";
import type { Language } from "../i18n";

/** The segment maps of DESIGN.md. */
export const segmentMaps = ["classic", "tiers3", "bands"] as const;
export const timeUnits = ["day", "week", "month"] as const;

/**
 * Everything `crm-analytics analyze` accepts (DESIGN.md, "The command line"), typed and checked.
 * Dates stay "YYYY-MM-DD" text here; the run turns them into instants.
 */
export interface CliOptions {
  command: "analyze" | "sql";
  /** One .xlsx workbook, or one or more .csv / .csv.gz files. */
  files: string[];
  sheets: { customers?: string; transactions?: string; contacts?: string };
  asOf?: string;
  rfmBins: number;
  segmentMap: (typeof segmentMaps)[number];
  calibrationEnd?: string;
  timeUnit: (typeof timeUnits)[number];
  horizon: number;
  discount: number;
  margin: number;
  conversionWindow: number;
  /** The control group's intended share (0.1 = 10 %) for the sample-ratio check. */
  controlShare?: number;
  lang: Language;
  /** The workbook culture ("fr-FR") when the file does not say: dd/mm vs mm/dd, "1,234". */
  culture?: string;
  dateOrder?: "dmy" | "mdy";
  /** The amounts' currency, ISO 4217 ("EUR"), over what the data shows. */
  currency?: string;
  returns: "net" | "exclude";
  out?: string;
  json?: string;
  /** --out writes the teaching workbook (live RFM formulas, exercises) instead of the report. */
  teaching: boolean;
  /** With --teaching: leave the Answers sheet out. */
  noAnswers: boolean;
  /** The board deck (.pptx). */
  deck?: string;
  help: boolean;
  /** Per-customer summaries of the warehouse path (summaryContract.ts) instead of input files. */
  summary?: string;
  contactOutcomes?: string;
  monthly?: string;
  /** `analyze --summary`: the line account (lines.csv) the printed SQL's last query writes. */
  lines?: string;
  /**
   * "duckdb": the per-customer pass runs in embedded DuckDB (src/warehouse); "memory": never.
   * Unset: in memory, and DuckDB for Parquet files and CSV files past the in-memory limit.
   */
  engine?: "memory" | "duckdb";
  /** `sql`: the dialect and the column map ("customer=COL,date=COL,..."). */
  dialect?: string;
  map?: string;
  /** `analyze --postgres URL`: the summaries run on a PostgreSQL server (--transactions TABLE). */
  postgres?: string;
}

/** A command line that cannot be run: an i18n key of the "problems" namespace and its params. */
export interface CliUsageError {
  code: string;
  params: Record<string, string>;
}

const optionSpec = {
  customers: { type: "string" },
  transactions: { type: "string" },
  contacts: { type: "string" },
  "as-of": { type: "string" },
  "rfm-bins": { type: "string" },
  "segment-map": { type: "string" },
  "calibration-end": { type: "string" },
  "time-unit": { type: "string" },
  horizon: { type: "string" },
  discount: { type: "string" },
  margin: { type: "string" },
  "conversion-window": { type: "string" },
  "control-share": { type: "string" },
  lang: { type: "string" },
  culture: { type: "string" },
  "date-order": { type: "string" },
  currency: { type: "string" },
  returns: { type: "string" },
  out: { type: "string" },
  json: { type: "string" },
  teaching: { type: "boolean" },
  "no-answers": { type: "boolean" },
  deck: { type: "string" },
  help: { type: "boolean", short: "h" },
  summary: { type: "string" },
  postgres: { type: "string" },
  "contact-outcomes": { type: "string" },
  monthly: { type: "string" },
  lines: { type: "string" },
  engine: { type: "string" },
  dialect: { type: "string" },
  map: { type: "string" },
} as const;

class UsageError extends Error {
  constructor(readonly usage: CliUsageError) {
    super(usage.code);
  }
}

function bad(option: string, value: string, expected: string): never {
  throw new UsageError({ code: "badOption", params: { option: `--${option}`, value, expected } });
}

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return bad(option, value, allowed.join(" | "));
}

function isoDay(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const valid =
    m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toISOString().slice(0, 10) === value;
  return valid ? value : bad(option, value, "YYYY-MM-DD");
}

/** An ISO 4217 code the runtime knows, in any case ("eur" -> "EUR"). */
function currencyCode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toUpperCase();
  return isIsoCurrency(code)
    ? code
    : bad("currency", value, "ISO 4217 code: EUR | GBP | USD | ...");
}

function numberIn(
  option: string,
  value: string | undefined,
  fallback: number,
  check: { min: number; max: number; integer?: boolean }
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  const ok =
    value.trim() !== "" &&
    Number.isFinite(n) &&
    n >= check.min &&
    n <= check.max &&
    (!check.integer || Number.isInteger(n));
  const expected = `${check.integer ? "integer" : "number"} ${check.min}..${check.max}`;
  return ok ? n : bad(option, value, expected);
}

/**
 * Parses `analyze <files...> [options]` (node:util parseArgs) into CliOptions, with DESIGN.md's
 * defaults: 5 RFM bins, classic segment map, 12-month horizon, 1 % monthly discount, 100 %
 * margin, 30-day conversion window, English. Unknown options, bad values and a missing command
 * or file give a CliUsageError instead.
 */
export function parseCliOptions(
  argv: readonly string[]
): { options: CliOptions } | { error: CliUsageError } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: optionSpec,
      allowPositionals: true,
      strict: true,
    });
    const [command, ...files] = positionals;
    const help = values.help ?? false;
    if (!help && command !== "analyze" && command !== "sql") {
      return {
        error: {
          code: "badOption",
          params: { option: "command", value: command ?? "", expected: "analyze | sql" },
        },
      };
    }
    const needsFiles =
      command === "analyze" && values.summary === undefined && values.postgres === undefined;
    if (!help && needsFiles && files.length === 0)
      return { error: { code: "noInput", params: {} } };
    const options: CliOptions = {
      command: command === "sql" ? "sql" : "analyze",
      summary: values.summary,
      contactOutcomes: values["contact-outcomes"],
      monthly: values.monthly,
      lines: values.lines,
      engine:
        values.engine === undefined
          ? undefined
          : oneOf("engine", values.engine, ["memory", "duckdb"] as const, "memory"),
      dialect: values.dialect,
      map: values.map,
      postgres: values.postgres,
      files,
      sheets: {
        customers: values.customers,
        transactions: values.transactions,
        contacts: values.contacts,
      },
      asOf: isoDay("as-of", values["as-of"]),
      rfmBins: Number(oneOf("rfm-bins", values["rfm-bins"], ["3", "4", "5", "10"] as const, "5")),
      segmentMap: oneOf("segment-map", values["segment-map"], segmentMaps, "classic"),
      calibrationEnd: isoDay("calibration-end", values["calibration-end"]),
      timeUnit: oneOf("time-unit", values["time-unit"], timeUnits, "week"),
      horizon: numberIn("horizon", values.horizon, 12, { min: 1, max: 120, integer: true }),
      discount: numberIn("discount", values.discount, 0.01, { min: 0, max: 1 }),
      margin: numberIn("margin", values.margin, 1, { min: 0, max: 1 }),
      conversionWindow: numberIn("conversion-window", values["conversion-window"], 30, {
        min: 1,
        max: 365,
        integer: true,
      }),
      controlShare:
        values["control-share"] === undefined
          ? undefined
          : numberIn("control-share", values["control-share"], 0, { min: 0.01, max: 0.99 }),
      lang: oneOf("lang", values.lang, ["en", "fr"] as const, "en"),
      culture: values.culture,
      dateOrder:
        values["date-order"] === undefined
          ? undefined
          : oneOf("date-order", values["date-order"], ["dmy", "mdy"] as const, "dmy"),
      currency: currencyCode(values.currency),
      returns: oneOf("returns", values.returns, ["net", "exclude"] as const, "net"),
      out: values.out,
      json: values.json,
      teaching: values.teaching ?? false,
      noAnswers: values["no-answers"] ?? false,
      deck: values.deck,
      help,
    };
    return { options };
  } catch (error) {
    if (error instanceof UsageError) return { error: error.usage };
    // parseArgs' own errors: an unknown option or a missing value.
    const message = error instanceof Error ? error.message : String(error);
    return {
      error: {
        code: "badOption",
        params: { option: argvOption(message), value: "", expected: message },
      },
    };
  }
}

function argvOption(message: string): string {
  return /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? "?";
}
