/**
 * The warehouse queries, one definition for every dialect (differences in dialects.ts): the
 * clean lines of a transactions table, then the three summaries of summaryContract.ts. Each rule
 * is the in-memory engine's (see summaryContract.ts and the comments below); names are quoted and
 * checked (quotedName), settings are validated literals.
 */
import {
  quotedName,
  validatedInteger,
  validatedNumber,
  type DateOrder,
  type Dialect,
} from "./dialects";

/** Transactions columns: customer and date required, then amount or quantity x unit price. */
export const TRANSACTION_FIELDS = [
  "customer",
  "date",
  "amount",
  "quantity",
  "unitPrice",
  "invoice",
  "product",
  "category",
] as const;
export const CONTACT_FIELDS = [
  "customer",
  "campaign",
  "group",
  "date",
  "channel",
  "cost",
  "converted",
  "revenue",
] as const;
export type TransactionField = (typeof TRANSACTION_FIELDS)[number];
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface QuerySettings {
  transactions: string;
  transactionColumns: Partial<Record<TransactionField, string>>;
  contacts?: string;
  contactColumns?: Partial<Record<ContactField, string>>;
  /** Day numbers (days since 1970-01-01); absent: the engine's defaults, computed in SQL. */
  asOfDay?: number;
  calibrationEndDay?: number;
  /**
   * The last plausible day of a line (quality/rules/isImplausibleDate.ts: a year after the later
   * of the run date and the as-of date); absent: only 1900 and the 9999-12-31 sentinel bound it.
   */
  lastPlausibleDay?: number;
  /** Days per time unit (7 for weeks, ltv/timeUnit.ts). */
  unitDays: number;
  timeUnit: string;
  conversionWindowDays: number;
  /** How day/month/year date text is read (text columns of CSV files) [ISO only]. */
  dateOrder?: DateOrder;
  /**
   * The clean lines are already a table named "lines" (DuckDB's staged lines, duckdbLines.ts,
   * merged one row per customer, day, invoice id and return flag): the queries read it instead
   * of the source.
   */
  linesMaterialized?: boolean;
  /** RFM scores 1..bins: the contact days' cut points are the j/bins quantiles [5]. */
  bins?: number;
}

export interface WarehouseQueries {
  customers: string;
  contacts: string | null;
  monthly: string;
}

/** Plausible days (quality/rules/isImplausibleDate.ts): from 1900-01-01, before 9999-12-31. */
export const FIRST_PLAUSIBLE_DAY = -25567;
export const SENTINEL_DAY = 2932896;
/** The largest plausible amount and the longest id (quality/rules: hasImplausibleAmount, hasOverlongValue). */
export const MAX_AMOUNT = "1e12";
export const MAX_ID_LENGTH = 255;
/** A return's invoice id (input/parseTransactions.ts CANCELLATION_ID), on lower-cased text. */
const CANCELLATION_PATTERN = "^(c|av)[[:space:]_-]?[0-9]";

function column(d: Dialect, columns: Partial<Record<string, string>>, field: string): string {
  const name = columns[field];
  return name === undefined ? "NULL" : quotedName(d, name);
}

/**
 * The typed source columns of a transactions line (no line number), as `src` selects them from
 * the table: the input layer's casts and the amount's fallback to quantity x unit price.
 */
export function sourceColumns(d: Dialect, s: QuerySettings): string {
  const c = (f: TransactionField) => column(d, s.transactionColumns, f);
  const amount = s.transactionColumns.amount
    ? `CASE WHEN ${d.text(c("amount"))} IS NOT NULL THEN ${d.number(c("amount"))} ELSE ${d.number(c("quantity"))} * ${d.number(c("unitPrice"))} END`
    : `${d.number(c("quantity"))} * ${d.number(c("unitPrice"))}`;
  return `${d.text(c("customer"))} AS customer_id, ${d.timestamp(c("date"), s.dateOrder)} AS ts,
    ${amount} AS amount0, ${d.number(c("quantity"))} AS quantity, ${d.number(c("unitPrice"))} AS unit_price,
    ${d.text(c("invoice"))} AS invoice_id, ${d.text(c("product"))} AS product, ${d.text(c("category"))} AS category`;
}

/** True for an invoice id of a return's form ("C…", "AV…"), case-insensitively. */
export const cancellationMatch = (d: Dialect, invoiceExpr: string) =>
  d.matches(`LOWER(${invoiceExpr})`, CANCELLATION_PATTERN);

