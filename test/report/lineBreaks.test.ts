/**
 * lineBreaks: a paragraph cut into lines between words, each as full as it can be.
 */
import fc from "fast-check";
import { lineBreaks } from "../../src/report/lineBreaks";

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9',.:?()-]{1,14}$/);

describe("lineBreaks", () => {
  it("breaks between words, as full as each line can be", () => {
    expect(lineBreaks("Move the line between R 5 and R 4", 16)).toEqual([
      "Move the line",
      "between R 5 and",
      "R 4",
    ]);
    // a line exactly full, then a word longer than a line on its own
    expect(lineBreaks("abc def ghijklmnop q", 7)).toEqual(["abc def", "ghijklmnop", "q"]);
    expect(lineBreaks("short", 110)).toEqual(["short"]);
    expect(lineBreaks("", 10)).toEqual([""]);
  });

  it("keeps every word in order, lines within the limit, none that could take the next word", () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (words, max) => {
          const lines = lineBreaks(words.join(" "), max);
          expect(lines.join(" ")).toBe(words.join(" "));
          for (const line of lines) {
            expect(line.length <= max || !line.includes(" ")).toBe(true);
          }
          for (let i = 0; i + 1 < lines.length; i++) {
            const next = lines[i + 1].split(" ")[0];
            expect(lines[i].length + 1 + next.length).toBeGreaterThan(max);
          }
        }
      )
    );
  });
});
