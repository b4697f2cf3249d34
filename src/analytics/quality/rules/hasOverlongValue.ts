import type { Contact, Customer, Transaction } from "../../domain";

/**
 * The longest identifier or label a record may carry: 255 characters, Excel's limit for a
 * table column name, a sheet header and a chart series name. Customer ids, campaigns, channels
 * and customer attributes end up as table rows, chart categories or column headers; a 32,768
 * character id is a corrupt cell or an attack, never a customer.
 * See https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export const MAX_VALUE_LENGTH = 255;

const tooLong = (value: string | undefined) =>
  value !== undefined && value.length > MAX_VALUE_LENGTH;

/** Whether a transaction's customer id or channel is longer than MAX_VALUE_LENGTH. */
export function transactionHasOverlongValue(t: Transaction): boolean {
  return tooLong(t.customerId) || tooLong(t.channel);
}

/** Whether a contact's customer id, campaign or channel is longer than MAX_VALUE_LENGTH. */
export function contactHasOverlongValue(c: Contact): boolean {
  return tooLong(c.customerId) || tooLong(c.campaign) || tooLong(c.channel);
}

/**
 * Whether a customer's id or any attribute value (segment, region...: breakdown dimensions that
 * become table rows and column headers) is longer than MAX_VALUE_LENGTH.
 */
export function customerHasOverlongValue(c: Customer): boolean {
  return tooLong(c.id) || Object.values(c.attributes).some(tooLong);
}
