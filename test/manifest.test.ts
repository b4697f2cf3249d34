/** @jest-environment jsdom */
import { readFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper
const { rewriteManifest } = require("../scripts/manifestUrls") as {
  rewriteManifest: (xml: string, options: { baseUrl?: string; supportUrl?: string }) => string;
};

/**
 * Offline checks of manifest.xml (office-addin-manifest's validator calls a web service, so it
 * stays out of CI): identity, host, permissions, requirement set, icons present at the declared
 * pixel sizes, https everywhere, and a French override for every string a user sees.
 */
const root = path.resolve(__dirname, "..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string): Element => {
  const found = all(tag);
  if (found.length === 0) throw new Error(`manifest.xml has no <${tag}>`);
  return found[0];
};
const xsiType = (el: Element) => el.getAttributeNS(XSI, "type");

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian; PNG spec section 11.2.2). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** assets/ file for a manifest URL such as https://localhost:3000/assets/icon-32.png. */
function assetFor(url: string): string {
  return path.join(root, new URL(url).pathname.replace(/^\//, ""));
}

function imageUrlsByResid(): Map<string, string> {
  return new Map(
    all("bt:Image")
      .filter((el) => el.hasAttribute("id"))
      .map((el) => [el.getAttribute("id")!, el.getAttribute("DefaultValue")!])
  );
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  it("is a task pane add-in with its own GUID (not the Yeoman template's)", () => {
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    const id = one("Id").textContent!.trim();
    expect(id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i
    );
    expect(id).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143");
  });

  it("carries the package's version (Office wants four parts)", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      version: string;
    };
    expect(one("Version").textContent!.trim()).toBe(`${pkg.version.split("-")[0]}.0`);
  });

  it("has a version AppSource accepts: four numbers, the first from 1 to 9999", () => {
    // learn.microsoft.com, add-in only manifest reference, Version element (n.n.n.n); the
    // commercial marketplace refuses a first number of 0.
    const version = one("Version").textContent!.trim();
    expect(version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    const major = Number(version.split(".")[0]);
    expect(major).toBeGreaterThanOrEqual(1);
    expect(major).toBeLessThanOrEqual(9999);
  });

  it("points SupportUrl at a support page shipped with the add-in, not at the pane", () => {
    const url = one("SupportUrl").getAttribute("DefaultValue")!;
    expect(url).toBe("https://localhost:3000/support.html");
    const page = readFileSync(path.join(root, "src/taskpane/support.html"), "utf8");
    const support = new DOMParser().parseFromString(page, "text/html");
    const langs = Array.from(support.querySelectorAll("section[lang]")).map((s) =>
      s.getAttribute("lang")
    );
    expect(langs).toEqual(["en", "fr"]);
    expect(support.querySelector("section[lang=en] h1")?.textContent).toMatch(/support/i);
    expect(support.querySelector("section[lang=fr] h1")?.textContent).toMatch(/assistance/i);
  });

  describe("URLs set at build time (scripts/manifestUrls.js)", () => {
    it("moves every URL to ADDIN_BASE_URL and SupportUrl to ADDIN_SUPPORT_URL", () => {
      const out = rewriteManifest(xml, {
        baseUrl: "https://crm.example.com/addin/",
        supportUrl: "https://help.example.com/crm?lang=en&from=excel",
      });
      expect(out).not.toContain("https://localhost:3000/");
      const built = new DOMParser().parseFromString(out, "application/xml");
      expect(built.getElementsByTagName("parsererror")).toHaveLength(0);
      const get = (tag: string) => built.getElementsByTagName(tag)[0].getAttribute("DefaultValue");
      expect(get("SupportUrl")).toBe("https://help.example.com/crm?lang=en&from=excel");
      expect(get("SourceLocation")).toBe("https://crm.example.com/addin/taskpane.html");
      expect(get("IconUrl")).toBe("https://crm.example.com/addin/assets/icon-32.png");
    });

    it("keeps the shipped support page under the base URL when no support URL is set", () => {
      const out = rewriteManifest(xml, { baseUrl: "https://crm.example.com/addin" });
      expect(out).toContain(
        '<SupportUrl DefaultValue="https://crm.example.com/addin/support.html"/>'
      );
      expect(rewriteManifest(xml, {})).toBe(xml);
    });

    it("refuses a URL that is not https, or that would break the XML", () => {
      expect(() => rewriteManifest(xml, { supportUrl: "http://help.example.com" })).toThrow(
        /ADDIN_SUPPORT_URL/
      );
      expect(() => rewriteManifest(xml, { baseUrl: 'https://x.example.com/"a' })).toThrow(
        /ADDIN_BASE_URL/
      );
    });
  });

  it("names the product, for Excel only, with read-write access to the document", () => {
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("CRM Analytics");
    expect(one("ProviderName").textContent!.trim()).not.toBe("");
    const hosts = all("Host");
    expect(hosts.filter((h) => h.hasAttribute("Name")).map((h) => h.getAttribute("Name"))).toEqual([
      "Workbook",
    ]);
    expect(hosts.filter((h) => xsiType(h)).map(xsiType)).toEqual(["Workbook"]);
    expect(one("Permissions").textContent!.trim()).toBe("ReadWriteDocument");
  });

  it("requires ExcelApi 1.9 and nothing newer", () => {
    const sets = all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.9"]]);
  });

  it("describes the product, not a template", () => {
    const description = one("Description").getAttribute("DefaultValue")!;
    expect(description).toMatch(/RFM/);
    expect(description).toMatch(/lifetime value/);
    expect(description.length).toBeLessThanOrEqual(2000);
  });

  it("opens the pane from a Home tab button", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const actions = Array.from(tab.getElementsByTagName("Action"));
    expect(actions.map(xsiType)).toEqual(["ShowTaskpane"]);
    const resid = actions[0].getElementsByTagName("SourceLocation")[0].getAttribute("resid");
    const url = all("bt:Url").find((u) => u.getAttribute("id") === resid);
    expect(url?.getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
    expect(one("SourceLocation").getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/taskpane.html"
    );
  });

  it("uses https for every URL", () => {
    const urls = [...xml.matchAll(/"(\w+:\/\/[^"]+)"/g)]
      .map((m) => m[1])
      .filter(
        (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/")
      );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("defines every resource it references", () => {
    const defined = new Set(
      ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) =>
        all(tag)
          .filter((el) => el.parentElement?.localName !== "Icon")
          .map((el) => el.getAttribute("id"))
      )
    );
    const referenced = Array.from(doc.querySelectorAll("[resid]")).map((el) =>
      el.getAttribute("resid")
    );
    expect(referenced.length).toBeGreaterThan(10);
    for (const resid of referenced) expect([resid, defined.has(resid)]).toEqual([resid, true]);
  });

  describe("icons", () => {
    it("IconUrl is 32 x 32 and HighResolutionIconUrl 64 x 64 (task pane add-in sizes)", () => {
      expect(pngSize(assetFor(one("IconUrl").getAttribute("DefaultValue")!))).toEqual({
        width: 32,
        height: 32,
      });
      expect(pngSize(assetFor(one("HighResolutionIconUrl").getAttribute("DefaultValue")!))).toEqual(
        { width: 64, height: 64 }
      );
    });

    it("every ribbon icon exists at the size its <bt:Image size> declares", () => {
      const urls = imageUrlsByResid();
      const uses = all("bt:Image").filter((el) => el.hasAttribute("resid"));
      expect(uses.length).toBeGreaterThanOrEqual(6);
      for (const use of uses) {
        const size = Number(use.getAttribute("size"));
        const file = assetFor(urls.get(use.getAttribute("resid")!)!);
        expect([file, existsSync(file)]).toEqual([file, true]);
        expect([file, pngSize(file)]).toEqual([file, { width: size, height: size }]);
      }
    });

    it("assets/ holds icon-16, 32, 64, 80 and 128, each at the size in its name", () => {
      const icons = readdirSync(path.join(root, "assets")).filter((f) => /^icon-\d+\.png$/.test(f));
      expect(icons.map((f) => Number(/\d+/.exec(f)![0])).sort((a, b) => a - b)).toEqual([
        16, 32, 64, 80, 128,
      ]);
      for (const icon of icons) {
        const size = Number(/\d+/.exec(icon)![0]);
        expect([icon, pngSize(path.join(root, "assets", icon))]).toEqual([
          icon,
          { width: size, height: size },
        ]);
      }
    });
  });

  describe("French", () => {
    it("overrides the display name and the description", () => {
      for (const tag of ["DisplayName", "Description"]) {
        const overrides = Array.from(one(tag).getElementsByTagName("Override"));
        expect([tag, overrides.map((o) => o.getAttribute("Locale"))]).toEqual([tag, ["fr-FR"]]);
        expect(overrides[0].getAttribute("Value")!.trim()).not.toBe("");
      }
      expect(one("Description").getElementsByTagName("Override")[0].getAttribute("Value")).toMatch(
        /classeur/
      );
    });

    it("overrides every ribbon and Get Started string, within the schema's lengths", () => {
      const strings = all("bt:String");
      expect(strings.length).toBeGreaterThanOrEqual(5);
      for (const s of strings) {
        const id = s.getAttribute("id");
        const limit = s.parentElement?.localName === "LongStrings" ? 250 : 125;
        const fr = Array.from(s.getElementsByTagName("bt:Override")).find(
          (o) => o.getAttribute("Locale") === "fr-FR"
        );
        expect([id, (fr?.getAttribute("Value")?.trim().length ?? 0) > 0]).toEqual([id, true]);
        for (const value of [s.getAttribute("DefaultValue")!, fr!.getAttribute("Value")!]) {
          expect([id, value.length <= limit]).toEqual([id, true]);
        }
      }
    });
  });
});