/**
 * Whether the "C…"/"AV…" form marks returns: unless most invoice ids have it (then it is the
 * ordinary numbering), over every line of the source; `cancelled` is cancellationMatch's value.
 */
export const prefixInUse = (d: Dialect, cancelled: string) =>
  `${d.countIf(cancelled)} * 2 <= COUNT(invoice_id) AS in_use`;

/**
 * Whether a typed line (amount0, quantity, and the one-row `prefix`) is a return: a negative
 * amount or quantity, or a "C…"/"AV…" invoice id while that form marks returns.
 */
export const returnTest = (d: Dialect, cancelled: string) =>
  d.isTrue(`(amount0 < 0 OR quantity < 0 OR (prefix.in_use AND ${d.isTrue(cancelled)}))`);

/** " AND day <= N" when the settings bound the days from above, else nothing. */
export const lastDayTest = (lastPlausibleDay: number | undefined) =>
  lastPlausibleDay === undefined ? "" : ` AND day <= ${validatedInteger(lastPlausibleDay)}`;

/**
 * The kept lines from a relation `src` (line_no and sourceColumns' columns) and a one-row
 * relation `prefix` (in_use): typed, signed and filtered, as CTEs typed, signed and kept.
 * `cancelled` reads cancellationMatch on src's invoice_id (or a column holding it).
 */
function keptCtes(d: Dialect, cancelled: string, lastPlausibleDay: number | undefined): string {
  return `typed AS (
  SELECT line_no, customer_id, ts, ${d.dayNumber("ts")} AS day, quantity, unit_price, invoice_id, product, category,
    ${returnTest(d, cancelled)} AS is_return,
    amount0
  FROM src CROSS JOIN prefix
  WHERE customer_id IS NOT NULL AND ts IS NOT NULL AND amount0 IS NOT NULL
), signed AS (
  SELECT *, CASE WHEN is_return AND amount0 > 0 THEN -amount0 ELSE amount0 END AS amount,
    (invoice_id IS NOT NULL OR ts <> CAST(CAST(ts AS DATE) AS ${d.timestampType})) AS identifiable
  FROM typed
  WHERE day >= ${FIRST_PLAUSIBLE_DAY} AND day < ${SENTINEL_DAY}${lastDayTest(lastPlausibleDay)} AND ABS(amount0) <= ${MAX_AMOUNT}
    AND LENGTH(customer_id) <= ${MAX_ID_LENGTH}
), kept AS (
  SELECT * FROM signed
  WHERE (unit_price IS NULL OR unit_price >= 0) AND (quantity IS NULL OR quantity <> 0)
)`;
}

/**
 * The kept lines of a source already typed (a table `src` of line_no and sourceColumns'
 * columns) whose prefix use is known: an engine that stages the clean lines itself (DuckDB).
 */
export function keptLinesQuery(
  d: Dialect,
  inUse: boolean,
  cancelled: string,
  lastPlausibleDay: number | undefined
): string {
  return `WITH prefix AS (SELECT ${inUse ? "TRUE" : "FALSE"} AS in_use), ${keptCtes(d, cancelled, lastPlausibleDay)}
SELECT * FROM kept`;
}

/**
 * The clean lines, as loadAndClean keeps them: customer id, date and a number required (a
 * non-blank amount, else quantity x unit price); a return's amount made negative; invoice ids
 * "C…"/"AV…" are returns unless most ids start so; excluded: implausible dates, amounts past
 * 10^12, ids over 255 characters, exact copies of a line with an invoice id or a time of day,
 * negative unit prices and zero quantities. Returns are netted (the "net" policy).
 */
function linesCte(d: Dialect, s: QuerySettings): string {
  return `${keptLinesCtes(d, s)}, ${d.rowHash ? hashedCopies(d.rowHash, s) : groupedCopies(s)}`;
}

/**
 * The CTEs up to the kept lines, copies not yet removed: `src` (every line, numbered), `prefix`
 * and keptCtes' typed, signed and kept (also the line account's start, lineAccount.ts).
 */
