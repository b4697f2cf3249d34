/** A per-customer summary sheet in the pane (src/warehouse/summarySheet*.ts): role, notes, problems. */
const summarySheet = {
  unit: { day: "days", week: "weeks", month: "months" },
  role: "Customer summary",
  convention: {
    warehouse: "Warehouse summary (the columns of crm-analytics sql)",
    lifetimes: "lifetimes convention (frequency, recency, T, monetary_value)",
  },
  roleHint:
    "A sheet of one row a customer. When a summary is used, the transactions, customers and contacts sheets are not read.",
  lifetimesHint:
    "Durations are read in the time unit of the settings (LTV, default weeks); T counts up to the day before the analysis date of the settings. Only the LTV models run: RFM needs each customer's last purchase day and net revenue.",
  missingForWarehouse: "Columns a warehouse summary would add: {{columns}}",
  columnsFound: "Columns read",
  columnLine: "{{column}} ← {{header}}",
  notUsed: "Not used",
  usedWarehouse:
    "The analyses ran on the customer summary in sheet {{sheet}} (warehouse convention), not on transaction lines: as of {{asOf}}, LTV calibrated to {{calibrationEnd}}, durations in $t(summarySheet:unit.{{unit}}).",
  usedLifetimes:
    "The analyses ran on the customer summary in sheet {{sheet}} (lifetimes convention: frequency = repeat purchases, recency and T in $t(summarySheet:unit.{{unit}}), T counted to {{calibrationEnd}}), as of {{asOf}}.",
  settingsIgnored:
    "The analysis date and time unit come from sheet {{sheet}} (its as_of and time_unit columns), not from the settings: run the SQL again with other settings to change them.",
  asOfNeededCli:
    "Sheet {{sheet}} is a lifetimes summary and holds no dates: give the analysis date with --as-of YYYY-MM-DD (the day after the end of the period T is counted to).",
  leftAside:
    "Sheet {{sheet}} is a customer summary (one row a customer): left aside, the transaction lines give every analysis.",
  asOfNeeded:
    "Sheet {{sheet}} is a lifetimes summary and holds no dates: set the analysis date in the settings (the day after the end of the period T is counted to).",
  notASummary:
    "Sheet {{sheet}} is not a customer summary: no column found for {{columns}} (a customer id and frequency, recency, T, or the columns of crm-analytics sql).",
  noRows: "Sheet {{sheet}} has no customer row the analyses can use (see the exclusions).",
  notAvailable: {
    rfm: "RFM scores, segments and migration not available: a lifetimes summary has no last purchase day and no net revenue (monetary_value is the mean of the repeat purchases, without the first purchase)",
    spend:
      "Spend model (Gamma-Gamma) and CLV not available: the summary has no monetary_value column",
    holdout: "LTV holdout check not available: a lifetimes summary has no holdout purchases",
    uplift:
      "Uplift and campaign KPIs not available: they need campaign contacts and transaction lines, which a customer summary does not hold",
  },
};
export default summarySheet;
