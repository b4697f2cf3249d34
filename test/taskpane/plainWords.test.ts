/**
 * Plain words first in the pane: a technical term (Gamma-Gamma, standardised difference, a model
 * parameter) appears only after plain words and with a pointer to the Method sheet that explains
 * it; French says "groupe ciblé", never "bras"; no parameter is shown as "∞".
 */
import * as fs from "fs";
import * as path from "path";
import { resources, type StringTree } from "../../src/i18n/resources";

/** Every string of a tree, with its key path. */
function strings(tree: StringTree, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string"
      ? [[`${prefix}${k}`, v] as [string, string]]
      : strings(v, `${prefix}${k}.`)
  );
}

/** What the pane can show: its own strings and the engine messages it displays. */
function paneStrings(language: "en" | "fr"): [string, string][] {
  const r = resources[language];
  return [
    ...strings(r.pane, "pane:"),
    ...strings(r.ltv.warnings as StringTree, "ltv:warnings."),
    ...strings(r.uplift.warnings as StringTree, "uplift:warnings."),
    ...strings(r.uplift.errors as StringTree, "uplift:errors."),
    ...strings(r.uplift.labels as StringTree, "uplift:labels."),
  ];
}

const TECHNICAL = [
  /Gamma-Gamma/,
  /standardi[sz]ed difference|différence standardisée/i,
  /\b[qv] = \{\{/,
  /\bq and v infinite|q et v infinis/,
];
const METHOD_POINTER = { en: /Method sheet/, fr: /feuille Méthode/ };
/** A label in plain words naming the model's term after them: "Spend model (Gamma-Gamma)". */
const PLAIN_LABEL = /^[^()]{5,}\((BG\/NBD|Gamma-Gamma)\)$/;

describe.each(["en", "fr"] as const)("the pane's strings (%s)", (language) => {
  const all = paneStrings(language);

  it("are many (the scan reads the real resources)", () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it("name a technical term only with plain words before it and the Method sheet after", () => {
    const unexplained = all.filter(
      ([, text]) =>
        TECHNICAL.some((term) => term.test(text)) &&
        !METHOD_POINTER[language].test(text) &&
        !PLAIN_LABEL.test(text)
    );
    expect(unexplained).toEqual([]);
    // Plain words first: no such string opens with the term.
    const opening = all.filter(([, text]) =>
      TECHNICAL.some((term) => term.test(text.slice(0, 12)))
    );
    expect(opening).toEqual([]);
  });

  it("never show an infinite parameter", () => {
    expect(all.filter(([, text]) => text.includes("∞"))).toEqual([]);
  });
});

describe("French pane strings", () => {
  it("say 'groupe ciblé', never 'bras'", () => {
    expect(paneStrings("fr").filter(([, text]) => /\bbras\b/i.test(text))).toEqual([]);
  });
});

describe("messages built in src/taskpane", () => {
  it("hard-code none of the technical terms", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) files.push(full);
      }
    };
    walk(path.join(__dirname, "../../src/taskpane"));
    expect(files.length).toBeGreaterThan(20);
    const offending = files.filter((file) => {
      // Comments may name the terms: only code and its string literals count.
      const source = fs
        .readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      return /["'`][^"'`]*(Gamma-Gamma|standardised difference|Bras\b|q = ∞)/.test(source);
    });
    expect(offending).toEqual([]);
  });
});