export function keptLinesCtes(d: Dialect, s: QuerySettings): string {
  const table = quotedName(d, s.transactions, true);
  const cancelled = cancellationMatch(d, "invoice_id");
  return `src AS (
  SELECT ${d.rowNumber()} AS line_no, ${sourceColumns(d, s)}
  FROM ${table}
), prefix AS (
  SELECT ${prefixInUse(d, cancelled)}
  FROM src
), ${keptCtes(d, cancelled, s.lastPlausibleDay)}`;
}

/**
 * Exact copies of an identifiable line: the first one kept (one group a line, the smallest line
 * number; a hash aggregate, where numbering the copies in a window sorts every line).
 */
const groupedCopies = (s: QuerySettings) => `lines AS (
  SELECT line_no, customer_id, day, amount, is_return, invoice_id
  FROM kept WHERE NOT identifiable
  UNION ALL
  SELECT MIN(line_no) AS line_no, customer_id, day, amount, is_return, invoice_id
  FROM kept WHERE identifiable
  GROUP BY ${copyKey(s)}, day, is_return
)`;

/**
 * The same where the engine hashes rows: the lines whose hash no other line shares are kept as
 * they are (no copy possible), and only those sharing one are grouped in full as above.
 */
function hashedCopies(rowHash: (exprs: readonly string[]) => string, s: QuerySettings): string {
  return `hashed AS (
  SELECT *, ${copyHash(rowHash, s)} AS copy_hash FROM kept WHERE identifiable
), shared_hashes AS (
  SELECT copy_hash FROM hashed GROUP BY copy_hash HAVING COUNT(*) > 1
), lines AS (
  SELECT line_no, customer_id, day, amount, is_return, invoice_id
  FROM kept WHERE NOT identifiable
  UNION ALL
  SELECT line_no, customer_id, day, amount, is_return, invoice_id
  FROM hashed WHERE copy_hash NOT IN (SELECT copy_hash FROM shared_hashes)
  UNION ALL
  SELECT MIN(line_no) AS line_no, customer_id, day, amount, is_return, invoice_id
  FROM hashed WHERE copy_hash IN (SELECT copy_hash FROM shared_hashes)
  GROUP BY ${copyKey(s)}, day, is_return
)`;
}

/** A kept line's hash of its copy key: copies share it (-0 and 0, equal amounts, alike). */
export function copyHash(rowHash: (exprs: readonly string[]) => string, s: QuerySettings): string {
  const hashKey = copyKey(s)
    .split(", ")
    .map((c) => (c === "amount" ? "CASE WHEN amount = 0 THEN 0 ELSE amount END" : c));
  return rowHash(hashKey);
}

/**
 * What makes two lines copies: every column the line has (an unmapped column is NULL in all; the
 * invoice id is always a key, being selected).
 */
export function copyKey(s: QuerySettings): string {
  const optional: [TransactionField, string][] = [
    ["quantity", "quantity"],
    ["unitPrice", "unit_price"],
    ["product", "product"],
    ["category", "category"],
  ];
  return [
    "customer_id",
    "ts",
    "amount",
    "invoice_id",
    ...optional.filter(([field]) => s.transactionColumns[field] !== undefined).map(([, c]) => c),
  ].join(", ");
}

/**
 * A money total to the micro-unit exactly as the engine's roundedMoney (analytics/domain.ts):
 * the same double x * 10^6, Math.round's ties (toward +infinity), never -0. Engines add a
 * customer's lines in an order of their own; rounded, the models get the engine's doubles.
 */
export function roundedMoneySql(d: Dialect, expr: string): string {
  const million = `CAST(1000000 AS ${d.doubleType})`;
  const micros = `(${expr}) * ${million}`;
  return `((FLOOR(${micros}) + CASE WHEN ${micros} - FLOOR(${micros}) >= 0.5 THEN 1 ELSE 0 END) / ${million})`;
}

const withLines = (d: Dialect, s: QuerySettings) =>
  s.linesMaterialized ? "" : `${linesCte(d, s)}, `;

/**
 * The clean lines alone (line_no, customer_id, day, amount, is_return, invoice_id), as the
 * printed queries compute them in their CTE: no engine runs it any more (DuckDB stages its
 * lines, duckdbLines.ts); test/warehouse/duckdbLines.test.ts holds the staged lines to it.
 */
export function linesQuery(d: Dialect, s: QuerySettings): string {
  return `WITH ${linesCte(d, s)} SELECT * FROM lines`;
}

