import fs from "node:fs";
import path from "node:path";
import { APP_VERSION } from "../src/version";

it("writes the package's version on the Method sheet", () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../package.json"), "utf8"));
  expect(APP_VERSION).toBe(pkg.version);
});
