/** common strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const common = {
  kind: {
    transactions: "Transactions",
    customers: "Customers",
    contacts: "Contacts",
    summary: "Customer summary",
  },
  field: {
    customerId: "customer id",
    date: "date",
    amount: "amount (or quantity and unit price)",
    quantity: "quantity",
    unitPrice: "unit price",
    invoiceId: "invoice id",
    product: "product",
    category: "category",
    channel: "channel",
    name: "name",
    firstPurchase: "first purchase date",
    campaign: "campaign",
    group: "group (treated / control)",
    contactDate: "contact date",
    cost: "cost per contact",
    converted: "converted",
    revenue: "revenue",
  },
  dateOrder: {
    dmy: "dd/mm/yyyy",
    mdy: "mm/dd/yyyy",
    iso: "Excel dates or yyyy-mm-dd",
  },
  analysis: {
    skipped: {
      noTransactions:
        "RFM and LTV skipped: no transactions sheet with a customer id, a date and an amount was found",
      sheetHasNoRows:
        "RFM and LTV skipped: the transactions sheet {{sheet}} has a header row but no rows below it",
      noRowsBeforeAsOf:
        "RFM and LTV skipped: the transactions sheet {{sheet}} has no rows dated on or before {{asOf}} (the analysis date): choose a later analysis date",
      noContacts:
        "Uplift and campaign KPIs skipped: no contacts sheet with a customer id, a campaign, a group and a contact date was found",
    },
    stage: {
      rfm: "Scoring RFM",
      migration: "Segment migration",
      ltv: "Fitting the LTV models",
      uplift: "Campaign uplift",
      campaigns: "Campaign KPIs",
    },
  },
  cli: {
    title: "CRM Analytics: {{files}}",
    sheetsUsed: "Sheets used:",
    sheetUsed: "  {{kind}}: {{sheet}} (header on row {{row}}, dates read as {{dateOrder}})",
    asOf: "Analysis date: {{date}}",
    rows: "Rows read: {{read}}, used: {{used}}, excluded: {{excluded}}",
    excludedLine: "  {{label}} ({{sheet}}): {{count}}, rows {{rows}}",
    mappingChoice: "    {{field}}: column {{used}} used; also possible: {{alternatives}}",
    mappingColumn: '{{column}} "{{header}}"',
    flaggedLine: "  {{label}} ({{sheet}}): {{count}} (kept)",
    warnings: "Warnings:",
    warningLine: "  {{message}}",
    moreWarnings: "  ... and {{count}} more",
    jsonWritten: "JSON summary written to {{path}}",
    deckWritten: "Board deck written to {{path}} ({{slides}} slides)",
    reportWritten: "Report workbook written to {{path}} (sheets: {{sheets}})",
    failed: "Error: {{message}}",
    internalError: "Internal error: {{message}}",
    usage:
      "Usage: crm-analytics analyze <workbook.xlsx | file.csv ...> [--customers SHEET] [--transactions SHEET] [--contacts SHEET] [--as-of YYYY-MM-DD] [--rfm-bins 5] [--segment-map classic|tiers3|bands] [--calibration-end YYYY-MM-DD] [--time-unit day|week|month] [--horizon 12] [--discount 0.01] [--margin 1] [--conversion-window 30] [--control-share 0.1] [--lang en|fr] [--culture fr-FR] [--date-order dmy|mdy] [--currency EUR|GBP|USD|...] [--returns net|exclude] [--out report.xlsx] [--json summary.json] [--deck deck.pptx] [--teaching [--no-answers]]",
  },
} as const;
export default common;
