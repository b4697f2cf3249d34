import {
  analyzeMigration,
  analyzeRfm,
  explainCustomer,
  rfmJson,
  rfmMethodNotes,
  RfmOptionsError,
  validateRfmOptions,
  type RfmResult,
} from "../../../src/analytics/rfm";
import { at, buy, daysBefore, giveBack } from "./builders";
import { translator } from "../../../src/i18n";

/*
 * A hand-worked example a trainer can reproduce on paper: 12 customers A..L as of 2024-07-01.
 * Each customer's last purchase is `recency` days before 2024-07-01 (so recency is that number);
 * frequency = distinct invoices; monetary = net spend. Written as (recency, frequency, monetary):
 *
 *   A (1, 6, 600)  B (3, 4, 400)  C (5, 1, 50)   D (10, 2, 120)  E (10, 3, 300)  F (20, 1, 80)
 *   G (30, 2, 150) H (45, 5, 500) I (60, 1, 40)  J (90, 2, 100)  K (120, 1, 30)  L (200, 3, 250)
 *
 * Quantiles, R type 7, k = 5: sorted 0-based positions 0..11, the j/5 cut is at position 11j/5 =
 * 2.2, 4.4, 6.6, 8.8; cut = x[lo] + frac * (x[lo + 1] - x[lo]).
 *   recency   1 3 5 10 10 20 30 45 60 90 120 200
 *             2.2 -> 5 + .2*5 = 6; 4.4 -> 10 + .4*10 = 14; 6.6 -> 30 + .6*15 = 39; 8.8 -> 60 + .8*30 = 84
 *             groups (right-closed) <=6: A B C; (6,14]: D E; (14,39]: F G; (39,84]: H I; >84: J K L
 *             R = 6 - group: A B C 5; D E 4; F G 3; H I 2; J K L 1 -> counts by score [3, 2, 2, 2, 3]
 *   frequency 1 1 1 1 2 2 2 3 3 4 5 6
 *             2.2 -> 1; 4.4 -> 2; 6.6 -> 2 + .6*1 = 2.6; 8.8 -> 3 + .8*1 = 3.8
 *             1 -> F1 (C F I K); 2 -> F2 (D G J); 3 -> F4 (E L); 4, 5, 6 -> F5 (B H A); F3 is EMPTY
 *             counts [4, 3, 0, 2, 3]
 *   monetary  30 40 50 80 100 120 150 250 300 400 500 600
 *             2.2 -> 50 + .2*30 = 56; 4.4 -> 100 + .4*20 = 108; 6.6 -> 150 + .6*100 = 210;
 *             8.8 -> 300 + .8*100 = 380 -> M1 K I C; M2 F J; M3 D G; M4 L E; M5 B H A; [3, 2, 2, 2, 3]
 * Classic map (R x F): A 5-5 champions, B 5-5 champions, C 5-1 newCustomers, D 4-2 potentialLoyalists,
 * E 4-4 loyal, F 3-1 aboutToSleep, G 3-2 aboutToSleep, H 2-5 cantLose, I 2-1 hibernating,
 * J 1-2 hibernating, K 1-1 lost, L 1-4 atRisk.
 */
const AS_OF = "2024-07-01";
const ago = (n: number, time = "") => daysBefore(AS_OF, n, time);

