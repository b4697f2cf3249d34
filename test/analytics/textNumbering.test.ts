import fc from "fast-check";
import { TextNumbering } from "../../src/analytics/textNumbering";

describe("TextNumbering", () => {
  it("numbers texts from 0 in order of first appearance, an old text keeping its number", () => {
    const numbering = new TextNumbering();
    expect(["b", "a", "b", "", "a", "c"].map((t) => numbering.number(t))).toEqual([
      0, 1, 0, 2, 1, 3,
    ]);
    expect(numbering.texts).toEqual(["b", "a", "", "c"]);
  });

  it("gives equal numbers to equal texts only, past many doublings of its table", () => {
    // Short texts over a small alphabet: many repeats, and texts whose hashes share slots.
    const text = fc.string({ unit: fc.constantFrom("0", "1", "9", "é", " "), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3000 }), fc.nat(5000), (texts, expected) => {
        // Sized for `expected` texts, more or fewer than come.
        const numbering = new TextNumbering(expected);
        const seen = new Map<string, number>();
        for (const t of texts) {
          if (!seen.has(t)) seen.set(t, seen.size);
          expect(numbering.number(t)).toBe(seen.get(t));
        }
        expect(numbering.texts).toEqual([...seen.keys()]);
      }),
      { numRuns: 60 }
    );
  });

  it("keeps apart a hundred thousand distinct ids cut from one text (the table grows)", () => {
    const ids = Array.from({ length: 100_000 }, (_, k) => String(100_000 + k));
    const all = ids.join(",");
    const numbering = new TextNumbering();
    let at = 0;
    ids.forEach((id, k) => {
      expect(numbering.number(all.slice(at, at + id.length))).toBe(k);
      at += id.length + 1;
    });
    expect(numbering.number("100000")).toBe(0);
    expect(numbering.number("199999")).toBe(99_999);
    expect(numbering.texts.length).toBe(100_000);
  });
});
