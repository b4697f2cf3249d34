/**
 * `analyze --postgres URL --transactions TABLE [--contacts TABLE] [--customers TABLE]`: the
 * summaries computed on the user's PostgreSQL server (warehouse/postgres), read back by the
 * summary contract's reader, the customers table's attributes handed to the uplift breakdowns
 * as a customers sheet's would be. Messages name the server without its password.
 */
import { lineQualityOf } from "../warehouse/duckdbLineQuality";
import type { TFunction } from "i18next";
import type { UpliftOptions } from "../analytics/uplift/types";
import {
  connectionLabel,
  connectionSecrets,
  redactSecrets,
} from "../warehouse/postgres/connectionSecrets";
import { postgresSummaries, PostgresPathError } from "../warehouse/postgres/postgresSummaries";
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  MONTHLY_COLUMNS,
  type WarehouseSummaries,
} from "../warehouse/summaryContract";
import { readSummaryRows } from "../warehouse/summaryRows";
import { warehouseSettings } from "./analysisSettings";
import type { CliOptions } from "./cliOptions";

export interface PostgresSummaries {
  summaries: WarehouseSummaries;
  attributes: Map<string, Record<string, string>> | null;
  /** Lines for stdout: where the data came from, which column feeds which field. */
  lines: string[];
}

/** The run's summaries from PostgreSQL; PostgresPathError (password-free) when it cannot. */
export async function summariesFromPostgres(
  options: CliOptions,
  t: TFunction
): Promise<PostgresSummaries> {
  const url = options.postgres ?? "";
  const transactions = options.sheets.transactions;
  if (!transactions) throw new PostgresPathError("noTable", {});
  const result = await postgresSummaries({
    url,
    transactions,
    contacts: options.sheets.contacts,
    customers: options.sheets.customers,
    settings: warehouseSettings(options),
  });
  const summaries = {
    customers: readSummaryRows(transactions, CUSTOMER_COLUMNS, result.customers, 1),
    contacts: result.contacts
      ? readSummaryRows(options.sheets.contacts!, CONTACT_COLUMNS, result.contacts, 1)
      : null,
    monthly: readSummaryRows(transactions, MONTHLY_COLUMNS, result.monthly, 1),
    // the server read the lines: their account comes back with the summaries
    lines: { file: transactions, quality: lineQualityOf(result.lines) },
  } as WarehouseSummaries;
  const tables = [transactions, options.sheets.contacts, options.sheets.customers].filter(Boolean);
  const described = (mapping: Record<string, string>) =>
    Object.entries(mapping)
      .map(([field, column]) => `${field} = ${column}`)
      .join(", ");
  const clean = (text: string) => redactSecrets(text, connectionSecrets(url));
  const lines = [
    clean(t("postgres:read", { target: connectionLabel(url), tables: tables.join(", ") })),
    t("postgres:mapped", { table: transactions, columns: described(result.mapping.transactions) }),
  ];
  if (result.mapping.contacts)
    lines.push(
      t("postgres:mapped", {
        table: options.sheets.contacts,
        columns: described(result.mapping.contacts),
      })
    );
  return { summaries, attributes: result.attributes, lines };
}

/** The customers table's attributes as uplift breakdown dimensions (as a customers sheet's). */
export function attributeBreakdowns(
  attributes: Map<string, Record<string, string>> | null
): Pick<UpliftOptions, "attributes" | "attributeOf"> {
  if (!attributes || attributes.size === 0) return {};
  const names = [...new Set([...attributes.values()].flatMap((a) => Object.keys(a)))];
  return { attributes: names, attributeOf: (id, name) => attributes.get(id)?.[name] };
}

/** The one stderr line of a PostgresPathError (its params are already password-free). */
export function postgresErrorLine(error: PostgresPathError, t: TFunction): string {
  const params = { ...error.params };
  if (params.field) params.field = t(`common:field.${params.field}`);
  if (error.code === "badIdentifier") return t("warehouse:badIdentifier", params);
  return t(`postgres:${error.code}`, params);
}
