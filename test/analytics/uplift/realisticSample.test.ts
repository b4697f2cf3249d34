import {
  REALISTIC_TEST_MULTIPLE,
  realisticReach,
  withinReach,
} from "../../../src/analytics/uplift/realisticSample";

const sample = (total: number) => ({
  nTreated: total / 2,
  nControl: total / 2,
  total,
  exactTotal: total,
});

describe("realisticReach", () => {
  it("is the larger of the customer base and ten times the campaign's test", () => {
    expect(REALISTIC_TEST_MULTIPLE).toBe(10);
    expect(realisticReach(2_000, 15_000)).toBe(20_000);
    expect(realisticReach(2_000, 50_000)).toBe(50_000);
  });
});

describe("withinReach", () => {
  it("keeps a sample up to the reach, and not one customer more", () => {
    expect(withinReach(sample(20_000), 20_000)).toBe(true);
    expect(withinReach(sample(20_002), 20_000)).toBe(false);
  });

  it("never keeps the billions a near-zero uplift would need", () => {
    expect(withinReach(sample(9_447_780_760), realisticReach(40_000, 120_000))).toBe(false);
  });

  describe("edge cases", () => {
    it("has no sample to keep when the uplift is exactly zero", () => {
      expect(withinReach(null, 1e12)).toBe(false);
    });
  });
});
