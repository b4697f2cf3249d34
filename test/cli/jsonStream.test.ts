import fc from "fast-check";
import { streamJson } from "../../src/cli/jsonStream";

/** The pieces streamJson writes, joined. */
function streamed(value: unknown): string {
  const pieces: string[] = [];
  streamJson(value, (text) => pieces.push(text));
  return pieces.join("");
}

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
    };
    expect(streamed(value)).toBe(JSON.stringify(value, null, 2));
    expect(streamed([])).toBe("[]");
    expect(streamed({})).toBe("{}");
    expect(streamed("text")).toBe('"text"');
    expect(streamed(undefined)).toBe("");
  });

  it("writes a long array element by element, not as one string", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `C${i}`, value: i / 7 }));
    const pieces: string[] = [];
    streamJson({ rows }, (text) => pieces.push(text));
    expect(pieces.join("")).toBe(JSON.stringify({ rows }, null, 2));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
  });
});
