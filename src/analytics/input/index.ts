/**
 * The input layer: raw 2-D cell values -> typed tables. Find the header row, recognise the kind
 * of sheet and propose a column mapping from English and French header synonyms, then parse the
 * values (dates, numbers, yes/no, error cells) into Transactions, Customers and Contacts, with
 * every row that could not be read rejected with its reason, sheet, column and Excel row.
 */
export type { SheetKind } from "../domain";
export * from "./fields";
export { findHeaderRow, type HeaderRow } from "./findHeaderRow";
export { columnarSheet, sheetGrid, sheetRowCount, type SheetGrid } from "./sheetGrid";
export { detectSheetKind } from "./detectSheetKind";
export {
  proposeMapping,
  mappingFromProposal,
  type ColumnCandidate,
  type ColumnChoice,
  type MappingProposal,
} from "./proposeMapping";
export { HEADER_SYNONYMS } from "./headerSynonyms";
export { headerTokens, headerKey } from "./normalizeHeader";
export * from "./parseTypes";
export { parseTransactions } from "./parseTransactions";
export { parseCustomers } from "./parseCustomers";
export { parseContacts } from "./parseContacts";
export { parseContactGroup, GROUP_WORDS } from "./contactGroup";
export type { WorkbookSource, SheetListing, ReadProgress } from "./workbookSource";
export { excelSerialToInstant, instantToExcelSerial } from "./values/excelSerialDate";
export { parseDateText, parseIsoDate, type DateOrder } from "./values/dateText";
export { parseDateCell } from "./values/dateCell";
export {
  decideDateOrder,
  dateOrderOfCulture,
  dateOrderOfPattern,
  type DateOrderDecision,
} from "./values/dateOrder";
export { parseNumberText, parseNumberCell } from "./values/numberText";
export { parseBoolean } from "./values/booleanText";
export { cellErrorCode, isCellError, ERROR_TEXTS } from "./values/errorValue";
export { cellText, isBlankCell } from "./values/cellText";