/** As-of, calibration end and the migration's start: given, or the engine's defaults. */
function settingsCte(d: Dialect, s: QuerySettings): string {
  const asOf =
    s.asOfDay !== undefined ? validatedInteger(s.asOfDay) : "(SELECT MAX(day) + 1 FROM lines)";
  const calibrationEnd =
    s.calibrationEndDay !== undefined ? validatedInteger(s.calibrationEndDay) : "as_of_day - 1";
  return `given AS (SELECT ${asOf} AS as_of_day
), settings AS (
  SELECT as_of_day, ${calibrationEnd} AS calibration_end_day,
    ${d.dayNumber(d.monthBefore(d.dateOfDay("as_of_day")))} AS migration_from_day,
    CAST(${validatedNumber(s.unitDays)} AS ${d.doubleType}) AS unit_days
  FROM given
)`;
}

/** RFM occasions before a day: distinct invoice ids, plus one a day without one (features.ts). */
const ordersBefore = (day: string, l = "") =>
  `COUNT(DISTINCT CASE WHEN NOT ${l}is_return AND ${l}invoice_id IS NOT NULL AND ${l}day < ${day} THEN ${l}invoice_id END)
    + COUNT(DISTINCT CASE WHEN NOT ${l}is_return AND ${l}invoice_id IS NULL AND ${l}day < ${day} THEN ${l}day END)`;

/**
 * The customers and monthly queries' `before` CTE, read by three and four aggregates. Over
 * DuckDB's staged lines it is inlined (NOT MATERIALIZED): DuckDB otherwise copies the whole lines
 * table into the CTE first, and the queries took 30 % and 25 % more CPU so (customers: 3.2 s
 * against 2.2 s over 1,000,286 staged lines; monthly: 17.6 s against 14.1 s over 10,031,590).
 * The printed queries (no staged lines) keep the plain CTE every dialect reads.
 */
const beforeCte = (d: Dialect, s: QuerySettings) =>
  s.linesMaterialized && d.id === "duckdb" ? "before AS NOT MATERIALIZED" : "before AS";

