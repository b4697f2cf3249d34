import fc from "fast-check";
import { hyp2f1, scaledHyp2f1 } from "../../../src/analytics/ltv/hyp2f1";

describe("scaledHyp2f1", () => {
  // (1-z)^a 2F1(a, b; c; z) computed with mpmath 1.3 at 30 digits (mp.hyp2f1, exact binary
  // inputs): (1-z)**a * hyp2f1(a, b, c, z). The first two are the BG/NBD arguments of CDNOW
  // customer 1 and of a new customer at 78 weeks; the next two a customer with x = 300 and
  // x = 1000 near z = 1, where 2F1 alone is ~1e390 and overflows a double.
  it.each([
    [2.24, 4.43, 4.22, 0.5, 1.0916388972753428],
    [0.242593, 2.425752, 2.218638, 0.947, 1.174592019600512],
    [300.24, 302.43, 302.22, 0.95, 1.8734675748722],
    [1000.24, 1002.43, 1002.22, 0.999, 4.264025091800497],
    [0.5, 0.5, 1.0, 0.99, 0.2352715816779743],
    [3.5, 1.5, 2.0, 0.9999, 0.006790865562708589],
  ])("(1-z)^a 2F1(%p, %p; %p; %p) = %p (mpmath)", (a, b, c, z, expected) => {
    expect(scaledHyp2f1(a, b, c, z)).toBeCloseTo(expected, 12);
    expect(Math.abs(scaledHyp2f1(a, b, c, z) / expected - 1)).toBeLessThan(1e-12);
  });

  it("keeps a tiny value with its sign (mpmath: -7.047572826222637e-11)", () => {
    expect(Math.abs(scaledHyp2f1(5, -0.2, 4.2, 0.99) / -7.0475728262226e-11 - 1)).toBeLessThan(
      1e-9
    );
  });

  it("matches the closed form 2F1(1, 1; 2; z) = -ln(1-z)/z", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.999999, noNaN: true }), (z) => {
        const closed = (1 - z) * (-Math.log1p(-z) / z);
        return Math.abs(scaledHyp2f1(1, 1, 2, z) - closed) <= 1e-12 * Math.max(1, closed);
      })
    );
  });

  it("is 1 when b = c, since 2F1(a, b; b; z) = (1-z)^-a", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (a, b, z) => Math.abs(scaledHyp2f1(a, b, b, z) - 1) < 1e-10
      )
    );
  });

  it("agrees with the untransformed 2F1 where that one does not overflow", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (a, b, extra, z) => {
          const c = a + b + extra; // c > a + b: the plain series converges at every z < 1
          const direct = Math.pow(1 - z, a) * hyp2f1(a, b, c, z);
          return (
            Math.abs(scaledHyp2f1(a, b, c, z) - direct) <= 1e-9 * Math.max(1, Math.abs(direct))
          );
        }
      )
    );
  });

  describe("edge cases", () => {
    it("is 1 at z = 0", () => expect(scaledHyp2f1(1e6, 1e6, 3, 0)).toBe(1));
    it("stays finite for x = 10,000 purchases close to z = 1", () => {
      expect(Number.isFinite(scaledHyp2f1(10000.24, 10002.43, 10002.22, 0.9999))).toBe(true);
    });
  });
});
