import type { Transaction } from "../../domain";
import type { CodedTexts } from "../../codedTexts";
import { HAS_QUANTITY, HAS_UNIT_PRICE, TransactionTable } from "../../transactionTable";

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

/** A text column's code of line r (equal texts, equal codes; -1 none), as a hash part. */
function code(texts: CodedTexts | null, r: number): number {
  return texts === null ? -1 : texts.codes[r];
}

/**
 * A rough hash of line r's key fields (transactionKeyField): equal lines hash equal. A number
 * goes in by its integer part (`| 0`: 0 and -0 alike, every NaN 0), the amount scaled first so
 * that cents tell lines apart; the quantity and unit price, which an equal amount mostly
 * implies, are left to the exact comparison.
 */
function roughHash(t: TransactionTable, r: number): number {
  let h = 0x811c9dc5;
  h = mix(h, t.customerId.codes[r]);
  h = mix(h, t.date[r] | 0);
  h = mix(h, (t.amount[r] * 256) | 0);
  h = mix(h, code(t.invoiceId, r));
  h = mix(h, code(t.product, r));
  return mix(h, code(t.category, r));
}

/**
 * findEqualRecords over transaction lines (their TRANSACTION_KEY_FIELDS; a table's columns, or
 * records), the same answer at a fraction of the cost: almost every line of a file is unique,
 * so the lines are first counted by a rough hash (numbers, and the codes of texts: CodedTexts),
 * and only lines sharing theirs with another line, which include every group of equal lines,
 * go through the exact comparison, in file order, field by field in the table's columns (equal
 * texts have equal codes). 1 marks a line equal to an earlier one.
 */
export function findEqualTransactions(
  lines: readonly Transaction[] | TransactionTable
): Uint8Array {
  const table = lines instanceof TransactionTable ? lines : TransactionTable.ofRecords("", lines);
  const n = table.length;
  const duplicate = new Uint8Array(n);
  if (n < 2) return duplicate;
  const { lines: candidates, hashes } = linesSharingHash(table);
  // Per rough hash, the last line kept; per line kept, the one kept before it with that hash.
  const lastKept = new Map<number, number>();
  const previousKept = new Int32Array(n);
  for (const r of candidates) {
    const h = hashes[r];
    let other = lastKept.get(h) ?? -1;
    while (other >= 0 && !sameLine(table, r, other)) other = previousKept[other];
    if (other >= 0) {
      duplicate[r] = 1;
    } else {
      previousKept[r] = lastKept.get(h) ?? -1;
      lastKept.set(h, r);
    }
  }
  return duplicate;
}

/** Whether lines a and b have equal key fields, as findEqualRecords compares them. */
function sameLine(t: TransactionTable, a: number, b: number): boolean {
  const has = t.has[a] & KEY_NUMBERS;
  return (
    t.customerId.codes[a] === t.customerId.codes[b] &&
    sameNumber(t.date[a], t.date[b]) &&
    sameNumber(t.amount[a], t.amount[b]) &&
    has === (t.has[b] & KEY_NUMBERS) &&
    ((has & HAS_QUANTITY) === 0 || sameNumber(t.quantity[a], t.quantity[b])) &&
    ((has & HAS_UNIT_PRICE) === 0 || sameNumber(t.unitPrice[a], t.unitPrice[b])) &&
    code(t.invoiceId, a) === code(t.invoiceId, b) &&
    code(t.product, a) === code(t.product, b) &&
    code(t.category, a) === code(t.category, b)
  );
}

/** The optional numbers of a line's key. */
const KEY_NUMBERS = HAS_QUANTITY | HAS_UNIT_PRICE;

/** Numbers equal as findEqualRecords compares them: 0 and -0 equal, NaN equal to NaN. */
function sameNumber(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/** Lines per group counted at once: their table of hashes stays in the processor's cache. */
const GROUP_LINES = 4096;

/**
 * The lines whose rough hash another line shares, in file order, and every line's hash. One table of a million hashes
 * is probed at random, a cache miss per line (0.12 s at 1M lines); the lines are first put in
 * groups by their hash's top bits (two passes in order), so that equal hashes share a group,
 * then each group is counted in a small table.
 */
function linesSharingHash(table: TransactionTable): { lines: number[]; hashes: Int32Array } {
  const n = table.length;
  let groupBits = 0;
  while (groupBits < 20 && n >>> groupBits > GROUP_LINES) groupBits++;
  const shift = 32 - groupBits;
  const groups = 1 << groupBits;
  // The multiply spreads hashes differing in low bits into the top ones.
  const groupOf = (h: number) => (groupBits === 0 ? 0 : Math.imul(h, 0x9e3779b1) >>> shift);
  const hashes = new Int32Array(n);
  const starts = new Int32Array(groups + 1);
  for (let r = 0; r < n; r++) {
    const h = roughHash(table, r);
    hashes[r] = h;
    starts[groupOf(h) + 1]++;
  }
  let largest = 0;
  for (let g = 0; g < groups; g++) {
    largest = Math.max(largest, starts[g + 1]);
    starts[g + 1] += starts[g];
  }
  // The lines by group, in file order within each.
  const byGroup = new Int32Array(n);
  const next = starts.slice(0, groups);
  for (let r = 0; r < n; r++) byGroup[next[groupOf(hashes[r])]++] = r;
  let capacity = 2;
  while (capacity < 2 * largest) capacity *= 2;
  // Open addressing, linear probing: per slot a hash and how many lines hold it.
  const slotHash = new Int32Array(capacity);
  const slotCount = new Int32Array(capacity);
  const shared = new Uint8Array(n);
  for (let g = 0; g < groups; g++) {
    const [from, to] = [starts[g], starts[g + 1]];
    if (to - from < 2) continue;
    let size = 2;
    while (size < 2 * (to - from)) size *= 2;
    const mask = size - 1;
    slotCount.fill(0, 0, size);
    const slotOf = (h: number) => {
      // The high bits folded in: the low bits of a multiplied hash depend on low bits only.
      let slot = (h ^ (h >>> 16)) & mask;
      while (slotCount[slot] !== 0 && slotHash[slot] !== h) slot = (slot + 1) & mask;
      return slot;
    };
    for (let k = from; k < to; k++) {
      const h = hashes[byGroup[k]];
      const slot = slotOf(h);
      slotHash[slot] = h;
      slotCount[slot]++;
    }
    for (let k = from; k < to; k++) {
      const r = byGroup[k];
      if (slotCount[slotOf(hashes[r])] > 1) shared[r] = 1;
    }
  }
  const lines: number[] = [];
  for (let r = 0; r < n; r++) if (shared[r] === 1) lines.push(r);
  return { lines, hashes };
}