function customersQuery(d: Dialect, s: QuerySettings): string {
  const unit = `'${s.timeUnit === "day" ? "day" : s.timeUnit === "month" ? "month" : "week"}'`;
  // Distinct counts are grouped first (occasions, occasion days), then counted: one hash
  // aggregate each, where COUNT(DISTINCT) per customer keeps a set per group.
  return `WITH ${withLines(d, s)}${settingsCte(d, s)}, ${beforeCte(d, s)} (
  SELECT lines.* FROM lines CROSS JOIN settings WHERE day < as_of_day
), rfm AS (
  SELECT customer_id, MIN(line_no) AS first_line_no, MIN(day) AS first_line_day,
    MIN(CASE WHEN NOT is_return THEN day END) AS first_purchase_day,
    MAX(CASE WHEN NOT is_return THEN day END) AS last_purchase_day,
    SUM(amount) AS revenue,
    MAX(CASE WHEN NOT is_return AND day < migration_from_day THEN day END) AS prev_last_purchase_day,
    COALESCE(SUM(CASE WHEN day < migration_from_day THEN amount END), 0) AS prev_revenue,
    MIN(CASE WHEN day < migration_from_day THEN day END) AS prev_first_line_day
  FROM before CROSS JOIN settings GROUP BY customer_id
), occasions AS (
  -- RFM occasions (features.ts): an invoice id of purchase lines, or a day of those without one
  SELECT customer_id, MIN(day) AS first_day FROM before WHERE NOT is_return
  GROUP BY customer_id, invoice_id, CASE WHEN invoice_id IS NULL THEN day END
), orders AS (
  SELECT customer_id, COUNT(*) AS orders,
    COUNT(CASE WHEN first_day < migration_from_day THEN 1 END) AS prev_orders
  FROM occasions CROSS JOIN settings GROUP BY customer_id
), occasion_days AS (
  -- BG/NBD occasions: calendar days with a purchase line, valued at the day's net amount
  SELECT customer_id, day, SUM(amount) AS value FROM before
  GROUP BY customer_id, day HAVING ${d.boolOr("NOT is_return")}
), ltv AS (
  -- the first occasion is the first purchase day; the repeat occasions are the days after it
  SELECT o.customer_id, COUNT(*) AS purchase_days,
    COUNT(CASE WHEN o.day > r.first_purchase_day AND o.day <= calibration_end_day THEN 1 END) AS frequency,
    MAX(CASE WHEN o.day <= calibration_end_day THEN o.day END) AS last_day,
    SUM(CASE WHEN o.day > r.first_purchase_day AND o.day <= calibration_end_day THEN o.value END) AS repeat_value,
    COUNT(CASE WHEN o.day > r.first_purchase_day AND o.day > calibration_end_day THEN 1 END) AS holdout_frequency,
    COALESCE(SUM(CASE WHEN o.day > r.first_purchase_day AND o.day > calibration_end_day THEN o.value END), 0) AS holdout_value
  FROM occasion_days o JOIN rfm r ON r.customer_id = o.customer_id CROSS JOIN settings
  GROUP BY o.customer_id
)
SELECT rfm.customer_id, ${d.dateOfDay("as_of_day")} AS as_of,
  ${d.dateOfDay("first_line_day")} AS first_line_day,
  ${d.dateOfDay("first_purchase_day")} AS first_purchase_day,
  ${d.dateOfDay("last_purchase_day")} AS last_purchase_day,
  COALESCE(orders.orders, 0) AS orders, COALESCE(purchase_days, 0) AS purchase_days, revenue,
  ${d.dateOfDay("migration_from_day")} AS migration_from,
  ${d.dateOfDay("prev_last_purchase_day")} AS prev_last_purchase_day,
  COALESCE(prev_orders, 0) AS prev_orders, prev_revenue,
  ${d.dateOfDay("prev_first_line_day")} AS prev_first_line_day,
  ${d.dateOfDay("calibration_end_day")} AS calibration_end, ${unit} AS time_unit,
  CASE WHEN first_purchase_day <= calibration_end_day THEN frequency END AS frequency,
  CASE WHEN first_purchase_day <= calibration_end_day THEN (last_day - first_purchase_day) / unit_days END AS recency,
  CASE WHEN first_purchase_day <= calibration_end_day THEN (calibration_end_day - first_purchase_day) / unit_days END AS ${d.quote("T")},
  CASE WHEN first_purchase_day <= calibration_end_day THEN
    CASE WHEN frequency > 0 THEN ${roundedMoneySql(d, "repeat_value")} / frequency ELSE 0 END END AS monetary_value,
  CASE WHEN first_purchase_day <= calibration_end_day THEN holdout_frequency END AS holdout_frequency,
  CASE WHEN first_purchase_day <= calibration_end_day THEN ${roundedMoneySql(d, "holdout_value")} END AS holdout_value
FROM rfm CROSS JOIN settings LEFT JOIN ltv ON ltv.customer_id = rfm.customer_id
LEFT JOIN orders ON orders.customer_id = rfm.customer_id
ORDER BY rfm.first_line_no`;
}

/**
 * One row a contact: its columns, the outcome in the window [contact day, + window - 1] from
 * lines up to the as-of day (uplift/transactionIndex.ts outcomesInWindow: converted = a purchase
 * line with a positive amount) and the pre-contact features (days strictly before the contact).
 */
