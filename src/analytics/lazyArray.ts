/**
 * An array whose elements are made when read, for the per-customer lists of the command line's
 * outputs (the report's tables of one row a customer, src/report/lazyRows.ts; the JSON's rfm and
 * ltv customers, src/cli/summaryJson.ts): a million customers are never held as a million
 * objects beside the results they are made from; each is made as a reader (the JSON writer, the
 * xlsx writer, the report's checks) reaches it.
 *
 * It is an array to every reader (Array.isArray, indexing, length, for...of, map,
 * JSON.stringify all see the elements), so readers need no second code path, and its JSON is
 * the same text as the built array's. Read-only: a write throws. Each read makes the element
 * anew, so a reader reads an element once and keeps no reference to it. Not for the pane: the
 * worker posts its results to the page and a Proxy cannot be cloned.
 */

/** The index a property key names, or -1 (not a canonical array index below `length`). */
function indexOf(key: string | symbol, length: number): number {
  if (typeof key !== "string" || key.length === 0 || key.length > 10) return -1;
  let i = 0;
  for (let k = 0; k < key.length; k++) {
    const digit = key.charCodeAt(k) - 48;
    if (digit < 0 || digit > 9 || (k === 0 && digit === 0 && key.length > 1)) return -1;
    i = i * 10 + digit;
  }
  return i < length ? i : -1;
}

const readOnly = (): never => {
  throw new TypeError("lazy arrays are read-only");
};

/**
 * Each lazy array's maker, for a reader of every element in turn (the JSON writer,
 * src/cli/jsonStream.ts) to call directly: a Proxy's trap a read costs more than the element.
 */
const makers = new WeakMap<object, (index: number) => unknown>();

/** The maker of a lazy array (element `i` is `make(i)`), or undefined for any other array. */
export function lazyArrayMaker<T>(array: readonly T[]): ((index: number) => T) | undefined {
  return makers.get(array) as ((index: number) => T) | undefined;
}

/** `length` elements, element `i` made by `make(i)` at each read. */
export function lazyArray<T>(length: number, make: (index: number) => T): T[] {
  const array = new Proxy<T[]>([], {
    get(target, key, receiver) {
      if (key === "length") return length;
      const i = indexOf(key, length);
      return i >= 0 ? make(i) : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return indexOf(key, length) >= 0 || Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (key === "length")
        return { value: length, writable: true, enumerable: false, configurable: false };
      const i = indexOf(key, length);
      return i >= 0
        ? { value: make(i), writable: false, enumerable: true, configurable: true }
        : Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys() {
      return [...Array.from({ length }, (_, i) => String(i)), "length"];
    },
    set: readOnly,
    defineProperty: readOnly,
    deleteProperty: readOnly,
  });
  makers.set(array, make);
  return array;
}
