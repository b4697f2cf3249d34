import excel from "./paneSections/excel";
import resultsView from "./paneSections/resultsView";
/** pane strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const pane = {
  app: {
    title: "CRM Analytics",
    tagline: "RFM segments, lifetime value and campaign uplift, computed on this computer.",
    loading: "Loading…",
  },
  mode: {
    excel: "Working on this workbook",
    standalone: "Standalone: no Excel needed",
  },
  language: {
    label: "Language",
    en: "English",
    fr: "Français",
  },
  steps: {
    label: "Steps",
    data: "Data",
    settings: "Settings",
    run: "Run",
    results: "Results",
    write: "Write",
  },
  data: {
    heading: "Your data",
    excelIntro:
      "The pane looks for the sheets that hold your customers, transactions and campaign contacts. Your sheets are only read.",
    findSheets: "Find my data",
    standaloneIntro:
      "Open an Excel workbook or CSV files. The analysis runs in this browser: your data never leaves this computer.",
    dropZone: "Drop one .xlsx workbook or .csv files here",
    or: "or",
    chooseFiles: "Choose files",
    fileInputLabel: "Workbook or CSV files",
    chosen: "Opening: {{names}}",
    trySample: "Try the sample data",
    sampleHint: "A made-up shop: 5,000 customers, two years of sales and three campaigns.",
    rejected: {
      notSpreadsheet:
        "{{name}} is not an .xlsx or .csv file. Choose an Excel workbook or CSV files.",
      mixed: "Open either one .xlsx workbook or several .csv files, not both.",
      severalWorkbooks: "Open one .xlsx workbook at a time.",
    },
  },
  settings: {
    heading: "Settings",
    empty: "Open your data first: the settings adapt to the columns found.",
  },
  run: {
    heading: "Run the analysis",
    empty: "Open your data first, then run the analysis here.",
  },
  results: {
    heading: "Results",
    empty: "Results appear here once the analysis has run.",
  },
  write: {
    heading: "Write to the workbook",
    excelEmpty: "Once the analysis has run, choose the sheets to add to this workbook.",
    standaloneEmpty: "Once the analysis has run, download the report as an Excel workbook.",
  },
  excel,
  resultsView,
} as const;
export default pane;
