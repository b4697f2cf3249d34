/**
 * The production build's Content-Security-Policy and source maps (issue 12, item 19), checked
 * on the webpack configuration and on the html the templates render, without a full build.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";

const root = path.resolve(__dirname, "../..");
// CommonJS modules of the build, outside the TypeScript sources.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, OFFICE_CDN } = require("../../scripts/contentSecurityPolicy");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js");
// The template engine html-webpack-plugin's own loader uses for .html templates (lodash).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const template: (source: string) => (data: object) => string = require("lodash/template");

interface BuildConfig {
  devtool: string | false;
  entry: Record<string, string>;
  plugins: object[];
}

async function config(mode: "production" | "development"): Promise<BuildConfig> {
  return webpackConfig({}, { mode });
}

/** Each directive of a policy text -> its sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources])
  );
}

/** The html a template renders with the options webpack gives its HtmlWebpackPlugin. */
function renderHtml(build: BuildConfig, filename: string): string {
  const plugin = build.plugins.find(
    (p): p is HtmlWebpackPlugin =>
      p instanceof HtmlWebpackPlugin && p.userOptions.filename === filename
  )!;
  const source = readFileSync(path.join(root, plugin.userOptions.template as string), "utf8");
  return template(source)({ htmlWebpackPlugin: { options: plugin.userOptions } });
}

describe("the production build's Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy());

  it("allows scripts and connections from our origin and the Office.js CDN only", () => {
    expect(OFFICE_CDN).toBe("https://appsforoffice.microsoft.com");
    expect(policy["script-src"]).toEqual(["'self'", OFFICE_CDN]);
    expect(policy["connect-src"]).toEqual(["'self'", OFFICE_CDN]);
    expect(policy["worker-src"]).toEqual(["'self'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    // Fluent UI (Griffel) inserts <style> elements: inline styles, never inline scripts or eval.
    expect(policy["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    for (const sources of Object.values(policy)) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("*");
    }
  });

  it.each(["taskpane.html", "commands.html"])(
    "%s has the policy in <head> before any script, and no inline script",
    async (file) => {
      const html = renderHtml(await config("production"), file);
      const head = html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
      const meta = head.indexOf('http-equiv="Content-Security-Policy"');
      expect(meta).toBeGreaterThan(0);
      expect(meta).toBeLessThan(head.indexOf("<script"));
      expect(head).toContain(`content="${contentSecurityPolicy()}"`);
      // Every <script> has a src (inline scripts would be refused by the policy).
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts)
        expect(tag).toMatch(/\bsrc="https:\/\/appsforoffice\.microsoft\.com\//);
      expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/);
    }
  );

  it("ships no source maps in production; development keeps them and no policy", async () => {
    expect((await config("production")).devtool).toBe(false);
    const dev = await config("development");
    expect(dev.devtool).toBe("source-map");
    expect(renderHtml(dev, "taskpane.html")).not.toContain("Content-Security-Policy");
  });

  it("builds the commands page's script as a bundle of its own", async () => {
    expect((await config("production")).entry.commands).toBe("./src/taskpane/commands.ts");
  });
});
