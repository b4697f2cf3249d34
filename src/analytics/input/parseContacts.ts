import type { CellValue, Contact, ContactGroup, RawSheet } from "../domain";
import { isControlFlagHeader, parseContactGroup } from "./contactGroup";
import type { ColumnMapping } from "./fields";
import type { HeaderRow } from "./findHeaderRow";
import { codeAt, type IdentifierColumn } from "./identifierColumn";
import type { ParseOptions, ParsedSheet, RejectReason } from "./parseTypes";
import { RowRejection, SheetReader } from "./sheetReader";
import { CELL_OK, dateRejection } from "./typedColumn";
import { cellErrorCode } from "./values/errorValue";

/**
 * Reads a contacts (campaign exposure) sheet into Contacts. Required per row: customer id,
 * campaign, group (treated or control, see parseContactGroup; anything else is rejected as
 * "badGroup") and contact date. Optional: channel, cost per contact, converted (yes/no) and
 * revenue, the outcomes some contact sheets carry themselves.
 *
 * The required columns are read a column at a time (each distinct text once: identifiers,
 * dates, groups), the rows then taking theirs, as the transactions parser does: read cell by
 * cell, 100,000 contacts took four times as long per line as a million transaction lines.
 */
export function parseContacts(
  sheet: RawSheet,
  header: HeaderRow,
  mapping: ColumnMapping<"contacts">,
  options: ParseOptions
): ParsedSheet<Contact> {
  const reader = new SheetReader(sheet, header, mapping, options);
  const groupColumn = reader.column("group");
  const groupName = reader.columnName(groupColumn);
  const controlFlag = groupName !== undefined && isControlFlagHeader(groupName);
  const customers = requiredIdentifiers(reader, "customerId", "missingCustomerId");
  const campaigns = requiredIdentifiers(reader, "campaign", "missingCampaign");
  const dates = reader.dateColumn("contactDate");
  const dateName = reader.columnName(reader.column("contactDate"));
  const groupOf = groupReader(groupName, controlFlag);
  const first = sheet.firstRow;
  return reader.parseRows((row) => {
    const i = row - first;
    const customerId = customers.textAt(i);
    if (customerId instanceof RowRejection) return customerId;
    const campaign = campaigns.textAt(i);
    if (campaign instanceof RowRejection) return campaign;
    const group = groupOf(reader.cell(groupColumn));
    if (group instanceof RowRejection) return group;
    if (dates.status[i] !== CELL_OK)
      return new RowRejection(dateRejection(dates.status[i]), dateName);
    const contact: Contact = {
      customerId,
      campaign,
      group,
      contactDate: dates.values[i],
      source: { sheet: sheet.name, row },
    };
    return withOutcomes(reader, contact);
  }, "contactDate");
}

/**
 * A contact with the optional fields of the row being read (channel, cost per contact,
 * converted, revenue) set where the row has them, read cell by cell: rare columns, and the
 * same in the row-at-a-time reference the parser is tested against.
 */
export function withOutcomes(reader: SheetReader<"contacts">, contact: Contact): Contact {
  const channel = reader.optionalText("channel");
  if (channel !== undefined) contact.channel = channel;
  const cost = reader.optionalNumber("cost");
  if (cost !== undefined) contact.costPerContact = cost;
  const converted = reader.optionalBoolean("converted");
  if (converted !== undefined) contact.converted = converted;
  const revenue = reader.optionalNumber("revenue");
  if (revenue !== undefined) contact.revenue = revenue;
  return contact;
}

/**
 * A required identifier column read at once (SheetReader.identifierColumn), row i's text or its
 * rejection as requiredText gives them: an error value, else `missing` for a blank cell.
 */
function requiredIdentifiers(
  reader: SheetReader<"contacts">,
  field: "customerId" | "campaign",
  missing: RejectReason
): { textAt(i: number): string | RowRejection } {
  const column: IdentifierColumn = reader.identifierColumn(field);
  const rejection = reader.identifierRejection(field, missing);
  return {
    textAt(i) {
      const code = codeAt(column, i);
      return code >= 0 ? column.texts[code] : rejection(code);
    },
  };
}

/** A group cell's group or rejection (parseContactGroup), each distinct cell read once. */
function groupReader(
  groupName: string | undefined,
  controlFlag: boolean
): (cell: CellValue) => ContactGroup | RowRejection {
  const read = new Map<CellValue, ContactGroup | RowRejection>();
  const [error, bad] = [
    new RowRejection("errorCell", groupName),
    new RowRejection("badGroup", groupName),
  ];
  const parse = (cell: CellValue) =>
    cellErrorCode(cell) ? error : (parseContactGroup(cell, controlFlag) ?? bad);
  return (cell) => {
    // A Date or an error is an object of its own per cell: read each time, not kept.
    if (typeof cell === "object" && cell !== null) return parse(cell);
    let group = read.get(cell);
    if (group === undefined) read.set(cell, (group = parse(cell)));
    return group;
  };
}
