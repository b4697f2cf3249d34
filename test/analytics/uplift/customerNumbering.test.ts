import fc from "fast-check";
import { CustomerNumbering } from "../../../src/analytics/uplift/customerNumbering";

/** The reference numbering: a Map filled in order of first appearance. */
function mapNumbers(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size);
  return numbers;
}

describe("CustomerNumbering", () => {
  it("numbers ids 0, 1, 2, ... in order of first appearance", () => {
    // b is first (0), a second (1), b again keeps 0, c is third (2)
    const numbering = new CustomerNumbering();
    expect(["b", "a", "b", "c"].map((id) => numbering.numberOf(id))).toEqual([0, 1, 0, 2]);
    expect(numbering.ids).toEqual(["b", "a", "c"]);
    expect(numbering.size).toBe(3);
    expect(numbering.find("a")).toBe(1);
    expect(numbering.find("d")).toBe(-1);
    expect(numbering.size).toBe(3);
  });

  it("keeps every number through growth from the smallest table (5,000 ids)", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `C${(i * 7919) % 5000}`);
    const numbering = new CustomerNumbering();
    ids.forEach((id, i) => expect(numbering.numberOf(id)).toBe(i));
    ids.forEach((id, i) => expect(numbering.find(id)).toBe(i));
    expect(numbering.find("C5000")).toBe(-1);
  });

  it("agrees with a Map on any list of ids, looked up again in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: "binary" })), {
          maxLength: 300,
        }),
        fc.nat(40),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 30 }),
        (ids, expected, others) => {
          const numbering = new CustomerNumbering(expected);
          const reference = mapNumbers(ids);
          expect(ids.map((id) => numbering.numberOf(id))).toEqual(
            ids.map((id) => reference.get(id))
          );
          expect(numbering.ids).toEqual([...reference.keys()]);
          for (const id of [...ids].reverse()) expect(numbering.find(id)).toBe(reference.get(id));
          for (const id of others) expect(numbering.find(id)).toBe(reference.get(id) ?? -1);
        }
      )
    );
  });

  describe("edge cases", () => {
    it("numbers the empty id like any other", () => {
      const numbering = new CustomerNumbering();
      expect(numbering.numberOf("x")).toBe(0);
      expect(numbering.numberOf("")).toBe(1);
      expect(numbering.find("")).toBe(1);
    });

    it("matches ids by content, not by string object, and is case-sensitive", () => {
      const numbering = new CustomerNumbering();
      const built = ["C", "1", "7"].join("");
      expect(numbering.numberOf("C17")).toBe(0);
      expect(numbering.numberOf(built)).toBe(0);
      expect(numbering.numberOf("c17")).toBe(1);
    });

    it("tells apart ids that differ in one UTF-16 code unit (accents, surrogate pairs)", () => {
      const numbering = new CustomerNumbering();
      const ids = ["Zoé", "Zoe", "Zoè", "\u{1F600}", "\u{1F601}", "\uD83D"];
      expect(ids.map((id) => numbering.numberOf(id))).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it("finds nothing in an empty numbering", () => {
      expect(new CustomerNumbering(1000).find("C1")).toBe(-1);
      expect(new CustomerNumbering(1000).size).toBe(0);
    });
  });
});
