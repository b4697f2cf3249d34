import fc from "fast-check";
import type { Contact } from "../../src/analytics/domain";
import { translator } from "../../src/i18n";
import { dayInstantOf, isoDayOf } from "../../src/taskpane/settings/isoDay";
import {
  DEFAULT_SETTINGS,
  settingsFromStored,
  type PaneSettings,
} from "../../src/taskpane/settings/paneSettings";
import {
  documentSettingsStore,
  localSettingsStore,
  type DocumentSettingsApi,
} from "../../src/taskpane/settings/settingsStore";
import {
  intendedSplitOf,
  toAnalysisSettings,
} from "../../src/taskpane/settings/toAnalysisSettings";
import { settingCurrency, validateSettings } from "../../src/taskpane/settings/validateSettings";
import { analyzeLtv } from "../../src/analytics/ltv/analyzeLtv";

const settings = (patch: Partial<PaneSettings>): PaneSettings => ({
  ...DEFAULT_SETTINGS,
  ...patch,
});

describe("DEFAULT_SETTINGS", () => {
  it("are DESIGN.md's defaults, and valid", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      asOf: "",
      rfmBins: 5,
      segmentMap: "classic",
      bands: [50, 100, 200, 500],
      horizonMonths: 12,
      monthlyDiscount: 0.01,
      margin: 1,
      conversionWindowDays: 30,
      controlShare: null,
      currency: "",
    });
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe("validateSettings", () => {
  it.each([
    [{ horizonMonths: 0 }, "horizonMonths", "pane:settings.problems.horizon", 0],
    [{ horizonMonths: 1.5 }, "horizonMonths", "pane:settings.problems.horizon", 1.5],
    [{ horizonMonths: 121 }, "horizonMonths", "pane:settings.problems.horizon", 121],
    [{ monthlyDiscount: -0.01 }, "monthlyDiscount", "pane:settings.problems.discount", -1],
    [{ monthlyDiscount: 0.6 }, "monthlyDiscount", "pane:settings.problems.discount", 60],
    [{ margin: 0 }, "margin", "pane:settings.problems.margin", 0],
    [{ margin: 1.2 }, "margin", "pane:settings.problems.margin", 120],
    [{ conversionWindowDays: 0 }, "conversionWindowDays", "pane:settings.problems.window", 0],
    [{ controlShare: 1 }, "controlShare", "pane:settings.problems.controlShare", 100],
    [{ controlShare: 0 }, "controlShare", "pane:settings.problems.controlShare", 0],
    [{ asOf: "2024-02-30" }, "asOf", "pane:settings.problems.asOf", "2024-02-30"],
    [{ currency: "EURO" }, "currency", "pane:settings.problems.currency", "EURO"],
    [{ currency: "XYZ" }, "currency", "pane:settings.problems.currency", "XYZ"],
    [
      { calibrationEnd: "2024-02-30" },
      "calibrationEnd",
      "pane:settings.problems.calibrationEnd",
      "2024-02-30",
    ],
    [
      { asOf: "2024-07-01", calibrationEnd: "2024-07-01" },
      "calibrationEnd",
      "pane:settings.problems.calibrationEndAfterAsOf",
      "2024-07-01",
    ],
    [{ lifetimeYears: 0 }, "lifetimeYears", "pane:settings.problems.lifetime", 0],
    [{ lifetimeYears: 101 }, "lifetimeYears", "pane:settings.problems.lifetime", 101],
    [{ retentionRate: 1 }, "retentionRate", "pane:settings.problems.retention", 100],
    [{ retentionRate: 0 }, "retentionRate", "pane:settings.problems.retention", 0],
  ])("%j is refused on its field, with the value the user typed", (patch, field, code, value) => {
    expect(validateSettings(settings(patch))).toEqual([{ field, code, params: { value } }]);
  });

  it("reads RFM bins and value bands through the engine's own rule", () => {
    const problems = validateSettings(settings({ segmentMap: "bands", bands: [100, 50] }));
    expect(problems).toEqual([
      { field: "bands", code: "rfm:problems.bandOrder", params: { value: "100, 50" } },
    ]);
    // Bands are checked only when the bands map is in force.
    expect(validateSettings(settings({ segmentMap: "classic", bands: [100, 50] }))).toEqual([]);
  });

  it("names the channel of a negative cost", () => {
    expect(validateSettings(settings({ costPerContact: { Email: 0.1, SMS: -1 } }))).toEqual([
      {
        field: "costPerContact.SMS",
        code: "pane:settings.problems.cost",
        params: { channel: "SMS", value: -1 },
      },
    ]);
  });

  it("every message exists in English and French, with its placeholders filled", () => {
    const wrong = settings({ horizonMonths: 0, margin: 2, costPerContact: { SMS: -1 } });
    for (const lang of ["en", "fr"] as const) {
      const t = translator(lang);
      for (const p of validateSettings(wrong)) {
        const text = t(p.code, p.params);
        expect(text).not.toBe(p.code.split(":")[1]);
        expect(text).not.toMatch(/\{\{/);
      }
    }
  });

  it("accepts any horizon of 1-120 whole months and any margin in (0, 1]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (horizonMonths, margin) =>
          validateSettings(settings({ horizonMonths, margin })).length === 0
      )
    );
  });
});

