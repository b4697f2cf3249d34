import { existsSync } from "node:fs";
import { quantileSorted } from "simple-statistics";
import { run, type CliIo } from "../../src/cli/run";
import type { SummaryJson } from "../../src/cli/summaryJson";
import { ONLINE_RETAIL_PATH } from "../support/onlineRetail";
import fs from "node:fs";

/*
 * Issue 3's acceptance run: `analyze online_retail.csv.gz --as-of 2011-12-10 --returns exclude`
 * (drop lines without a customer id, cancellations, zero or negative quantity or price). The
 * scores are then recomputed here from the JSON alone, the way a reviewer with a spreadsheet
 * would: cut points = R type 7 quantiles (simple-statistics quantileSorted) of each metric at
 * 1/5 .. 4/5; a value equal to a cut point takes the lower band; recency inverted.
 */
const hasData = existsSync(ONLINE_RETAIL_PATH);

(hasData ? describe : describe.skip)("CLI JSON rfm on Online Retail", () => {
  let json: SummaryJson;
  beforeAll(async () => {
    const written = new Map<string, string>();
    const io: CliIo = {
      exists: (p) => fs.existsSync(p),
      readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: async (p, text) => void written.set(p, text),
      stdout: () => undefined,
      stderr: (line) => {
        throw new Error(line);
      },
    };
    const args = ["analyze", ONLINE_RETAIL_PATH, "--as-of", "2011-12-10", "--returns", "exclude"];
    expect(await run([...args, "--json", "s.json"], io)).toBe(0);
    json = JSON.parse(written.get("s.json")!) as SummaryJson;
  }, 120_000);

  it("scores the 4,338 customers of the standard exercise as of 2011-12-10", () => {
    expect(json.rfm!.asOf).toBe("2011-12-10");
    expect(json.rfm!.customers).toHaveLength(4338);
    expect(json.rfm!.segments.reduce((n, s) => n + s.customers, 0)).toBe(4338);
  });

  it("has cut points and scores a reviewer recomputes from the customers' features", () => {
    const rfm = json.rfm!;
    for (const metric of ["recency", "frequency", "monetary"] as const) {
      const sorted = rfm.customers.map((c) => c[metric]).sort((a, b) => a - b);
      const expected = [1, 2, 3, 4].map((i) => quantileSorted(sorted, i / 5));
      rfm.cutPoints[metric].forEach((cut, i) => expect(cut).toBeCloseTo(expected[i], 6));
    }
    const band = (v: number, cuts: number[]) => 1 + cuts.filter((c) => v > c).length;
    const wrong = rfm.customers.filter(
      (c) =>
        c.r !== 6 - band(c.recency, rfm.cutPoints.recency) ||
        c.f !== band(c.frequency, rfm.cutPoints.frequency) ||
        c.m !== band(c.monetary, rfm.cutPoints.monetary)
    );
    expect(wrong).toEqual([]);
  });

  it("places named customers as computed by hand", () => {
    const c = (id: string) => json.rfm!.customers.find((x) => x.id === id)!;
    // 12346: one purchase on 2011-01-18 (its cancellation dropped): 326 days, 77,183.60.
    expect(c("12346")).toMatchObject({ recency: 326, frequency: 1, monetary: 77183.6, r: 1, f: 1 });
    expect(c("12346").segment).toBe("Lost");
    // 17850: last purchase 2011-02-10, 34 invoices: R 1 (373 > 180), F 5 (34 > 6).
    expect(c("17850")).toMatchObject({ recency: 373, frequency: 34, r: 1, f: 5 });
    expect(c("17850").segment).toBe("Can't lose them");
  });

  it("fits the LTV models and says why uplift is skipped", () => {
    expect(json.ltv!.bgnbd!.logLikelihood).toBeLessThan(0);
    expect(json.ltv!.customers).toHaveLength(4338);
    expect(json.uplift).toBeNull();
    expect(json.notes).toEqual([expect.stringContaining("Uplift and campaign KPIs skipped")]);
  });
});
