import type { Transaction } from "../../domain";
import type { CodedTexts } from "../../codedTexts";
import { TransactionTable } from "../../transactionTable";
import { TRANSACTION_KEY_FIELDS, transactionKeyField } from "./findDuplicates";
import { findEqualRecords } from "./findEqualRecords";

const numberBits = new Float64Array(1);
const numberWords = new Int32Array(numberBits.buffer);

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

/** A number's hash, equal for values recordKey writes alike (0 and -0; every NaN). */
function mixNumber(h: number, n: number | undefined): number {
  if (n === undefined) return mix(h, 0x5f);
  if (n !== n) return mix(h, 0x7ff80001);
  numberBits[0] = n === 0 ? 0 : n;
  return mix(mix(h, numberWords[0]), numberWords[1]);
}

/** A text column's code of line r (equal texts, equal codes; -1 none), as a hash part. */
function code(texts: CodedTexts | null, r: number): number {
  return texts === null ? -1 : texts.codes[r];
}

/** A rough hash of line r's key fields (transactionKeyField): equal lines hash equal. */
function roughHash(t: TransactionTable, r: number): number {
  let h = 0x811c9dc5;
  h = mix(h, t.customerId.codes[r]);
  h = mixNumber(h, t.date[r]);
  h = mixNumber(h, t.amount[r]);
  h = mixNumber(h, t.quantityAt(r));
  h = mixNumber(h, t.unitPriceAt(r));
  h = mix(h, code(t.invoiceId, r));
  h = mix(h, code(t.product, r));
  return mix(h, code(t.category, r));
}

/**
 * findEqualRecords over transaction lines (their TRANSACTION_KEY_FIELDS; a table's columns, or
 * records), the same answer at a
 * fraction of the cost: almost every line of a file is unique, so the lines are first counted by
 * a rough hash (numbers, and the codes of texts: CodedTexts), and only
 * lines sharing theirs with another line, which include every group of equal lines, in file
 * order, go through the exact comparison.
 */
export function findEqualTransactions(lines: readonly Transaction[] | TransactionTable): boolean[] {
  const table = lines instanceof TransactionTable ? lines : TransactionTable.ofRecords("", lines);
  const n = table.length;
  const duplicate = new Array<boolean>(n).fill(false);
  if (n < 2) return duplicate;
  let capacity = 1;
  while (capacity < 2 * n) capacity *= 2;
  const mask = capacity - 1;
  const slotHash = new Int32Array(capacity);
  const slotCount = new Int32Array(capacity);
  const slotOf = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const h = roughHash(table, r);
    // Open addressing, linear probing; the multiply spreads hashes differing in high bits.
    let slot = Math.imul(h, 0x9e3779b1) & mask;
    while (slotCount[slot] !== 0 && slotHash[slot] !== h) slot = (slot + 1) & mask;
    slotHash[slot] = h;
    slotCount[slot]++;
    slotOf[r] = slot;
  }
  const candidates: number[] = [];
  for (let r = 0; r < n; r++) if (slotCount[slotOf[r]] > 1) candidates.push(r);
  const copies = findEqualRecords(candidates, TRANSACTION_KEY_FIELDS, (r, i) =>
    transactionKeyField(table.view(r), i)
  );
  candidates.forEach((r, k) => (duplicate[r] = copies[k]));
  return duplicate;
}
