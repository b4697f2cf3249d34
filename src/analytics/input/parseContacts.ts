import type { Contact, RawSheet } from "../domain";
import { isControlFlagHeader, parseContactGroup } from "./contactGroup";
import type { ColumnMapping } from "./fields";
import type { HeaderRow } from "./findHeaderRow";
import type { ParseOptions, ParsedSheet } from "./parseTypes";
import { RowRejection, SheetReader } from "./sheetReader";
import { cellErrorCode } from "./values/errorValue";

/**
 * Reads a contacts (campaign exposure) sheet into Contacts. Required per row: customer id,
 * campaign, group (treated or control, see parseContactGroup; anything else is rejected as
 * "badGroup") and contact date. Optional: channel, cost per contact, converted (yes/no) and
 * revenue, the outcomes some contact sheets carry themselves.
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
  return reader.parseRows((row) => {
    const customerId = reader.requiredText("customerId", "missingCustomerId");
    const campaign = reader.requiredText("campaign", "missingCampaign");
    const groupCell = reader.cell(groupColumn);
    if (cellErrorCode(groupCell)) throw new RowRejection("errorCell", groupName);
    const group = parseContactGroup(groupCell, controlFlag);
    if (group === null) throw new RowRejection("badGroup", groupName);
    const contactDate = reader.requiredDate("contactDate");
    const contact: Contact = {
      customerId,
      campaign,
      group,
      contactDate,
      source: { sheet: sheet.name, row },
    };
    const channel = reader.optionalText("channel");
    if (channel !== undefined) contact.channel = channel;
    const cost = reader.optionalNumber("cost");
    if (cost !== undefined) contact.costPerContact = cost;
    const converted = reader.optionalBoolean("converted");
    if (converted !== undefined) contact.converted = converted;
    const revenue = reader.optionalNumber("revenue");
    if (revenue !== undefined) contact.revenue = revenue;
    return contact;
  }, "contactDate");
}
