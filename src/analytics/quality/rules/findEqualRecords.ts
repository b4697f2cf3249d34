import type { KeyField } from "./findDuplicates";

/** Hash of one key field; equal fields (as recordKey would write them) hash equal. */
const numberBits = new Float64Array(1);
const numberWords = new Int32Array(numberBits.buffer);

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193);
}

function hashField(h: number, f: KeyField, textIds: Map<string, number>): number {
  if (f === undefined) return mix(h, 0x5f);
  if (typeof f === "number") {
    // 0 and -0 write as "0", every NaN as "NaN": one hash each.
    if (f !== f) return mix(h, 0x7ff80001);
    numberBits[0] = f === 0 ? 0 : f;
    return mix(mix(mix(h, 0x6e), numberWords[0]), numberWords[1]);
  }
  // A text by its number among the distinct texts: V8 hashes it natively (and keeps the hash),
  // much faster than a character loop here.
  let id = textIds.get(f);
  if (id === undefined) {
    id = textIds.size;
    textIds.set(f, id);
  }
  return mix(mix(h, 0x73), id);
}

/** Field equality exactly as recordKey texts compare: same type, same value, NaN equal to NaN. */
function sameField(a: KeyField, b: KeyField): boolean {
  return a === b || (typeof a === "number" && typeof b === "number" && a !== a && b !== b);
}

/**
 * findDuplicates over records whose identity is `fieldCount` fields (`field(record, i)`), without
 * building a key text per row: records are bucketed by a hash of their fields and compared field
 * by field within a bucket. Gives exactly findDuplicates(records, r => recordKey(fields of r)):
 * the first of a group of equal records is kept (false), every later one is a duplicate (true).
 */
export function findEqualRecords<T>(
  records: readonly T[],
  fieldCount: number,
  field: (record: T, i: number) => KeyField
): boolean[] {
  const firstOfHash = new Map<number, number>();
  const textIds = new Map<string, number>();
  // For each kept record, the previous kept record of the same hash (-1: none).
  const nextOfSameHash = new Int32Array(records.length).fill(-1);
  const duplicate = new Array<boolean>(records.length);
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    let h = 0x811c9dc5;
    for (let i = 0; i < fieldCount; i++) h = hashField(h, field(record, i), textIds);
    let candidate = firstOfHash.get(h) ?? -1;
    let isCopy = false;
    while (candidate >= 0 && !isCopy) {
      const other = records[candidate];
      let equal = true;
      for (let i = 0; i < fieldCount && equal; i++) {
        equal = sameField(field(record, i), field(other, i));
      }
      isCopy = equal;
      candidate = nextOfSameHash[candidate];
    }
    duplicate[r] = isCopy;
    if (!isCopy) {
      nextOfSameHash[r] = firstOfHash.get(h) ?? -1;
      firstOfHash.set(h, r);
    }
  }
  return duplicate;
}
