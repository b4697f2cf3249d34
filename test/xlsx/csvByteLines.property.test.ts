import fc from "fast-check";
import { ByteLines } from "../../src/xlsx/csvByteLines";

/** Bytes near the line breaks' (0x0a, 0x0d, each with bit 7 set, their neighbours), anywhere in a buffer. */
const bytes = fc
  .tuple(
    fc.array(fc.constantFrom(0x0a, 0x0d, 0x0b, 0x0c, 0x09, 0x8a, 0x8d, 0x00, 0xff, 0x61), {
      maxLength: 40,
    }),
    fc.nat(3)
  )
  .map(([values, offset]) => {
    const buffer = new Uint8Array(values.length + offset);
    buffer.set(values, offset);
    return buffer.subarray(offset);
  });

describe("ByteLines (property)", () => {
  it("finds lines' ends, starts and count (the estimate too) as a scan of the text does, any start", () => {
    fc.assert(
      fc.property(bytes, fc.nat(5), fc.nat(60), (data, from, at) => {
        const start = Math.min(from, data.length);
        const lines = new ByteLines(data, start);
        const rest = Array.from(data.subarray(start));
        const isBreak = (b: number) => b === 0x0a || b === 0x0d;
        const breaks = rest.filter((b, i) => b === 0x0a || (b === 0x0d && rest[i + 1] !== 0x0a));
        expect(lines.count()).toBe(breaks.length + 1);
        // bytes under the estimate's sample: counted exactly
        expect(lines.estimate()).toBe(breaks.length + 1);
        const last = rest.map(isBreak).lastIndexOf(true);
        expect(lines.lastBreak()).toBe(last < 0 ? -1 : start + last);
        expect(lines.crlfCount()).toBe(
          rest.filter((b, i) => b === 0x0d && rest[i + 1] === 0x0a).length
        );
        const pos = start + Math.min(at, rest.length);
        const end = rest.findIndex((b, i) => i >= pos - start && isBreak(b));
        expect(lines.endOf(pos)).toBe(end < 0 ? data.length : start + end);
        const before = rest
          .slice(0, pos - start)
          .map(isBreak)
          .lastIndexOf(true);
        expect(lines.startOf(pos)).toBe(start + before + 1);
      }),
      { numRuns: 3000 }
    );
  });
});
