import {
  currencyInText,
  currencyOfFormat,
  currencySymbol,
  isIsoCurrency,
  resolveCurrency,
} from "../../../src/analytics/currency";

describe("currencyOfFormat", () => {
  it.each([
    ['#,##0.00 "€"', "EUR"],
    ['#,##0.00\\ "€"', "EUR"],
    ["#,##0.00\\ \\€", "EUR"],
    ['"$"#,##0', "USD"],
    ["[$£-809]#,##0.00", "GBP"],
    ["[$€-40C] #,##0.00", "EUR"],
    ["[$EUR] #,##0.00", "EUR"],
    ['"CHF" #,##0.00', "CHF"],
    ['#,##0.00 "€";[Red]-#,##0.00 "€"', "EUR"],
  ])("reads %s as %s", (format, code) => {
    expect(currencyOfFormat(format)).toBe(code);
  });

  it.each(["#,##0.00", "General", "0.0%", "dd/mm/yyyy", "[$-40C]dd/mm/yyyy", "[Red]#,##0"])(
    "finds no currency in %s",
    (format) => {
      expect(currencyOfFormat(format)).toBeNull();
    }
  );
});

describe("currencyInText", () => {
  it.each([
    ["1 234,56 €", "EUR"],
    ["£12.50", "GBP"],
    ["US$ 3.00", "USD"],
    ["EUR 12", "EUR"],
    ["12 CHF", "CHF"],
  ])("reads %s as %s", (text, code) => {
    expect(currencyInText(text)).toBe(code);
  });

  it("names none for plain numbers, words, or two currencies", () => {
    expect(currencyInText("1 234,56")).toBeNull();
    expect(currencyInText("Mr. Dupont")).toBeNull();
    expect(currencyInText("$ and €")).toBeNull();
    expect(currencyInText("THE")).toBeNull(); // three capitals that are no ISO code
  });
});

describe("resolveCurrency", () => {
  it("takes the setting first, then cell formats, then text, then the host culture", () => {
    const all = {
      setting: "USD",
      formats: ['#,##0.00 "€"'],
      texts: ["£12.50"],
      hostCulture: "de-CH",
    };
    expect(resolveCurrency(all)).toEqual({ code: "USD", source: "setting" });
    expect(resolveCurrency({ ...all, setting: null })).toEqual({
      code: "EUR",
      source: "cellFormat",
    });
    expect(resolveCurrency({ ...all, setting: null, formats: [] })).toEqual({
      code: "GBP",
      source: "text",
    });
    expect(resolveCurrency({ hostCulture: "de-CH", texts: ["12.50"] })).toEqual({
      code: "CHF",
      source: "culture",
    });
    expect(resolveCurrency({ hostCulture: "fr-FR" })).toEqual({ code: "EUR", source: "culture" });
  });

  it("gives no currency when nothing names one (never the interface language's)", () => {
    expect(resolveCurrency({})).toEqual({ code: null, source: "none" });
    expect(resolveCurrency({ formats: ["#,##0.00"], texts: ["12.50"], hostCulture: "fr" })).toEqual(
      { code: null, source: "none" }
    );
  });

  it("lets the next source decide when one names two currencies", () => {
    expect(
      resolveCurrency({ formats: ['#,##0.00 "€"', "[$£-809]#,##0.00"], texts: ["12,00 €"] })
    ).toEqual({ code: "EUR", source: "text" });
  });
});

describe("isIsoCurrency and currencySymbol", () => {
  it("know ISO 4217 codes and their English symbols", () => {
    expect(["EUR", "GBP", "USD", "CHF"].every(isIsoCurrency)).toBe(true);
    expect(isIsoCurrency("XYZ")).toBe(false);
    expect(isIsoCurrency("eur")).toBe(false);
    expect(["EUR", "GBP", "USD", "CHF"].map(currencySymbol)).toEqual(["€", "£", "$", "CHF"]);
  });
});
