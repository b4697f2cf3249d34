import type { Contact, Problem } from "../domain";
import type { CleaningPolicy } from "./cleaningPolicy";
import { tallyRejected, type CleanedSheet } from "./cleanedSheet";
import type { ParsedRows } from "./parsedRows";
import type { ExclusionReason } from "./reasons";
import { RowTally } from "./rowTally";
import { CONTACT_KEY_FIELDS, contactKeyField } from "./rules/findDuplicates";
import { findEqualRecords } from "./rules/findEqualRecords";
import { hasImplausibleContactAmount } from "./rules/hasImplausibleAmount";
import { hasMissingCampaign } from "./rules/hasMissingCampaign";
import { contactHasOverlongValue } from "./rules/hasOverlongValue";
import { isAfterAnalysisDate } from "./rules/isAfterAnalysisDate";
import { implausibleDateTest } from "./rules/isImplausibleDate";

/** What contacts are checked against. */
export interface ContactReferences {
  /** Ids of the Customers sheet (after cleaning); undefined when the workbook has none. */
  customerIds?: ReadonlySet<string>;
  /**
   * Ids of customers with at least one transaction, each once; only for the warning when there
   * is no Customers sheet.
   */
  purchaserIds?: Iterable<string>;
}

/**
 * Applies the cleaning rules to a contacts sheet. A row is excluded for the first rule it breaks:
 * rejected by the input layer > implausible date (see isImplausibleDate) > dated after the
 * analysis date > implausible cost or revenue > an id, campaign or channel over 255 characters
 * > no campaign ("missingCampaign") > exact duplicate of an earlier contact > customer not on the Customers sheet
 * ("unknownCustomer", only when there is a Customers sheet).
 * Without a Customers sheet, unknown customers cannot be told from prospects who never bought:
 * nothing is excluded and a warning gives the number of contacted customers with no
 * transaction.
 */
export function cleanContacts(
  parsed: ParsedRows<Contact>,
  policy: CleaningPolicy,
  references: ContactReferences
): CleanedSheet<Contact> {
  const excluded = new RowTally();
  tallyRejected(parsed.sheet, parsed, excluded);
  const duplicate = findEqualRecords(parsed.records, CONTACT_KEY_FIELDS, contactKeyField);
  // Its latest plausible date worked out once, not a contact at a time.
  const isImplausibleDate = implausibleDateTest(policy.referenceDate);

  const records = parsed.records.filter((c, i) => {
    const reason = exclusionReason(
      c,
      duplicate[i],
      policy,
      references.customerIds,
      isImplausibleDate
    );
    if (reason) excluded.add(parsed.sheet, reason, c.source.row);
    return reason === null;
  });

  return {
    sheet: parsed.sheet,
    kind: "contacts",
    records,
    rowsRead: parsed.rowsRead,
    excluded: excluded.summaries(),
    flagged: [],
    warnings: references.customerIds
      ? []
      : uncheckedCustomersWarning(parsed.sheet, records, references),
  };
}

function exclusionReason(
  c: Contact,
  isDuplicate: boolean,
  policy: CleaningPolicy,
  customerIds: ReadonlySet<string> | undefined,
  isImplausibleDate: (date: number) => boolean
): ExclusionReason | null {
  if (isImplausibleDate(c.contactDate)) return "implausibleDate";
  if (isAfterAnalysisDate(c.contactDate, policy.analysisDate)) return "afterAnalysisDate";
  if (hasImplausibleContactAmount(c)) return "implausibleAmount";
  if (contactHasOverlongValue(c)) return "valueTooLong";
  if (hasMissingCampaign(c)) return "missingCampaign";
  if (isDuplicate) return "duplicateRow";
  if (customerIds && !customerIds.has(c.customerId)) return "unknownCustomer";
  return null;
}

function uncheckedCustomersWarning(
  sheet: string,
  contacts: readonly Contact[],
  references: ContactReferences
): Problem[] {
  const contacted = new Set<string>();
  for (const c of contacts) contacted.add(c.customerId);
  let withoutPurchase = 0;
  if (references.purchaserIds) {
    // The purchasers looked up among the contacted, not put in a set of their own first.
    let withPurchase = 0;
    for (const id of references.purchaserIds) if (contacted.has(id)) withPurchase++;
    withoutPurchase = contacted.size - withPurchase;
  }
  return [
    {
      severity: "warning",
      code: "quality:warning.contactsNotChecked",
      sheet,
      params: { customers: contacted.size, withoutPurchase },
    },
  ];
}
