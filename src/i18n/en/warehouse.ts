/** The warehouse path: notes of analyses that need transaction lines, and CLI messages. */
const warehouse = {
  needsLines: {
    history:
      "Segment history and new vs returning buyers by month-end skipped: they need the transaction lines (a per-customer summary holds one row a customer); the monthly summary (--monthly) gives the buyers by month",
    segmentHistory:
      "Segments at each month-end skipped: they need every customer's purchases up to each month-end (new vs returning buyers by month come from the monthly summary)",
    cohorts:
      "First-purchase cohorts and retention by month skipped: they need each customer's purchases month by month, which the monthly summary does not hold",
    kpis: "Period KPIs skipped: they need the transaction lines; the monthly summary (--monthly) gives revenue, orders, active, new and returning customers by month",
    historical:
      "Historical LTV formulas (simple and retention-based) and the yearly retention rate skipped: they need the transaction lines",
    validation:
      "LTV holdout check skipped: without --calibration-end it refits on part of the transaction lines; give --calibration-end to check the model from the summary",
    contactSegments:
      "Uplift by RFM segment skipped: the segment as of each contact day needs every customer's history on that day",
    campaigns:
      "Campaign KPIs (coverage, products after contact) skipped: they need the transaction lines",
    noContacts: "Uplift skipped: no contact outcomes given (--contact-outcomes)",
  },
  summaryBadValue: '{{file}}: column {{column}}, row {{row}}: unreadable value "{{value}}"',
  summaryMissingColumn:
    "{{file}}: column {{column}} is missing (the columns of `crm-analytics sql`)",
  badIdentifier: "Name {{name}} cannot be used as a table or column name ({{reason}})",
  engineUsed: "Read with the embedded DuckDB engine: {{files}}",
  /** The Data quality sheet's block of what the summaries could not give. */
  notComputedHeading: "Not computed from the summaries",
};
export default warehouse;
