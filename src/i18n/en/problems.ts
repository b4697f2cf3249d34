/** problems strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const problems = {
  reject: {
    missingCustomerId: "No customer id",
    missingDate: "No date",
    badDate: "Date not readable",
    implausibleDate: "Date past Excel's last day (9999-12-31)",
    missingAmount: "No amount (and no quantity and unit price)",
    badAmount: "Amount not readable",
    badQuantity: "Quantity missing or not readable",
    badUnitPrice: "Unit price missing or not readable",
    errorCell: "Error value in a required cell",
    badGroup: "Group is neither treated nor control",
    missingCampaign: "No campaign",
    repeatedHeader: "The header row repeated inside the data",
    malformedCsvRow: "Quotes that do not pair up on this line of the CSV file",
  },
  rejectAt: "Sheet {{sheet}}, column {{column}}, row {{row}}: {{reason}}",
  dateOrder: "Sheet {{sheet}}, column {{column}}: dates read as {{order}} (decided by {{basis}})",
  dateOrderConflicts:
    "Sheet {{sheet}}, column {{column}}: dates read as {{order}} (decided by {{basis}}); {{conflicts}} dates written the other way could not be read",
  dateOrderBasis: {
    data: "the data",
    culture: "the workbook language",
    option: "your choice",
    default: "the default",
    none: "nothing",
  },
  unreadableNumber:
    "Sheet {{sheet}}, column {{column}}: {{count}} numbers not readable (first at row {{row}}), left empty",
  unreadableDate:
    "Sheet {{sheet}}, column {{column}}: {{count}} dates not readable (first at row {{row}}), left empty",
  csvQuotesReadAsText:
    "Sheet {{sheet}}, from row {{row}}: quotes that do not pair up were read as text (lines concerned: {{count}}); check those values",
  unreadableBoolean:
    "Sheet {{sheet}}, column {{column}}: {{count}} yes/no values not readable (first at row {{row}}), left empty",
  errorValue:
    "Sheet {{sheet}}, column {{column}}: {{count}} error values such as {{error}} (first at row {{row}}), left empty",
  invoicePrefixNotReturn:
    "Sheet {{sheet}}, column {{column}}: most invoice ids start with C ({{count}}), so C does not mark returns here",
  fileNotFound: "File not found: {{file}}",
  unreadableFile: "Cannot read {{file}}: {{reason}}",
  unwritableFile: "Cannot write {{file}}: {{reason}}",
  outputIsInput:
    "{{option}} {{output}} is the input file {{input}}: choose another name (input files are never overwritten)",
  file: {
    passwordProtected:
      "{{file}} is password-protected: save a copy without a password (in Excel: File > Info > Protect Workbook > Encrypt with Password, then clear it) and analyse the copy",
    legacyXls:
      "{{file}} is an Excel 97-2003 workbook (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)",
    otherOfficeFile:
      "{{file}} is an older Office document, not an Excel workbook: save the data as .xlsx or .csv",
    textNotWorkbook:
      "{{file}} is a text file, not an Excel workbook: if it holds comma- or semicolon-separated data, name it .csv",
    zipNotWorkbook: "{{file}} is a ZIP archive, not an Excel workbook (it has no xl/ folder)",
    notWorkbook: "{{file}} is not an Excel workbook (.xlsx)",
    unreadable:
      "{{file}} could not be read: check that it is a CSV or Excel file and that it opens in Excel",
    damagedWorkbook:
      "{{file}} could not be read as an Excel workbook (it may be damaged or incomplete): open it in Excel and save it again as .xlsx",
    sheetNamesCollide:
      "{{file}}: sheets {{first}} and {{second}} have the same first 31 characters (Excel's longest sheet name): rename one of them",
    csvTooLarge:
      "{{file}} is {{size}} MB: more than the {{limit}} MB a CSV file can have in this run. Larger data goes through the embedded DuckDB engine (--engine duckdb, chosen by itself for CSV files unless --engine memory is given)",
    gzipTooLarge:
      "{{file}} expands to more than {{limit}} MB: more than a CSV file can have in this run. Larger data goes through the embedded DuckDB engine (--engine duckdb, chosen by itself for CSV files unless --engine memory is given)",
    xlsxTooLarge:
      "{{file}} declares {{size}} MB of uncompressed content: more than the {{limit}} MB a workbook can have in this run. Save the sheets as .csv.gz, or run the CSV files through the embedded DuckDB engine (--engine duckdb)",
  },
  unsupportedFile: "Unsupported file type: {{file}} (expected .xlsx, .csv or .csv.gz)",
  sheetNotFound: "Sheet {{sheet}} not found (sheets: {{sheets}})",
  headerNotFound: "Sheet {{sheet}}: no header row (a row with two or more text cells)",
  noTransactionsSheet:
    "No transactions sheet found (sheets: {{sheets}}); name one with --transactions",
  requiredColumnMissing:
    "Sheet {{sheet}}, row {{row}}: required column {{column}} not found (headers: {{headers}})",
  badOption: "Option {{option}}: {{value}} is not valid ({{expected}})",
  noInput: "No input file given",
} as const;
export default problems;
