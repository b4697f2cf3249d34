import rfmSheet from "./reportSheets/rfm";
import segmentsSheet from "./reportSheets/segments";
import migrationSheet from "./reportSheets/migration";
import ltvSheet from "./reportSheets/ltv";
import upliftSheet from "./reportSheets/uplift";
import campaignsSheet from "./reportSheets/campaigns";
import dashboardSheet from "./reportSheets/dashboard";
import print from "./reportSheets/print";
/** report strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const report = {
  sheet: {
    dashboard: "Dashboard",
    rfm: "RFM",
    segments: "Segments",
    migration: "Migration",
    history: "Monthly history",
    ltv: "LTV",
    uplift: "Uplift",
    campaigns: "Campaigns",
    dataQuality: "Data quality",
    method: "Method",
  },
  common: {
    /** Unit of percentage points in number formats ("+0.68 pts"). */
    pointsUnit: "pts",
    total: "Total",
    changeVsPrevious: "vs previous period",
    generated: "Generated {{date}} by CRM Analytics for Excel {{version}}",
  },
  kind: {
    customers: "Customers",
    transactions: "Transactions",
    contacts: "Contacts",
    summary: "Customer summary",
  },
  dataQuality: {
    title: "Data quality",
    subtitle:
      "{{used}} of {{read}} rows used in the analyses; {{excluded}} excluded, listed below with their row numbers.",
    sourcesHeading: "Sheets read",
    exclusionsHeading: "Rows excluded, by sheet and reason",
    flagsHeading: "Rows kept but flagged",
    warningsHeading: "Warnings",
    nothingExcluded: "No row was excluded.",
    chartTitle: "Rows excluded by reason",
    chartAxis: "Rows",
    moreRows: "… and {{count}} more",
    column: {
      sheet: "Sheet",
      kind: "Kind",
      rowsRead: "Rows read",
      rowsUsed: "Rows used",
      rowsExcluded: "Rows excluded",
      rowsFlagged: "Rows flagged",
      reason: "Reason",
      rows: "Rows",
      share: "Share of sheet",
      firstRows: "Row numbers (first 20)",
      explanation: "Why",
    },
  },
  method: {
    title: "Method",
    subtitle: "How every figure of this workbook was computed, for trainers and auditors.",
    parametersHeading: "Parameters",
    sourcesHeading: "Source sheets",
    definitionsHeading: "Definitions",
    reconciliation: {
      heading: "Reconciliation",
      revenue: {
        period: "Revenue period",
        revenue: "Net revenue",
        share: "Share of all history",
        window: "Last {{months}} months ({{from}} to {{to}}, excluded)",
        allHistory: "All history (sum of RFM monetary values)",
        rfmWindow: "RFM window from {{from}} (sum of RFM monetary values)",
      },
      ltv: {
        scope: "Segment",
        customers: "Customers",
        simple: "LTV, simple formula",
        retention: "LTV, retention formula",
        model: "CLV, BG/NBD model ({{months}} months)",
        why: "Why they differ: the simple formula multiplies average order, purchases a year and a lifetime of 1 / (1 − retention); the retention formula discounts a yearly revenue over an unlimited future; the model projects only {{months}} months, customer by customer, weighted by each one's chance of still being active.",
        contradiction:
          "Warning: the model contradicts the segments. Rule: mean P(alive) above 90 % while at least 10 % of the scored customers are in lapsed segments (lowest two recency and frequency scores: Lost, Hibernating). Here mean P(alive) is {{meanPAlive}} (a = {{a}}) while {{lapsed}} customers ({{share}}) are lapsed: do not quote the model's CLV.",
      },
    },
    column: {
      parameter: "Parameter",
      value: "Value",
      term: "Term",
      definition: "Definition",
    },
    parameter: {
      generatedAt: "Generated at",
      version: "Version",
      language: "Language",
      currency: "Currency",
    },
    languageName: "English",
    currency: {
      setting: "{{code}} ({{symbol}}), from the Currency setting",
      cellFormat: "{{code}} ({{symbol}}), from the number format of the amount cells",
      text: "{{code}} ({{symbol}}), from the currency signs in the amount cells",
      culture: "{{code}} ({{symbol}}), from the workbook's regional settings",
      none: "None: the data names no currency; amounts are plain numbers",
    },
    definition: {
      rowsRead: {
        term: "Rows read",
        text: "Non-blank rows below the header row of each source sheet.",
      },
      rowsUsed: {
        term: "Rows used",
        text: "Rows the analyses use. Rows read = rows used + rows excluded, for every sheet: no row is dropped silently.",
      },
      rowsExcluded: {
        term: "Rows excluded",
        text: "Rows left out by a cleaning rule; the Data quality sheet lists the reason and the first 20 row numbers of each rule.",
      },
      rowsFlagged: {
        term: "Rows flagged",
        text: "Rows kept in the analyses but worth checking (e.g. returns netted against purchases).",
      },
      numberFormats: {
        term: "Number formats",
        text: "Numbers are stored unrounded; Excel shows them with the separators of your regional settings.",
      },
    },
  },
  rfmSheet,
  segmentsSheet,
  migrationSheet,
  ltvSheet,
  upliftSheet,
  campaignsSheet,
  dashboardSheet,
  print,
} as const;
export default report;
