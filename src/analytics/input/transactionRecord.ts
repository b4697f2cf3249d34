import type { SourceRef, Transaction } from "../domain";

type TransactionRecordConstructor = new (
  customerId: string,
  date: number,
  amount: number,
  isReturn: boolean,
  source: SourceRef,
  quantity: number | undefined,
  unitPrice: number | undefined,
  invoiceId: string | undefined,
  product: string | undefined,
  category: string | undefined,
  channel: string | undefined
) => Transaction;

/**
 * Makes a Transaction as the object literal `{ customerId, date, amount, isReturn, source }`
 * with each optional field then added when defined would be: the same own properties in the
 * same order, Object.prototype its prototype (so its `constructor` is Object). Made by `new`, it
 * is allocated with room for every field (V8 sizes the objects of a constructor from the fields
 * it assigns), where a literal given fields after it is made grows a second array for them: one
 * allocation less per line of a million-line file. The fields are passed one by one: an object
 * of them would be one more allocation per line.
 */
export const TransactionRecord = function TransactionRecord(
  this: Transaction,
  customerId: string,
  date: number,
  amount: number,
  isReturn: boolean,
  source: SourceRef,
  quantity: number | undefined,
  unitPrice: number | undefined,
  invoiceId: string | undefined,
  product: string | undefined,
  category: string | undefined,
  channel: string | undefined
): void {
  this.customerId = customerId;
  this.date = date;
  this.amount = amount;
  this.isReturn = isReturn;
  this.source = source;
  if (quantity !== undefined) this.quantity = quantity;
  if (unitPrice !== undefined) this.unitPrice = unitPrice;
  if (invoiceId !== undefined) this.invoiceId = invoiceId;
  if (product !== undefined) this.product = product;
  if (category !== undefined) this.category = category;
  if (channel !== undefined) this.channel = channel;
} as unknown as TransactionRecordConstructor;
TransactionRecord.prototype = Object.prototype;
