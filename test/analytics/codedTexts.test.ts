import fc from "fast-check";
import { CodedTexts } from "../../src/analytics/codedTexts";

describe("CodedTexts", () => {
  it("numbers texts in order of first appearance, by text or by a source's codes", () => {
    const byText = new CodedTexts(5);
    ["b", undefined, "a", "b", "a"].forEach((t, i) => byText.set(i, t));
    const source = ["a", "b"];
    const byCode = new CodedTexts(5);
    [1, -1, 0, 1, 0].forEach((code, i) => byCode.setCoded(i, code, source));
    for (const coded of [byText, byCode]) {
      expect(Array.from(coded.codes)).toEqual([0, -1, 1, 0, 1]);
      expect(coded.texts).toEqual(["b", "a"]);
      expect(coded.at(2)).toBe("a");
      expect(coded.at(1)).toBeUndefined();
    }
  });

  it("gives equal texts equal numbers however set, setCoded and sources are mixed", () => {
    const sourceA = ["x", "y", "z", "w"];
    const sourceB = ["z", "v", "x"];
    const step = fc.oneof(
      fc.record({ text: fc.constantFrom("x", "y", "z", "v", "u") }),
      fc.record({ code: fc.integer({ min: -1, max: 3 }), source: fc.constant(sourceA) }),
      fc.record({ code: fc.integer({ min: -1, max: 2 }), source: fc.constant(sourceB) })
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const coded = new CodedTexts(steps.length);
        const wanted: (string | undefined)[] = [];
        steps.forEach((s, i) => {
          if ("text" in s) {
            coded.set(i, s.text);
            wanted.push(s.text);
          } else {
            coded.setCoded(i, s.code, s.source);
            wanted.push(s.code < 0 ? undefined : s.source[s.code]);
          }
        });
        expect(wanted.map((_, i) => coded.at(i))).toEqual(wanted);
        expect(new Set(coded.texts).size).toBe(coded.texts.length);
        expect(coded.texts).toEqual([...new Set(wanted.filter((t) => t !== undefined))]);
      })
    );
  });

  it("refuses a line after it is sealed, and trims its codes", () => {
    const coded = new CodedTexts(4);
    coded.set(0, "a");
    coded.seal(1);
    expect(coded.codes.length).toBe(1);
    expect(() => coded.set(1, "b")).toThrow("sealed");
  });
});