function contactsQuery(d: Dialect, s: QuerySettings): string | null {
  if (!s.contacts) return null;
  const cols = s.contactColumns ?? {};
  const c = (f: ContactField) => column(d, cols, f);
  const window = validatedInteger(s.conversionWindowDays);
  return `WITH ${withLines(d, s)}${settingsCte(d, s)}, contact_rows AS (
  SELECT ${d.rowNumber()} AS contact_row, ${d.text(c("customer"))} AS customer_id,
    ${d.text(c("campaign"))} AS campaign, ${d.text(c("group"))} AS contact_group,
    ${d.dayNumber(d.timestamp(c("date"), s.dateOrder))} AS contact_day, ${d.text(c("channel"))} AS channel,
    ${d.number(c("cost"))} AS cost_per_contact, ${d.text(c("converted"))} AS own_converted,
    ${d.number(c("revenue"))} AS own_revenue
  FROM ${quotedName(d, s.contacts, true)}
), outcomes AS (
  SELECT k.contact_row,
    ${d.isTrue(d.boolOr("l.day >= k.contact_day AND NOT l.is_return AND l.amount > 0"))} AS converted,
    COALESCE(SUM(CASE WHEN l.day >= k.contact_day THEN l.amount END), 0) AS window_revenue,
    MAX(CASE WHEN l.day < k.contact_day AND NOT l.is_return THEN l.day END) AS pre_last_purchase_day,
    ${ordersBefore("k.contact_day", "l.")} AS pre_orders,
    COALESCE(SUM(CASE WHEN l.day < k.contact_day THEN l.amount END), 0) AS pre_revenue,
    COUNT(DISTINCT CASE WHEN l.day < k.contact_day AND NOT l.is_return AND l.amount > 0 THEN l.day END) AS pre_purchase_days
  FROM contact_rows k CROSS JOIN settings
  LEFT JOIN lines l ON l.customer_id = k.customer_id AND l.day < k.contact_day + ${window}
    AND l.day <= settings.as_of_day
  GROUP BY k.contact_row
), ${contactDayCuts(d, s.bins ?? 5)}
SELECT k.customer_id, k.campaign, k.contact_group, ${d.dateOfDay("k.contact_day")} AS contact_day,
  k.channel, k.cost_per_contact, k.own_converted, k.own_revenue, ${window} AS conversion_window,
  o.converted, o.window_revenue, ${d.dateOfDay("o.pre_last_purchase_day")} AS pre_last_purchase_day,
  o.pre_orders, o.pre_revenue, o.pre_purchase_days,
  x.recency_cuts, x.frequency_cuts, x.monetary_cuts, ${d.dateOfDay("x.first_data_day")} AS first_data_day
FROM contact_rows k JOIN outcomes o ON o.contact_row = k.contact_row
LEFT JOIN day_cuts x ON x.contact_day = k.contact_day
ORDER BY k.contact_row`;
}

/**
 * Every customer's R, F, M as of each contact day (features.ts: days strictly before it; spend
 * rounded to 6 decimals, floored at 0) and the day's cut points, the j/bins quantiles of R type 7
 * as quantile.ts computes them (exact integer positions, then a + (remainder / bins) x (b - a)),
 * so the segment as of a contact day is the one analyzeRfm gives on that day.
 */
function contactDayCuts(d: Dialect, binCount: number): string {
  const bins = validatedInteger(binCount);
  const steps = Array.from({ length: binCount - 1 }, (_, i) => i + 1);
  const cut = (metric: string) =>
    d.stringAgg(
      d.numberText(`CASE WHEN p.remainder = 0 OR a.${metric} = b.${metric} THEN a.${metric}
      ELSE a.${metric} + (CAST(p.remainder AS ${d.doubleType}) / ${bins}) * (b.${metric} - a.${metric}) END`),
      "';'",
      "p.j",
      steps
    );
  const metricCuts = (metric: string) => `${metric}_cuts AS (
  SELECT p.contact_day, ${cut(metric)} AS cuts
  FROM positions p
  JOIN ranked a ON a.contact_day = p.contact_day AND a.${metric}_rank = p.lower
  LEFT JOIN ranked b ON b.contact_day = p.contact_day AND b.${metric}_rank = p.lower + 1
  GROUP BY p.contact_day
)`;
  return `contact_days AS (
  SELECT DISTINCT contact_day FROM contact_rows WHERE contact_day IS NOT NULL
), day_lines AS (
  SELECT c.contact_day, l.* FROM contact_days c CROSS JOIN settings
  JOIN lines l ON l.day < c.contact_day AND l.day <= settings.as_of_day
), day_first AS (
  SELECT contact_day, MIN(day) AS first_data_day FROM day_lines GROUP BY contact_day
), day_features AS (
  SELECT contact_day, customer_id,
    contact_day - MAX(CASE WHEN NOT is_return THEN day END) AS recency,
    ${ordersBefore("contact_day")} AS frequency,
    GREATEST(0, ${roundedMoneySql(d, "SUM(amount)")}) AS monetary
  FROM day_lines GROUP BY contact_day, customer_id
), scored AS (
  SELECT * FROM day_features WHERE frequency > 0
), ranked AS (
  SELECT contact_day, CAST(recency AS ${d.doubleType}) AS recency,
    CAST(frequency AS ${d.doubleType}) AS frequency, monetary,
    ROW_NUMBER() OVER (PARTITION BY contact_day ORDER BY recency) - 1 AS recency_rank,
    ROW_NUMBER() OVER (PARTITION BY contact_day ORDER BY frequency) - 1 AS frequency_rank,
    ROW_NUMBER() OVER (PARTITION BY contact_day ORDER BY monetary) - 1 AS monetary_rank
  FROM scored
), sizes AS (
  SELECT contact_day, COUNT(*) AS n FROM scored GROUP BY contact_day
), steps AS (
  SELECT sizes.contact_day, sizes.n, js.j FROM sizes
  CROSS JOIN ${d.series(steps, "js", "j")}
), positions AS (
  SELECT contact_day, j, ${d.intDiv("(n - 1) * j", bins)} AS lower,
    (n - 1) * j - ${d.intDiv("(n - 1) * j", bins)} * ${bins} AS remainder
  FROM steps
), ${metricCuts("recency")}, ${metricCuts("frequency")}, ${metricCuts("monetary")}, day_cuts AS (
  SELECT f.contact_day, f.first_data_day, r.cuts AS recency_cuts, q.cuts AS frequency_cuts, m.cuts AS monetary_cuts
  FROM day_first f
  LEFT JOIN recency_cuts r ON r.contact_day = f.contact_day
  LEFT JOIN frequency_cuts q ON q.contact_day = f.contact_day
  LEFT JOIN monetary_cuts m ON m.contact_day = f.contact_day
)`;
}

