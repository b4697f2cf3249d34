import {
  connectionLabel,
  connectionSecrets,
  redactSecrets,
} from "../../../src/warehouse/postgres/connectionSecrets";

describe("a PostgreSQL password is found in every form a message may carry it", () => {
  test.each([
    ["postgres://anna:pa%40ss%3Aw0rd@db.example:5432/crm", ["pa%40ss%3Aw0rd", "pa@ss:w0rd"]],
    ["postgresql://anna:s3cret@[::1]:5432/crm?sslmode=require", ["s3cret"]],
    ["postgres://anna:s3cret@[not a host/crm", ["s3cret"]], // malformed: still found
    ["host=db user=anna password='two words' dbname=crm", ["two words"]],
    ["host=db user=anna password=plain dbname=crm", ["plain"]],
  ])("%s", (url, expected) => {
    const secrets = connectionSecrets(url, {});
    for (const s of expected) expect(secrets).toContain(s);
    const message = `could not connect with ${url}: ${expected.join(" ")}`;
    const clean = redactSecrets(message, secrets);
    for (const s of expected) expect(clean).not.toContain(s);
  });

  test("PGPASSWORD is a secret too; no password, no secret", () => {
    expect(connectionSecrets("postgres://anna@db/crm", { PGPASSWORD: "from-env" })).toContain(
      "from-env"
    );
    expect(connectionSecrets("postgres://anna@db/crm", {})).toEqual([]);
  });
});

test.each([
  [
    "postgres://anna:s3cret@db.example:6543/crm?sslpassword=x",
    "postgres://anna@db.example:6543/crm",
  ],
  ["postgres://db.example/crm", "postgres://db.example/crm"],
  ["", "PG* environment"],
  ["host=db password=s3cret", "key=value connection string"],
])("the label of %s has no password nor query string", (url, label) => {
  expect(connectionLabel(url)).toBe(label);
});

test.each([
  "postgres://anna:Sup3r;Secret'--/*pw*/@[127.0.0.1:5432/crm",
  "postgres://anna:pa?ss@db/crm",
  "postgres://anna:p@ss/w0rd@db/crm",
])("an unencoded password in a malformed URL (%s) is found and kept out of the label", (url) => {
  const label = connectionLabel(url);
  expect(label).toMatch(/^postgres:\/\/anna@/);
  const password = url.slice("postgres://anna:".length, url.lastIndexOf("@"));
  expect(label).not.toContain(password);
  expect(redactSecrets(`failed: ${url}`, connectionSecrets(url, {}))).not.toContain(password);
});
