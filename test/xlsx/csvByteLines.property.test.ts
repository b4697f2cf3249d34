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
  it("counts lines and finds a \\r as a byte-by-byte scan does, at any offset and start", () => {
    fc.assert(
      fc.property(bytes, fc.nat(5), (data, from) => {
        const start = Math.min(from, data.length);
        const lines = new ByteLines(data, start);
        const rest = Array.from(data.subarray(start));
        const breaks = rest.filter((b, i) => b === 0x0a || (b === 0x0d && rest[i + 1] !== 0x0a));
        expect(lines.cr).toBe(rest.includes(0x0d));
        expect(lines.count()).toBe(breaks.length + 1);
      }),
      { numRuns: 3000 }
    );
  });
});