const example = [
  // A: 6 invoices of 100; invoice A1 has two lines (60 + 40); a purchase ON the as-of day is ignored
  buy("A", ago(1, "23:59"), 60, "A1"),
  buy("A", ago(1, "23:59"), 40, "A1"),
  ...[10, 20, 30, 40, 50].map((d, i) => buy("A", ago(d), 100, `A${i + 2}`)),
  buy("A", `${AS_OF} 09:00`, 999, "A7"),
  // B: 4 invoices 150 + 150 + 150 + 50 = 500, minus a return of 100 = 400
  buy("B", ago(3), 150, "B1"),
  giveBack("B", ago(5), 100, "CB1"),
  buy("B", ago(40), 150, "B2"),
  buy("B", ago(80), 150, "B3"),
  buy("B", ago(100), 50, "B4"),
  buy("C", ago(5), 50, "C1"),
  buy("D", ago(10), 60, "D1"),
  buy("D", ago(70), 60, "D2"),
  // E: two invoices on the same day are two occasions
  buy("E", ago(10, "09:00"), 100, "E1"),
  buy("E", ago(10, "16:00"), 100, "E2"),
  buy("E", ago(100), 100, "E3"),
  // F: no invoice ids; two lines on one day are one occasion (50 + 30)
  buy("F", ago(20, "10:00"), 50),
  buy("F", ago(20, "11:00"), 30),
  buy("G", ago(30), 75, "G1"),
  buy("G", ago(35), 75, "G2"),
  ...[45, 60, 90, 120, 150].map((d, i) => buy("H", ago(d), 100, `H${i + 1}`)),
  buy("I", ago(60), 40, "I1"),
  buy("J", ago(90), 60, "J1"),
  buy("J", ago(95), 40, "J2"),
  buy("K", ago(120), 30, "K1"),
  buy("L", ago(200), 100, "L1"),
  buy("L", ago(250), 100, "L2"),
  buy("L", ago(300), 50, "L3"),
  // M: only a return in the window: not scored
  giveBack("M", ago(15), 20, "CM1"),
];

