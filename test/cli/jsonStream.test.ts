import fc from "fast-check";
import { lazyArray } from "../../src/analytics/lazyArray";
import { streamJson } from "../../src/cli/jsonStream";

/** The pieces streamJson writes, joined. */
function streamed(value: unknown): string {
  const pieces: string[] = [];
  streamJson(value, (text) => pieces.push(text));
  return pieces.join("");
}

/** Numbers JSON.stringify writes its own way: -0 as 0, exponents, non-finite as null. */
const jsonNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 1e21, 1e-7, 1e-6, 123e-20, NaN, Infinity, -Infinity, 5e-324, 2 ** 53)
);
/** Strings of any UTF-16 code units: lone surrogates, controls, quotes, U+2028. */
const jsonString = fc.oneof(
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)) }),
  fc.string({ unit: "binary" }),
  fc.constantFrom("\ud800", "a\udfffb", '"\\', "\u2028\u2029", "\u0000\u001f\u007f")
);
const leaf = fc.oneof(
  jsonNumber,
  jsonString,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
);

/** A record of the per-customer lists' kind: a fixed shape, a few fields undefined. */
const record = fc.record(
  {
    id: jsonString,
    recency: jsonNumber,
    monetary: jsonNumber,
    pAlive: fc.oneof(jsonNumber, fc.constant(null)),
    segment: fc.oneof(jsonString, fc.constant(undefined)),
    tags: fc.array(fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })), { maxLength: 3 }),
  },
  { requiredKeys: ["id", "recency"] }
);

/**
 * An array as built, or lazily made (lazyArray.ts), whose elements the writer batches: any
 * length up to 600, so that lists of several batches are common.
 */
function listOf<T>(element: fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  const rows = fc
    .nat(600)
    .chain((n) => fc.array(element, { minLength: n, maxLength: n, size: "xsmall" }));
  return fc
    .tuple(rows, fc.boolean())
    .map(([rows, lazy]) => (lazy ? lazyArray(rows.length, (i) => rows[i]) : rows));
}

/** Summaries: nested objects and arrays of records, lists of lists, at varying depths. */
const summary = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    listOf(record),
    listOf(fc.oneof(record, leaf, fc.array(leaf, { maxLength: 4 }))),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(jsonString, tie("node"), { maxKeys: 4 })
  ),
})).node;

/** A value whose toJSON returns `returned` (with the key it was called with, when asked). */
const withToJSON = (returned: unknown) => ({ toJSON: () => returned });

describe("streamJson", () => {
  it("writes JSON.stringify(value, null, 2) for any JSON-like value", () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withDate: true, withBoxedValues: true }),
        (v) => {
          expect(streamed(v)).toBe(JSON.stringify(v, null, 2) ?? "");
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("writes JSON.stringify(value, null, 2) for summaries of records, built or lazy", () => {
    fc.assert(
      fc.property(summary, (v) => {
        expect(streamed(v)).toBe(JSON.stringify(v, null, 2) ?? "");
      }),
      { numRuns: 400 }
    );
  });

  it("calls toJSON once a value, with its key, as JSON.stringify does", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            record,
            record.map(withToJSON),
            // a toJSON returning a Date: JSON.stringify writes the Date's own keys, not its ISO day
            fc.date({ noInvalidDate: true }).map(withToJSON),
            fc.date({ noInvalidDate: true })
          ),
          { maxLength: 50 }
        ),
        (rows) => {
          for (const v of [rows, { rows }, { a: { b: rows } }])
            expect(streamed(v)).toBe(JSON.stringify(v, null, 2));
        }
      ),
      { numRuns: 300 }
    );
    const keyed = { toJSON: (key: string) => `key ${key}` };
    const value = { a: [keyed, keyed, [keyed]], b: keyed };
    expect(streamed(value)).toBe(JSON.stringify(value, null, 2));
    expect(streamed(lazyArray(3, () => keyed))).toBe(
      JSON.stringify([keyed, keyed, keyed], null, 2)
    );
  });

  it("keeps JSON.stringify's rules: omitted properties, null in arrays, toJSON, NaN", () => {
    const value = {
      a: undefined,
      b: [undefined, () => 1, NaN, -Infinity, -0, "line\nbreak \u2028"],
      c: { toJSON: (key: string) => ({ key, nested: [1, [2, []], {}] }) },
      d: new Date(Date.UTC(2024, 1, 29)),
      e: [[{ x: [1, 2] }, []], { y: { z: '"q"' } }],
      f: {},
      g: [],
      h: Object.assign(Object.create(null) as object, { k: 1 }),
      i: withToJSON(new Date(0)),
      j: withToJSON(Object.assign(new Number(2), { toJSON: () => 3 })),
      k: [withToJSON(new Date(0)), withToJSON(Object.assign(new String("s"), { toJSON: () => 1 }))],
    };
    expect(streamed(value)).toBe(JSON.stringify(value, null, 2));
    expect(streamed([])).toBe("[]");
    expect(streamed({})).toBe("{}");
    expect(streamed("text")).toBe('"text"');
    expect(streamed(undefined)).toBe("");
    expect(streamed(withToJSON(new Date(0)))).toBe("{}");
  });

  it("writes a long array in bounded pieces, not as one string", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `C${i}`, value: i / 7 }));
    const pieces: string[] = [];
    streamJson({ rows }, (text) => pieces.push(text));
    const text = pieces.join("");
    expect(text).toBe(JSON.stringify({ rows }, null, 2));
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(text.length / 20);
  });

  it("makes each element of a lazy array once, and writes the built array's text", () => {
    const made: number[] = [];
    const rows = lazyArray(5000, (i) => {
      made.push(i);
      return { id: `C${i}`, monetary: i === 7 ? -0 : i / 3, clv: i % 11 === 0 ? NaN : i * 1e20 };
    });
    const built = Array.from({ length: 5000 }, (_, i) => rows[i]);
    made.length = 0;
    expect(streamed({ customers: rows })).toBe(JSON.stringify({ customers: built }, null, 2));
    expect(made).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });
});
