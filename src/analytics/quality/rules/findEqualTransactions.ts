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
 * so the lines are first told apart by a rough hash (numbers, and the codes of texts:
 * CodedTexts), and only lines that may share theirs with another line (linesSharingHash), which
 * include every group of equal lines, go through the exact comparison, in file order, field by
 * field in the table's columns (equal texts have equal codes). 1 marks a line equal to an
 * earlier one.
 */
export function findEqualTransactions(
  lines: readonly Transaction[] | TransactionTable
): Uint8Array {
  const table = lines instanceof TransactionTable ? lines : TransactionTable.ofRecords("", lines);
  const n = table.length;
  const duplicate = new Uint8Array(n);
  if (n < 2) return duplicate;
  const { lines: candidates, hashes } = linesSharingHash(table);
  // Per rough hash (open addressing, linear probing), the last candidate kept; per candidate
  // kept, the one kept before it with that hash (candidates by their place in `candidates`).
  const m = candidates.length;
  let size = 2;
  while (size < 2 * m) size *= 2;
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const lastKept = new Int32Array(size).fill(-1);
  const previousKept = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const r = candidates[k];
    const h = hashes[r];
    // The high bits folded in: the low bits of a multiplied hash depend on low bits only.
    let slot = (h ^ (h >>> 16)) & mask;
    while (lastKept[slot] !== -1 && slotHash[slot] !== h) slot = (slot + 1) & mask;
    let other = lastKept[slot];
    while (other >= 0 && !sameLine(table, r, candidates[other])) other = previousKept[other];
    if (other >= 0) {
      duplicate[r] = 1;
    } else {
      previousKept[k] = lastKept[slot];
      slotHash[slot] = h;
      lastKept[slot] = k;
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

/**
 * Buckets per line, at least (a power of two): a line shares its bucket with another by chance
 * about once in 8 to 16. 16 made fewer such lines but bits twice as far apart, and 32 was
 * slower than counting hashes in groups (the bits no longer in the processor's cache).
 */
const BUCKETS_PER_LINE = 8;

/**
 * The lines whose rough hash another line may share, in file order (a superset of those that
 * do: the exact comparison tells them apart), and every line's hash. Each hash falls in one of
 * BUCKETS_PER_LINE or more buckets a line, told by two bits side by side, met once and met
 * twice: two passes in file order, 2 to 4 bytes of bits a line (counting the hashes in groups
 * took three passes and a scatter of the lines: Online Retail's and the million-line file's
 * cleaning 15-25 % faster). A line is a candidate when its bucket was met twice; buckets shared
 * by chance add a line in 8 to 16 to the candidates, never miss one.
 */
function linesSharingHash(table: TransactionTable): { lines: number[]; hashes: Int32Array } {
  const n = table.length;
  let bucketBits = 6;
  while (bucketBits < 30 && 1 << bucketBits < BUCKETS_PER_LINE * n) bucketBits++;
  const shift = 32 - bucketBits;
  // Per 32 buckets, a word of "met once" then a word of "met twice": a bucket's two bits are
  // read and written in one cache line.
  const bits = new Int32Array(1 << (bucketBits - 4));
  const hashes = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const h = roughHash(table, r);
    hashes[r] = h;
    // The multiply spreads hashes differing in low bits into the top ones.
    const bucket = Math.imul(h, 0x9e3779b1) >>> shift;
    const word = (bucket >>> 5) << 1;
    const bit = 1 << (bucket & 31);
    if ((bits[word] & bit) === 0) bits[word] |= bit;
    else bits[word + 1] |= bit;
  }
  const lines: number[] = [];
  for (let r = 0; r < n; r++) {
    const bucket = Math.imul(hashes[r], 0x9e3779b1) >>> shift;
    if ((bits[((bucket >>> 5) << 1) + 1] & (1 << (bucket & 31))) !== 0) lines.push(r);
  }
  return { lines, hashes };
}