function row(result: RfmResult, id: string) {
  const c = result.customers.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no customer ${id}`);
  return [c.recency, c.frequency, c.monetary, c.r, c.f, c.m, c.segment];
}

describe("analyzeRfm on the hand-worked example", () => {
  const result = analyzeRfm(example, { asOf: at(AS_OF) });

  it("computes every customer's values, scores and classic segment", () => {
    // [recency, frequency, monetary, R, F, M, segment], from the comment above
    const expected: Record<string, (number | string)[]> = {
      A: [1, 6, 600, 5, 5, 5, "champions"],
      B: [3, 4, 400, 5, 5, 5, "champions"],
      C: [5, 1, 50, 5, 1, 1, "newCustomers"],
      D: [10, 2, 120, 4, 2, 3, "potentialLoyalists"],
      E: [10, 3, 300, 4, 4, 4, "loyal"],
      F: [20, 1, 80, 3, 1, 2, "aboutToSleep"],
      G: [30, 2, 150, 3, 2, 3, "aboutToSleep"],
      H: [45, 5, 500, 2, 5, 5, "cantLose"],
      I: [60, 1, 40, 2, 1, 1, "hibernating"],
      J: [90, 2, 100, 1, 2, 2, "hibernating"],
      K: [120, 1, 30, 1, 1, 1, "lost"],
      L: [200, 3, 250, 1, 4, 4, "atRisk"],
    };
    expect(result.customers.map((c) => c.id).sort()).toEqual(Object.keys(expected));
    for (const id of Object.keys(expected))
      expect([id, ...row(result, id)]).toEqual([id, ...expected[id]]);
    expect(result.returnsOnly).toEqual(["M"]);
  });

  it("returns the cut points and counts per score", () => {
    expect(result.cutPoints.recency).toEqual([6, 14, 39, 84]);
    expect(result.cutPoints.frequency).toEqual([1, 2, 2.6, 3.8]);
    expect(result.cutPoints.monetary).toEqual([56, 108, 210, 380]);
    expect(result.counts.recency).toEqual([3, 2, 2, 2, 3]);
    expect(result.counts.frequency).toEqual([4, 3, 0, 2, 3]);
    expect(result.counts.monetary).toEqual([3, 2, 2, 2, 3]);
  });

  it("summarises the segments in the map's order", () => {
    const byId = Object.fromEntries(result.segments.map((s) => [s.segment.id, s]));
    expect(result.segments.map((s) => [s.segment.id, s.customers, s.revenue])).toEqual([
      ["champions", 2, 1000], // A 600 + B 400
      ["loyal", 1, 300],
      ["potentialLoyalists", 1, 120],
      ["newCustomers", 1, 50],
      ["promising", 0, 0],
      ["needAttention", 0, 0],
      ["aboutToSleep", 2, 230], // F 80 + G 150
      ["atRisk", 1, 250],
      ["cantLose", 1, 500],
      ["hibernating", 2, 140], // I 40 + J 100
      ["lost", 1, 30],
    ]);
    // champions: 2 of 12 customers, 1000 of 2620 revenue; recency (1 + 3) / 2 = 2;
    // frequency (6 + 4) / 2 = 5; monetary 1000 / 2 = 500; AOV 1000 / 10 occasions = 100
    expect(byId.champions.customerShare).toBeCloseTo(2 / 12, 12);
    expect(byId.champions.revenueShare).toBeCloseTo(1000 / 2620, 12);
    expect([
      byId.champions.averageRecency,
      byId.champions.averageFrequency,
      byId.champions.averageMonetary,
      byId.champions.aov,
    ]).toEqual([2, 5, 500, 100]);
    expect(byId.promising.averageRecency).toBeNull();
    expect(result.segments.reduce((a, s) => a + s.customerShare, 0)).toBeCloseTo(1, 12);
  });

  it("explains a customer: values, the lines around them, the cell and the rule", () => {
    const h = explainCustomer(result, "H");
    // recency 45 in (39, 84] -> group 4 -> R 2; frequency 5 > 3.8 -> F 5; monetary 500 > 380 -> M 5
    expect(h?.placements).toEqual({
      recency: { value: 45, score: 2, inverted: true, below: 39, above: 84 },
      frequency: { value: 5, score: 5, inverted: false, below: 3.8, above: null },
      monetary: { value: 500, score: 5, inverted: false, below: 380, above: null },
    });
    expect(h?.cell).toEqual({ r: 2, f: 5, m: 5 });
    expect(h?.segment.id).toBe("cantLose");
    expect(h?.because).toEqual({
      kind: "rule",
      ruleIndex: 8,
      rule: { segment: "cantLose", r: [1, 2], f: [5, 5], m: [1, 5] },
    });
    // C's recency 5 is in the lowest group (<= 6): no line below it
    expect(explainCustomer(result, "C")?.placements.recency).toMatchObject({
      below: null,
      above: 6,
    });
    expect(explainCustomer(result, "M")).toBeNull();
    expect(explainCustomer(result, "nobody")).toBeNull();
  });

  it("gives the JSON rfm section of DESIGN.md", () => {
    const json = rfmJson(result);
    expect(json.asOf).toBe("2024-07-01");
    expect(json.cutPoints).toEqual({
      recency: [6, 14, 39, 84],
      frequency: [1, 2, 2.6, 3.8],
      monetary: [56, 108, 210, 380],
    });
    expect(json.segments[0]).toEqual({ name: "champions", customers: 2, revenue: 1000 });
    expect(json.customers[0]).toEqual({
      id: "A",
      recency: 1,
      frequency: 6,
      monetary: 600,
      r: 5,
      f: 5,
      m: 5,
      segment: "champions",
    });
    expect(Object.keys(json)).toEqual(["asOf", "cutPoints", "segments", "customers"]);
    const t = translator("fr");
    const fr = rfmJson(result, { segmentName: (s) => t(s.nameKey, s.params ?? {}) });
    expect(fr.customers.find((c) => c.id === "H")?.segment).toBe("À ne pas perdre");
  });

  it("three tiers: R 1-2 at risk; VIP = R 3+ with F and M of 4+; the rest regular", () => {
    const tiers = analyzeRfm(example, { asOf: at(AS_OF), map: "tiers3" });
    const segmentOf = Object.fromEntries(tiers.customers.map((c) => [c.id, c.segment]));
    // from the scores above: A, B (5,5,5) and E (4,4,4) VIP; H I J K L have R <= 2
    expect(segmentOf).toEqual({
      A: "vip",
      B: "vip",
      E: "vip",
      C: "regular",
      D: "regular",
      F: "regular",
      G: "regular",
      H: "tierAtRisk",
      I: "tierAtRisk",
      J: "tierAtRisk",
      K: "tierAtRisk",
      L: "tierAtRisk",
    });
    expect(tiers.segments.map((s) => s.customers)).toEqual([3, 4, 5]);
  });

  it("value bands: with a 12-month window yearly spend is the window's spend", () => {
    // every purchase is within 2023-07-01 .. 2024-06-30 (L's oldest is 300 days back), so the
    // features are the same, and the window is exactly one year: yearly spend = monetary.
    // Bands (50, 100, 200, 500): C 50 stays in the lowest band (a spend equal to a threshold
    // goes below); H 500 likewise stays in 200-500.
    const bands = analyzeRfm(example, { asOf: at(AS_OF), map: "bands", windowMonths: 12 });
    expect(bands.windowYears).toBe(1);
    const bandOf = Object.fromEntries(bands.customers.map((c) => [c.id, c.segment]));
    expect(bandOf).toEqual({
      C: "band1", // 50
      I: "band1", // 40
      K: "band1", // 30
      F: "band2", // 80
      J: "band2", // 100
      D: "band3", // 120
      G: "band3", // 150
      E: "band4", // 300
      L: "band4", // 250
      B: "band4", // 400
      H: "band4", // 500
      A: "band5", // 600
    });
    expect(bands.segments.map((s) => [s.segment.id, s.customers])).toEqual([
      ["band5", 1],
      ["band4", 4],
      ["band3", 2],
      ["band2", 2],
      ["band1", 3],
    ]);
    expect(explainCustomer(bands, "H")?.because).toEqual({
      kind: "band",
      band: 3,
      low: 200,
      high: 500,
    });
  });

  it("equal groups: NTILE sizes 3, 3, 2, 2, 2 with ties split by id", () => {
    const equal = analyzeRfm(example, { asOf: at(AS_OF), rule: "equalGroups" });
    const score = Object.fromEntries(equal.customers.map((c) => [c.id, [c.r, c.f]]));
    // frequency ascending, then id: C F I | K D G | J E | L B | H A -> K (1 purchase) gets 2
    // recency descending, then id: L K J | I H G | F D | E C | B A -> D and E (both 10 days)
    // are split: D 3, E 4
    expect(score).toEqual({
      A: [5, 5],
      B: [5, 4],
      C: [4, 1],
      D: [3, 2],
      E: [4, 3],
      F: [3, 1],
      G: [2, 2],
      H: [2, 5],
      I: [2, 1],
      J: [1, 3],
      K: [1, 2],
      L: [1, 4],
    });
    expect(equal.counts.frequency).toEqual([3, 3, 2, 2, 2]);
    expect(equal.cutPoints.frequency).toEqual([1, 2, 3, 4]);
    // on the value scale: largest recency of {B A} = 3, of {.. E C} = 10, {.. F D} = 20, {.. I H G} = 60
    expect(equal.cutPoints.recency).toEqual([3, 10, 20, 60]);
  });

  it("records the rules in force for the Method sheet, in both languages", () => {
    const notes = rfmMethodNotes(
      analyzeRfm(example, { asOf: at(AS_OF), bins: 10, windowMonths: 12 })
    );
    expect(notes.map((n) => n.key)).toEqual([
      "rfm:method.asOf",
      "rfm:method.window",
      "rfm:method.definitions",
      "rfm:rules.quantiles",
      "rfm:maps.classic.description",
      "rfm:method.mapGrid",
      "rfm:returnsOnly",
    ]);
    expect(notes[1].params).toEqual({ start: "2023-07-01" });
    for (const lang of ["en", "fr"] as const) {
      const t = translator(lang);
      for (const n of notes) expect(t(n.key, n.params)).not.toMatch(/rfm:|\{\{/);
    }
    // one customer (M) has only returns: singular in both languages
    expect(translator("en")("rfm:returnsOnly", notes[6].params)).toBe(
      "1 customer with only returns in the window is not scored."
    );
    expect(translator("fr")("rfm:returnsOnly", { count: 2 })).toMatch(/^2 clients .* notés\.$/);
  });

  it("10 bins are read on the 5-bin grid for the map", () => {
    const ten = analyzeRfm(example, { asOf: at(AS_OF), bins: 10 });
    for (const c of ten.customers) {
      expect(c.r).toBeGreaterThanOrEqual(1);
      expect(c.r).toBeLessThanOrEqual(10);
    }
    // A has the smallest recency and the largest frequency: R 10, F 10 -> 5, 5 -> champions
    expect(ten.customers.find((c) => c.id === "A")?.segment).toBe("champions");
  });
});

describe("migration between two as-of dates", () => {
  // Value bands with one threshold (100 a year) and a 12-month window, so yearly spend = spend:
  //   P 50 on 2023-03-01                     from: band1  to: gone (before 2023-07-01) -> leaving
  //   Q 150 on 2023-10-01                    from: band2  to: band2
  //   R 50 on 2023-10-01, 100 on 2024-03-01  from: band1 (50)  to: band2 (150)
  //   S 200 on 2024-05-01                    from: absent  to: band2 -> entering
  //   T 20 on 2023-08-01                     from: band1  to: band1
  const data = [
    buy("P", "2023-03-01", 50, "1"),
    buy("Q", "2023-10-01", 150, "2"),
    buy("R", "2023-10-01", 50, "3"),
    buy("R", "2024-03-01", 100, "4"),
    buy("S", "2024-05-01", 200, "5"),
    buy("T", "2023-08-01", 20, "6"),
  ];
  const { matrix } = analyzeMigration(data, at("2024-01-01"), at("2024-07-01"), {
    map: "bands",
    bands: [100],
    windowMonths: 12,
  });

  it("counts who moved, entered and left, with row shares", () => {
    expect(matrix.segments).toEqual(["band2", "band1"]);
    expect(matrix.counts).toEqual([
      [1, 0], // band2 -> band2: Q
      [1, 1], // band1 -> band2: R; band1 -> band1: T
    ]);
    expect(matrix.entering).toEqual([1, 0]); // S
    expect(matrix.leaving).toEqual([0, 1]); // P
    // band1 row: R, T and P (leaving) = 3 customers -> 1/3 each
    expect(matrix.rowShares[1][0]).toBeCloseTo(1 / 3, 12);
    expect(matrix.leavingShares[1]).toBeCloseTo(1 / 3, 12);
    expect(matrix.rowShares[0]).toEqual([1, 0]);
  });
});

describe("analyzeRfm options", () => {
  it("reports bad options as problems with i18n codes instead of computing nonsense", () => {
    expect(validateRfmOptions({ bins: 7 as 5 })[0].code).toBe("rfm:problems.bins");
    expect(validateRfmOptions({ windowMonths: 0 })[0].code).toBe("rfm:problems.windowMonths");
    expect(validateRfmOptions({ asOf: NaN })[0].code).toBe("rfm:problems.asOf");
    expect(validateRfmOptions({ bands: [200, 100] })[0].code).toBe("rfm:problems.bandOrder");
    expect(validateRfmOptions({ bins: 10, windowMonths: 12 })).toEqual([]);
    expect(() => analyzeRfm([], { bins: 6 as 5 })).toThrow(RfmOptionsError);
  });

  describe("edge cases", () => {
    it("no transactions: no customers, no as-of date, empty segments", () => {
      const result = analyzeRfm([]);
      expect(result.asOfDay).toBeNull();
      expect(result.customers).toEqual([]);
      expect(result.segments.every((s) => s.customers === 0 && s.customerShare === 0)).toBe(true);
      expect(rfmJson(result)).toMatchObject({ asOf: null, cutPoints: { recency: [] } });
    });

    it("empty window: the as-of date is before every purchase", () => {
      const result = analyzeRfm(example, { asOf: at("2020-01-01") });
      expect(result.customers).toEqual([]);
      expect(rfmJson(result).asOf).toBe("2020-01-01");
      expect(result.counts.frequency).toEqual([0, 0, 0, 0, 0]);
    });

    it("one customer: best recency, lowest F and M, a new customer", () => {
      const result = analyzeRfm([buy("Z", "2024-06-01", 10, "1")]);
      expect(row(result, "Z")).toEqual([1, 1, 10, 5, 1, 1, "newCustomers"]);
    });

    it("everyone tied: same scores for all", () => {
      const tied = ["a", "b", "c", "d"].map((id, i) => buy(id, "2024-06-01", 10, String(i)));
      const result = analyzeRfm(tied);
      expect(new Set(result.customers.map((c) => `${c.r}${c.f}${c.m}`))).toEqual(new Set(["511"]));
    });

    it("only returns: nobody scored, the customer listed apart", () => {
      const result = analyzeRfm([giveBack("a", "2024-06-01", 10, "C1")]);
      expect(result.customers).toEqual([]);
      expect(result.returnsOnly).toEqual(["a"]);
    });
  });
});
