import summary from "./summaryQuality";
/** quality strings (en). Keys must match the other language: test/i18n.test.ts checks it. */
const quality = {
  missingCustomerId: {
    label: "No customer id",
    explanation: "The row has no customer id, so it cannot be attributed to anyone.",
  },
  unreadableDate: {
    label: "Unreadable date",
    explanation: "The date could not be read as a date (text, error or blank cell).",
  },
  unreadableAmount: {
    label: "Unreadable amount",
    explanation: "The amount, quantity or price could not be read as a number.",
  },
  errorCell: {
    label: "Error value",
    explanation: "A required cell holds an Excel error (#N/A, #VALUE!...).",
  },
  unknownGroup: {
    label: "Unknown group",
    explanation:
      "The group is neither treated nor control (e.g. Ciblé / Témoin, test / control, 1 / 0).",
  },
  unreadableRow: {
    label: "Unreadable row",
    explanation: "A required value of the row could not be read.",
  },
  malformedCsvRow: {
    label: "Malformed CSV line",
    explanation:
      "The line's quotes could not be made sense of, so its values cannot be told apart; fix the quoting in the file.",
  },
  returnOrCancellation: {
    label: "Return or cancellation",
    explanation:
      "Negative amount or quantity, or an invoice id starting with C; excluded by the cleaning policy.",
  },
  returnNetted: {
    label: "Return netted against purchases",
    explanation: "A return or cancellation, kept and subtracted from the customer's spend.",
  },
  nonPositivePrice: {
    label: "Zero or negative unit price",
    explanation: "Free items and accounting adjustments are not sales.",
  },
  zeroQuantityLine: {
    label: "Zero quantity",
    explanation: "The line sells nothing, so it is not a purchase.",
  },
  zeroAmount: {
    label: "Purchase with no spend",
    explanation:
      "An amount of zero (a free item): kept for frequency and recency, counted as zero in spend.",
  },
  possibleDuplicate: {
    label: "Possible duplicate, kept",
    explanation:
      "Same customer, day and amount as an earlier line, with no order id or time to tell them apart: kept as a second purchase.",
  },
  implausibleDate: {
    label: "Implausible date",
    explanation:
      "Before 1900, a 9999-12-31 style placeholder, past Excel's last day, or more than a year after the run date.",
  },
  implausibleAmount: {
    label: "Implausible amount",
    explanation:
      "An amount, quantity, price, cost or revenue that is not a finite number or exceeds 1,000,000,000,000 in size.",
  },
  valueTooLong: {
    label: "Value over 255 characters",
    explanation:
      "A customer id, campaign, channel or customer attribute longer than 255 characters (Excel's limit for names and headers).",
  },
  duplicateRow: {
    label: "Exact duplicate",
    explanation: "Same values as an earlier row in every column that matters; the first is kept.",
  },
  afterAnalysisDate: {
    label: "After the analysis date",
    explanation: "Dated on a day after the analysis date, so not part of the period analysed.",
  },
  duplicateCustomerId: {
    label: "Customer id already listed",
    explanation: "The customer appears on an earlier row of the sheet; the first row is kept.",
  },
  unknownCustomer: {
    label: "Unknown customer",
    explanation: "The contacted customer is not on the customers sheet.",
  },
  missingCampaign: {
    label: "No campaign",
    explanation: "The contact names no campaign, so it cannot be attributed to one.",
  },
  warning: {
    contactsNotChecked:
      "No customers sheet: contacts could not be checked against a customer list ({{customers}} customers contacted, {{withoutPurchase}} of them with no transaction).",
    sheetNotRecognised:
      "Sheet {{sheet}} was not recognised as customers, transactions or contacts and was not used.",
    noHeaderRow: "Sheet {{sheet}} has no header row (a row with two or more text cells).",
    duplicateKind:
      "Sheets {{sheet}} and {{other}} both look like {{kind}}; {{sheet}} was used. Choose the sheet to use if this is wrong.",
  },
  error: {
    noUsableSheet:
      "No transactions sheet and no contacts sheet were found: nothing can be analysed.",
    sheetNotFound: "Sheet {{sheet}} does not exist in the workbook.",
    noHeaderRow: "Sheet {{sheet}} has no header row (a row with two or more text cells).",
    missingRequiredColumn: "Sheet {{sheet}}: no column found for the required field {{field}}.",
    sheetHasNoRows:
      "The transactions sheet {{sheet}} has a header row but no rows below it: nothing can be analysed.",
    noRowsBeforeAsOf:
      "The transactions sheet {{sheet}} has no rows dated on or before {{asOf}} (the analysis date): choose a later analysis date.",
    unknownColumn: "Sheet {{sheet}}: column {{column}} chosen for {{field}} does not exist.",
  },
  /** Reasons of a customer summary sheet (summaryQuality.ts). */
  summary,
} as const;
export default quality;
