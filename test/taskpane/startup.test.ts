import { detectHost, type OfficeStartupApi } from "../../src/taskpane/startup/detectHost";
import { chooseTheme, relativeLuminance } from "../../src/taskpane/startup/chooseTheme";
import { chooseLanguage } from "../../src/taskpane/startup/chooseLanguage";

/** A fake `Office` global whose onReady resolves with the given host. */
function fakeOffice(host: string | null, context?: OfficeStartupApi["context"]): OfficeStartupApi {
  return { onReady: () => Promise.resolve({ host }), context };
}

describe("detectHost", () => {
  it("is Excel when Office.onReady reports the Excel host, with its language and theme", async () => {
    const office = fakeOffice("Excel", {
      displayLanguage: "fr-FR",
      officeTheme: { bodyBackgroundColor: "#262626" },
    });
    expect(await detectHost(office)).toEqual({
      mode: "excel",
      displayLanguage: "fr-FR",
      officeTheme: { bodyBackgroundColor: "#262626" },
    });
  });

  it("is standalone when office.js did not load", async () => {
    expect(await detectHost(undefined)).toEqual({ mode: "standalone" });
  });

  it("is standalone when office.js runs outside Office (host null)", async () => {
    expect(await detectHost(fakeOffice(null, { displayLanguage: "en-US" }))).toEqual({
      mode: "standalone",
    });
  });

  it("is standalone in another Office application", async () => {
    expect((await detectHost(fakeOffice("Word"))).mode).toBe("standalone");
  });

  describe("edge cases", () => {
    it("is standalone when Office.onReady never answers, after the timeout", async () => {
      const silent: OfficeStartupApi = { onReady: () => new Promise(() => undefined) };
      expect(await detectHost(silent, 20)).toEqual({ mode: "standalone" });
    });

    it("is standalone when Office.onReady fails", async () => {
      const failing: OfficeStartupApi = { onReady: () => Promise.reject(new Error("no host")) };
      expect(await detectHost(failing, 1000)).toEqual({ mode: "standalone" });
    });

    it("is Excel without language or theme when Office gives no context", async () => {
      expect(await detectHost(fakeOffice("Excel"))).toEqual({
        mode: "excel",
        displayLanguage: undefined,
        officeTheme: undefined,
      });
    });
  });
});

describe("relativeLuminance", () => {
  // WCAG 2.1 relative luminance: white 1, black 0; #808080: channel 128/255 = 0.50196,
  // ((0.50196 + 0.055) / 1.055) ^ 2.4 = 0.21586, and the weights sum to 1.
  it.each([
    ["#ffffff", 1],
    ["000000", 0],
    ["#808080", 0.21586],
    ["#FF0000", 0.2126],
  ])("of %s is %d", (hex, expected) => {
    expect(relativeLuminance(hex)).toBeCloseTo(expected, 4);
  });

  it("is undefined for what is not a 6-digit hex colour", () => {
    for (const value of ["", "#fff", "white", "#12345g"]) {
      expect(relativeLuminance(value)).toBeUndefined();
    }
  });
});

describe("chooseTheme", () => {
  const none = { forcedColors: false, prefersDark: false };

  it("follows Office's isDarkTheme when the host gives it", () => {
    expect(chooseTheme({ ...none, officeTheme: { isDarkTheme: true } })).toBe("dark");
    expect(
      chooseTheme({ ...none, officeTheme: { isDarkTheme: false, bodyBackgroundColor: "#000000" } })
    ).toBe("light");
  });

  it("reads Office's body background otherwise: Excel's Black and Dark Gray are dark", () => {
    expect(chooseTheme({ ...none, officeTheme: { bodyBackgroundColor: "#262626" } })).toBe("dark");
    expect(chooseTheme({ ...none, officeTheme: { bodyBackgroundColor: "#666666" } })).toBe("dark");
    expect(chooseTheme({ ...none, officeTheme: { bodyBackgroundColor: "#FFFFFF" } })).toBe("light");
    expect(chooseTheme({ ...none, officeTheme: { bodyBackgroundColor: "#E6E6E6" } })).toBe("light");
  });

  it("puts high contrast first: the user asked the system for it", () => {
    expect(
      chooseTheme({ forcedColors: true, prefersDark: false, officeTheme: { isDarkTheme: false } })
    ).toBe("highContrast");
  });

  it("uses the browser's preference only without an Office theme", () => {
    expect(chooseTheme({ forcedColors: false, prefersDark: true })).toBe("dark");
    expect(chooseTheme(none)).toBe("light");
    expect(
      chooseTheme({
        forcedColors: false,
        prefersDark: true,
        officeTheme: { bodyBackgroundColor: "#ffffff" },
      })
    ).toBe("light");
  });

  it("falls back to the browser's preference when Office's colour is unreadable", () => {
    expect(
      chooseTheme({
        forcedColors: false,
        prefersDark: true,
        officeTheme: { bodyBackgroundColor: "" },
      })
    ).toBe("dark");
  });
});

describe("chooseLanguage", () => {
  it("prefers the user's earlier choice", () => {
    expect(chooseLanguage({ stored: "en", officeLanguage: "fr-FR", browserLanguage: "fr" })).toBe(
      "en"
    );
  });

  it("then Office's display language, then the browser's", () => {
    expect(chooseLanguage({ officeLanguage: "fr-CA", browserLanguage: "en-US" })).toBe("fr");
    expect(chooseLanguage({ officeLanguage: "en-GB", browserLanguage: "fr-FR" })).toBe("en");
    expect(chooseLanguage({ browserLanguage: "fr-BE" })).toBe("fr");
  });

  describe("edge cases", () => {
    it("ignores a stored value that is not a language we have", () => {
      expect(chooseLanguage({ stored: "de", browserLanguage: "fr-FR" })).toBe("fr");
      expect(chooseLanguage({ stored: null, browserLanguage: "fr-FR" })).toBe("fr");
    });

    it("falls back to English for other languages and when nothing is known", () => {
      expect(chooseLanguage({ officeLanguage: "de-DE" })).toBe("en");
      expect(chooseLanguage({})).toBe("en");
    });
  });
});
