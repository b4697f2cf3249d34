import { resources, namespaces, type StringTree } from "../src/i18n/resources";
import { createI18n, languageFromLocale } from "../src/i18n";

function keyPaths(tree: StringTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [prefix + k] : keyPaths(v, `${prefix}${k}.`)
  );
}

function placeholders(tree: StringTree, path: string): string[] {
  const value = path
    .split(".")
    .reduce<string | StringTree>((node, k) => (node as StringTree)[k], tree);
  return [...String(value).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
}

describe("i18n resources", () => {
  it.each(namespaces)(
    "namespace %s has the same keys and placeholders in English and French",
    (ns) => {
      const en = keyPaths(resources.en[ns]).sort();
      const fr = keyPaths(resources.fr[ns]).sort();
      expect(fr).toEqual(en);
      for (const path of en) {
        expect([path, placeholders(resources.fr[ns], path)]).toEqual([
          path,
          placeholders(resources.en[ns], path),
        ]);
      }
    }
  );

  it("picks the language from a locale", () => {
    expect(languageFromLocale("fr-FR")).toBe("fr");
    expect(languageFromLocale("FR_ca")).toBe("fr");
    expect(languageFromLocale("de-DE")).toBe("en");
    expect(languageFromLocale(undefined)).toBe("en");
  });

  it("translates synchronously", () => {
    const t = createI18n("fr").t;
    expect(typeof t("common:__missing__")).toBe("string");
  });
});