describe("settingCurrency", () => {
  it("is the ISO code the user typed, in any case, or undefined to read it from the data", () => {
    expect(settingCurrency({ currency: " gbp " })).toBe("GBP");
    expect(settingCurrency({ currency: "" })).toBeUndefined();
    expect(settingCurrency({ currency: "XYZ" })).toBeUndefined();
    expect(validateSettings(settings({ currency: "chf" }))).toEqual([]);
  });
});

describe("settingsFromStored", () => {
  it("keeps stored values of the right type and falls back to the defaults for the rest", () => {
    expect(
      settingsFromStored({
        rfmBins: 4,
        segmentMap: "oops",
        horizonMonths: "24",
        costPerContact: { Email: 0.12, SMS: "free" },
        controlShare: 0.1,
        calibrationEnd: "2024-03-31",
        lifetimeYears: 3,
        retentionRate: "60",
      })
    ).toEqual({
      ...DEFAULT_SETTINGS,
      rfmBins: 4,
      costPerContact: { Email: 0.12 },
      controlShare: 0.1,
      calibrationEnd: "2024-03-31",
      lifetimeYears: 3,
    });
  });

  describe("edge cases", () => {
    it.each([null, undefined, "text", 42, []])("%j gives the defaults", (stored) => {
      expect(settingsFromStored(stored)).toEqual(DEFAULT_SETTINGS);
    });

    it("a bin count the engine does not offer (7) is dropped", () => {
      expect(settingsFromStored({ rfmBins: 7 }).rfmBins).toBe(5);
    });
  });
});

describe("toAnalysisSettings", () => {
  it("turns the pane's values into the engine's options", () => {
    const s = settings({
      asOf: "2024-07-01",
      rfmBins: 10,
      segmentMap: "bands",
      bands: [20, 80],
      horizonMonths: 24,
      monthlyDiscount: 0.02,
      margin: 0.4,
      timeUnit: "month",
      conversionWindowDays: 14,
      costPerContact: { Email: 0.05 },
    });
    expect(toAnalysisSettings(s)).toEqual({
      asOf: Date.UTC(2024, 6, 1),
      rfm: { bins: 10, map: "bands", bands: [20, 80] },
      ltv: { timeUnit: "month", horizonMonths: 24, monthlyDiscount: 0.02, margin: 0.4 },
      uplift: { conversionWindowDays: 14, costPerContact: { Email: 0.05 } },
      campaigns: { conversionWindowDays: 14 },
    });
  });

  it("leaves the analysis date to the engine when it is empty", () => {
    expect("asOf" in toAnalysisSettings(DEFAULT_SETTINGS)).toBe(false);
  });

  it("hands the engine the calibration end, the expected lifetime and the retention rate", () => {
    const ltv = toAnalysisSettings(
      settings({ calibrationEnd: "2024-03-31", lifetimeYears: 3, retentionRate: 0.6 })
    ).ltv;
    expect(ltv).toMatchObject({
      calibrationEnd: Date.UTC(2024, 2, 31),
      expectedLifetimeYears: 3,
      retentionRate: 0.6,
    });
    // Empty, they stay the engine's defaults (the last day of data, observed retention).
    const none = toAnalysisSettings(DEFAULT_SETTINGS).ltv!;
    for (const key of ["calibrationEnd", "expectedLifetimeYears", "retentionRate"])
      expect(key in none).toBe(false);
  });

  it("answers the LTV warning that asks for a lifetime: the simple formula then uses it", () => {
    // Two customers over three months (under two years: no retention rate can be observed).
    const sale = (customerId: string, day: number, amount: number) => ({
      customerId,
      date: Date.UTC(2024, 0, 1) + day * 86_400_000,
      amount,
      isReturn: false,
      source: { sheet: "Sales", row: day + 2 },
    });
    const transactions = [sale("a", 0, 100), sale("a", 30, 100), sale("b", 60, 50)];
    const run = (patch: Partial<PaneSettings>) =>
      analyzeLtv(transactions, { timeUnit: "week", ...toAnalysisSettings(settings(patch)).ltv });
    const codes = (r: ReturnType<typeof run>) => r.warnings.map((w) => w.code);
    expect(codes(run({}))).toContain("ltv:warnings.lifetimeUnknown");
    const withLifetime = run({ lifetimeYears: 3 });
    expect(codes(withLifetime)).not.toContain("ltv:warnings.lifetimeUnknown");
    expect(withLifetime.historical.overall.simple!.lifetimeYears).toBe(3);
    // A 60 % retention rate: lifetime 1 / (1 - 0.6) = 2.5 years.
    expect(run({ retentionRate: 0.6 }).historical.overall.simple!.lifetimeYears).toBeCloseTo(
      2.5,
      12
    );
  });
});