/**
 * Revenue, orders and active, new and returning buyers a calendar month, before the as-of date,
 * with the month's net revenue of each group (history/customerMonths.ts: every line of the month,
 * returns included, by the customer's first purchase month over all history).
 */
function monthlyQuery(d: Dialect, s: QuerySettings): string {
  // as in customersQuery, the distinct orders and buyers are grouped first, then counted; a
  // month's money is rounded to the micro-unit, as an engine adding its lines in parallel (DuckDB)
  // otherwise gives other last digits at each run
  return `WITH ${withLines(d, s)}${settingsCte(d, s)}, ${beforeCte(d, s)} (
  SELECT lines.*, ${d.yearMonth(d.dateOfDay("day"))} AS ym
  FROM lines CROSS JOIN settings WHERE day < as_of_day
), firsts AS (
  SELECT customer_id, MIN(ym) AS first_ym FROM before WHERE NOT is_return GROUP BY customer_id
), month_revenue AS (
  SELECT b.ym, ${roundedMoneySql(d, "SUM(b.amount)")} AS revenue,
    ${roundedMoneySql(d, "COALESCE(SUM(CASE WHEN f.first_ym = b.ym THEN b.amount END), 0)")} AS new_revenue,
    ${roundedMoneySql(d, "COALESCE(SUM(CASE WHEN f.first_ym < b.ym THEN b.amount END), 0)")} AS returning_revenue
  FROM before b LEFT JOIN firsts f ON f.customer_id = b.customer_id GROUP BY b.ym
), month_orders AS (
  SELECT ym, COUNT(*) AS orders FROM (
    SELECT DISTINCT ym, COALESCE(invoice_id, customer_id || '|' || CAST(day AS ${d.textType})) AS occasion
    FROM before WHERE NOT is_return
  ) o GROUP BY ym
), month_buyers AS (
  SELECT b.ym, COUNT(*) AS active,
    COUNT(CASE WHEN f.first_ym = b.ym THEN 1 END) AS new_buyers,
    COUNT(CASE WHEN f.first_ym < b.ym THEN 1 END) AS returning_buyers
  FROM (SELECT DISTINCT ym, customer_id FROM before WHERE NOT is_return) b
  JOIN firsts f ON f.customer_id = b.customer_id
  GROUP BY b.ym
)
SELECT r.ym AS month, r.revenue, COALESCE(o.orders, 0) AS orders, COALESCE(m.active, 0) AS active,
  COALESCE(m.new_buyers, 0) AS ${d.quote("new")}, COALESCE(m.returning_buyers, 0) AS returning,
  r.new_revenue, r.returning_revenue
FROM month_revenue r LEFT JOIN month_orders o ON o.ym = r.ym LEFT JOIN month_buyers m ON m.ym = r.ym
ORDER BY r.ym`;
}

/** The three queries for a dialect; throws IdentifierError for a name the dialect refuses. */
export function warehouseQueries(d: Dialect, s: QuerySettings): WarehouseQueries {
  return {
    customers: customersQuery(d, s),
    contacts: contactsQuery(d, s),
    monthly: monthlyQuery(d, s),
  };
}
