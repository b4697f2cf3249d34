import type { Contact, RawSheet } from "../../src/analytics/domain";
import { isControlFlagHeader, parseContactGroup } from "../../src/analytics/input/contactGroup";
import type { ColumnMapping } from "../../src/analytics/input/fields";
import type { HeaderRow } from "../../src/analytics/input/findHeaderRow";
import { withOutcomes } from "../../src/analytics/input/parseContacts";
import type { ParseOptions, ParsedSheet } from "../../src/analytics/input/parseTypes";
import { RowRejection, SheetReader } from "../../src/analytics/input/sheetReader";
import { cellErrorCode } from "../../src/analytics/input/values/errorValue";

/*
 * parseContacts as it was before it read its required columns at once (identifier and date
 * columns, a group per distinct cell): every cell read through the SheetReader, row by row.
 * Kept as the reference the column-at-a-time parser is compared with
 * (parseContactsColumns.property.test.ts).
 */

export function parseContactsByRow(
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
    // The optional fields were read cell by cell before as after: the parser's own reading.
    return withOutcomes(reader, contact);
  }, "contactDate");
}