describe("intendedSplitOf", () => {
  const contact = (campaign: string, group: "treated" | "control", channel?: string): Contact => ({
    customerId: "c",
    campaign,
    group,
    contactDate: 0,
    ...(channel ? { channel } : {}),
    source: { sheet: "Contacts", row: 2 },
  });

  it("gives control its share and the campaign's treated arms equal parts of the rest", () => {
    // 10 % control; Spring has Email and SMS: 90 / 2 = 45 each. Winter has no channel: one arm "".
    const contacts = [
      contact("Spring", "treated", "Email"),
      contact("Spring", "treated", "SMS"),
      contact("Spring", "control"),
      contact("Winter", "treated"),
      contact("Winter", "control"),
    ];
    expect(intendedSplitOf(contacts, 0.1)).toEqual({
      Spring: { control: 10, Email: 45, SMS: 45 },
      Winter: { control: 10, "": 90 },
    });
  });

  it("is undefined without a control share: the engine expects equal groups", () => {
    expect(intendedSplitOf([contact("Spring", "treated", "Email")], null)).toBeUndefined();
  });
});

describe("dayInstantOf / isoDayOf", () => {
  it("reads real days only", () => {
    expect(dayInstantOf("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(dayInstantOf("2023-02-29")).toBeUndefined();
    expect(dayInstantOf("29/02/2024")).toBeUndefined();
    expect(dayInstantOf("")).toBeUndefined();
  });

  it("round-trips every day of four centuries", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 120_000 }), (day) => {
        const iso = isoDayOf(day * 86_400_000);
        return dayInstantOf(iso) === day * 86_400_000;
      })
    );
  });
});

describe("settings stores", () => {
  class MemoryStorage {
    readonly items = new Map<string, string>();
    getItem = (k: string) => this.items.get(k) ?? null;
    setItem = (k: string, v: string) => void this.items.set(k, v);
  }

  it("remember settings per file name in the browser", () => {
    const storage = new MemoryStorage();
    const a = localSettingsStore(storage as unknown as Storage, "a.xlsx");
    a.save(settings({ horizonMonths: 24 }));
    expect(a.load()?.horizonMonths).toBe(24);
    expect(localSettingsStore(storage as unknown as Storage, "b.xlsx").load()).toBeNull();
  });

  it("keep settings in the workbook in Excel, and save the document's settings", () => {
    const values = new Map<string, unknown>();
    const api: DocumentSettingsApi = {
      get: (name) => values.get(name) ?? null,
      set: (name, value) => void values.set(name, value),
      saveAsync: jest.fn(),
    };
    const store = documentSettingsStore(api);
    expect(store.load()).toBeNull();
    store.save(settings({ rfmBins: 3 }));
    expect(api.saveAsync).toHaveBeenCalledTimes(1);
    expect(store.load()?.rfmBins).toBe(3);
  });

  describe("edge cases", () => {
    it("a browser that refuses storage remembers nothing and fails nothing", () => {
      const refusing = {
        getItem: () => {
          throw new Error("SecurityError");
        },
        setItem: () => {
          throw new Error("QuotaExceededError");
        },
      } as unknown as Storage;
      const store = localSettingsStore(refusing, "a.xlsx");
      expect(() => store.save(DEFAULT_SETTINGS)).not.toThrow();
      expect(store.load()).toBeNull();
      expect(localSettingsStore(null, "a.xlsx").load()).toBeNull();
    });

    it("stored text that is not JSON is ignored", () => {
      const storage = new MemoryStorage();
      storage.setItem("crm-analytics.settings:a.xlsx", "{oops");
      expect(localSettingsStore(storage as unknown as Storage, "a.xlsx").load()).toBeNull();
    });
  });
});
