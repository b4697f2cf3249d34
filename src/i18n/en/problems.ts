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
  unreadableBoolean:
    "Sheet {{sheet}}, column {{column}}: {{count}} yes/no values not readable (first at row {{row}}), left empty",
  errorValue:
    "Sheet {{sheet}}, column {{column}}: {{count}} error values such as {{error}} (first at row {{row}}), left empty",
  invoicePrefixNotReturn:
    "Sheet {{sheet}}, column {{column}}: most invoice ids start with C ({{count}}), so C does not mark returns here",
  fileNotFound: "File not found: {{file}}",
  unreadableFile: "Cannot read {{file}}: {{reason}}",
  unwritableFile: "Cannot write {{file}}: {{reason}}",
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
